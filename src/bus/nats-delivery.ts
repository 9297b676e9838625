// What a subscription tells handlers about a JetStream message (`Delivery`), read from its ack
// subject. nats.js's `msg.info` splits that subject into an array and parses nine fields into a
// new object on every message; the bus needs two of them. The ack subjects of one consumer all
// start alike (`$JS.ACK.<stream>.<consumer>.`), so once one was read in full a `DeliveryReader`
// checks that start and reads the two numbers after it: no scan for dots, no allocation but the
// `Delivery` itself. A subject of another shape is left to `msg.info`.
import type { JsMsg } from 'nats';
import type { Delivery } from './types.js';

// The ack subject, as nats.js's parseInfo reads it:
//   $JS.ACK.<stream>.<consumer>.<deliveryCount>.<streamSeq>.<deliverySeq>.<timestamp>.<pending>  (9 tokens)
//   $JS.ACK.<domain>.<account hash>.<stream>.<consumer>.<deliveryCount>.<streamSeq>.…  (11 or 12 tokens)
const PREFIX = '$JS.ACK.';
const DOT = 46;
const dots = new Int32Array(12); // where the first 12 dots are: token i ends at dots[i]

// Where the number read by `number` ended (the index of the dot after it).
let numberEnd = 0;

/**
 * The non-negative decimal integer in `text` from `from` up to the next dot (its index left in
 * `numberEnd`), or -1 when there is none: no digit, a character other than a digit, more than 15
 * digits (a number beyond them may not be exact), or no dot after it.
 */
function number(text: string, from: number): number {
  let value = 0;
  const last = Math.min(text.length, from + 16);
  for (let i = from; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code === DOT) {
      numberEnd = i;
      return i === from ? -1 : value;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return -1;
}

/** The delivery of `msg` from the delivery count at `from` in its ack subject and the stream sequence after it, if both are there. */
function deliveryAt(msg: JsMsg, reply: string, from: number): Delivery | undefined {
  const deliveryCount = number(reply, from);
  const streamSequence = deliveryCount > 0 ? number(reply, numberEnd + 1) : -1;
  return streamSequence > 0 ? { key: undefined, subject: msg.subject, streamSequence, deliveryCount, raw: msg.data } : undefined;
}

/** Reads the deliveries of one consumer's messages (see the top of this file). */
export class DeliveryReader {
  // The start of the last ack subject read in full, up to its delivery count: `$JS.ACK.<stream>.<consumer>.`
  // (or the domain form's). Empty until one was.
  #start = '';

  /** The delivery of a JetStream message: its subject, stream sequence, delivery count and bytes; its key is the router's to set, once decoded. */
  read(msg: JsMsg): Delivery {
    // nats.js has the ack subject as `reply` without typing it.
    const reply = (msg as JsMsg & { readonly reply?: unknown }).reply;
    if (typeof reply === 'string') {
      const start = this.#start;
      // `startsWith` in effect: V8's lastIndexOf from index 0 looks only there, at a third of the cost.
      const known = start !== '' && reply.lastIndexOf(start, 0) === 0 ? deliveryAt(msg, reply, start.length) : undefined;
      const found = known ?? this.#readInFull(reply, msg);
      if (found !== undefined) return found;
    }
    const info = msg.info;
    return { key: undefined, subject: msg.subject, streamSequence: info.streamSequence, deliveryCount: info.redeliveryCount, raw: msg.data };
  }

  // Counts the tokens of `reply` to find its delivery count; on success remembers the start before it.
  #readInFull(reply: string, msg: JsMsg): Delivery | undefined {
    if (!reply.startsWith(PREFIX)) return undefined;
    let count = 0;
    for (let i = reply.indexOf('.'); i !== -1 && count < dots.length; i = reply.indexOf('.', i + 1)) dots[count++] = i;
    const tokens = count + 1; // at most 13 counted: a longer subject is not an ack subject
    const first = tokens === 9 ? 4 : tokens === 11 || tokens === 12 ? 6 : -1; // the deliveryCount token
    if (first < 0) return undefined;
    const from = dots[first - 1]! + 1;
    const found = deliveryAt(msg, reply, from);
    if (found !== undefined) this.#start = reply.slice(0, from);
    return found;
  }
}
