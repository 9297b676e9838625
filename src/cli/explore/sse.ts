// How the explorer's server writes an event of `/events` (protocol.ts names them): one frame of
// the Server-Sent Events format.
import type { ExplorePageEvents } from './protocol.js';

/** One Server-Sent Events frame; JSON has no raw line breaks, so one data line is enough. */
export function sse<E extends keyof ExplorePageEvents>(event: E, data: ExplorePageEvents[E]): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
