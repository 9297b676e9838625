/** The first SIGTERM or SIGINT from now on; `dispose` stops listening (and restores the default handling). */
export function nextSignal(): { readonly received: Promise<NodeJS.Signals>; dispose(): void } {
  let on!: (signal: NodeJS.Signals) => void;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    on = (signal) => {
      dispose();
      resolve(signal);
    };
  });
  const dispose = (): void => {
    process.off('SIGTERM', on);
    process.off('SIGINT', on);
  };
  process.on('SIGTERM', on);
  process.on('SIGINT', on);
  return { received, dispose };
}
