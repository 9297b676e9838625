// Durations as the report prints them (`2m 5s`); the flags' durations (`90`, `90s`, `2m`, `1h`)
// are read by src/cli/flags.ts, as every command's.

/** A duration for people: `0.3s`, `42s`, `2m 5s`, `3h 12m`, `4d 2h` (the sign kept). */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const size = Math.abs(seconds);
  if (size < 10) return `${sign}${Number(size.toFixed(1))}s`;
  const whole = Math.round(size);
  if (whole < 60) return `${sign}${whole}s`;
  const [big, small, bigUnit, smallUnit] =
    whole < 3_600 ? [Math.floor(whole / 60), whole % 60, 'm', 's'] : whole < 86_400 ? [Math.floor(whole / 3_600), Math.floor((whole % 3_600) / 60), 'h', 'm'] : [Math.floor(whole / 86_400), Math.floor((whole % 86_400) / 3_600), 'd', 'h'];
  return `${sign}${big}${bigUnit}${small === 0 ? '' : ` ${small}${smallUnit}`}`;
}

/** Seconds from `from` to `to` (ISO texts or dates). */
export function secondsBetween(from: string | Date, to: string | Date): number {
  return (new Date(to).getTime() - new Date(from).getTime()) / 1_000;
}
