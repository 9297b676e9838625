// Durations as operators write them on the command line (`90`, `90s`, `2m`, `1h`) and as the
// report prints them (`2m 5s`).

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** Seconds from `90`, `90s`, `2m`, `1.5h` or `1d`; undefined when `text` is none of these. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text.trim());
  if (match === null) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] || 's']!;
  return Number.isFinite(seconds) ? seconds : undefined;
}

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
