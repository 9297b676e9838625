// The flags of the stats service's settings, read and checked once for every command that takes
// them: --listen (stats, explore).
import { StatsOptionsError, parseListen, type ListenAddress } from '../stats/index.js';
import { escapeUnprintable } from './printable.js';

/** `text` (a `--listen` value) as a `host:port` address; a string is the usage error to report. */
export function listenFlag(text: string): ListenAddress | string {
  try {
    return parseListen(text);
  } catch (error) {
    if (!(error instanceof StatsOptionsError)) throw error;
    // The reason quotes the value as given: an environment variable may hold anything.
    return `--listen: ${escapeUnprintable(error.reason)}`;
  }
}
