// The names JetStream takes for a stream or a consumer, checked before anything is sent (the bus's
// `stream.name` and `durable`, the stats service's `durable`). Pure and small: every entry that
// checks a name bundles it without the rest of the SDK.
import { utf8Length } from './utf8.js';

/** The longest name of a JetStream stream or consumer, in bytes of UTF-8: nats-server's `JSMaxNameLen` (a file name's usual limit). */
export const MAX_JETSTREAM_NAME_BYTES = 255;

// What a stream or consumer name must not contain: what nats-server refuses (`isValidName`:
// space, tab, CR, LF, FF, `.`, `*`, `>`) and what nats.js refuses besides (`minValidation`: `/`, `\`).
const UNSAFE = /[ \t\r\n\f.*>/\\]/;
const RULE = "at most 255 bytes of UTF-8, without '.', '*', '>', '/', '\\', space, tab, CR, LF or FF";

/**
 * What is wrong with `name` as the name of a JetStream `what` (stream or consumer), in words, or
 * undefined when nats-server (v2.9: `isValidName`, `JSMaxNameLen` compared with Go's byte length)
 * and nats.js take it. A longer name makes a JetStream API subject the server may drop the
 * connection for; the others come back as a server error.
 */
export function jetStreamNameProblem(name: unknown, what: 'stream' | 'consumer'): string | undefined {
  if (typeof name !== 'string') return `expected a ${what} name (a string), got ${name === null ? 'null' : typeof name}`;
  if (name.length === 0) return `a JetStream ${what} name must not be empty (${RULE})`;
  const unsafe = UNSAFE.exec(name);
  if (unsafe !== null) return `a JetStream ${what} name must not contain ${JSON.stringify(unsafe[0])} (found at index ${unsafe.index}): nats-server or nats.js refuses it (${RULE})`;
  if (name.length * 3 <= MAX_JETSTREAM_NAME_BYTES) return undefined; // at most 3 bytes a UTF-16 unit
  const bytes = utf8Length(name); // a lone surrogate as U+FFFD, 3 bytes, as nats.js sends it
  if (bytes <= MAX_JETSTREAM_NAME_BYTES) return undefined;
  return `the name is ${bytes} bytes of UTF-8, above the ${MAX_JETSTREAM_NAME_BYTES} bytes nats-server allows a JetStream ${what} name (JSMaxNameLen); nothing was sent`;
}

/**
 * What is wrong with `name` as a durable consumer's name, or undefined: a JetStream consumer name
 * (see `jetStreamNameProblem`) without whitespace of any kind, as the bus checks every name it
 * puts in a subject.
 */
export function durableNameProblem(name: unknown): string | undefined {
  const problem = jetStreamNameProblem(name, 'consumer');
  if (problem !== undefined) return problem;
  return /\s/u.test(name as string) ? 'a durable consumer name must not contain whitespace (it is put in NATS subjects)' : undefined;
}
