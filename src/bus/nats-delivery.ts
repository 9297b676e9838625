// What a subscription tells handlers about a JetStream message (`Delivery`), read from its ack
// subject. nats.js's `msg.info` splits that subject into an array and parses nine fields into a
// new object on every message; the bus needs two of them, found here with one scan and no
// allocation but the `Delivery` itself. A subject of another shape is left to `msg.info`.
import type { JsMsg } from 'nats';
import type { Delivery } from './types.js';

// The ack subject, as nats.js's parseInfo reads it:
//   $JS.ACK.<stream>.<consumer>.<deliveryCount>.<streamSeq>.<deliverySeq>.<timestamp>.<pending>  (9 tokens)
//   $JS.ACK.<domain>.<account hash>.<stream>.<consumer>.<deliveryCount>.<streamSeq>.…  (11 or 12 tokens)
const PREFIX = '$JS.ACK.';
const dots = new Int32Array(12); // where the first 12 dots are: token i ends at dots[i]

/** The non-negative decimal integer in `text` between `from` and `to`, or -1 when there is none. */
function digits(text: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1; // beyond 15 digits a number may not be exact
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The delivery of a JetStream message: its subject, stream sequence, delivery count and bytes; its key is the router's to set, once decoded. */
export function deliveryOf(msg: JsMsg): Delivery {
  // nats.js has the ack subject as `reply` without typing it.
  const reply = (msg as JsMsg & { readonly reply?: unknown }).reply;
  if (typeof reply === 'string' && reply.startsWith(PREFIX)) {
    let count = 0;
    for (let i = reply.indexOf('.'); i !== -1 && count < dots.length; i = reply.indexOf('.', i + 1)) dots[count++] = i;
    const tokens = count + 1; // at most 13 counted: a longer subject is not an ack subject
    const first = tokens === 9 ? 4 : tokens === 11 || tokens === 12 ? 6 : -1; // the deliveryCount token
    if (first > 0) {
      const deliveryCount = digits(reply, dots[first - 1]! + 1, dots[first]!);
      const streamSequence = digits(reply, dots[first]! + 1, dots[first + 1]!);
      if (deliveryCount > 0 && streamSequence > 0) return { key: undefined, subject: msg.subject, streamSequence, deliveryCount, raw: msg.data };
    }
  }
  const info = msg.info;
  return { key: undefined, subject: msg.subject, streamSequence: info.streamSequence, deliveryCount: info.redeliveryCount, raw: msg.data };
}
