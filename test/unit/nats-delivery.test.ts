// What a NATS subscription tells handlers about a message, read from its ack subject: the same
// stream sequence and delivery count as nats.js's own `msg.info`, for every form the server sends.
import { createRequire } from 'node:module';
import type { JsMsg } from 'nats';
import { describe, expect, it } from 'vitest';
import { deliveryOf } from '../../src/bus/nats-delivery.js';

// nats.js's own message wrapper, so that its `info` is the reference.
const { toJsMsg } = createRequire(import.meta.url)('nats/lib/jetstream/jsmsg.js') as {
  toJsMsg(msg: { subject: string; reply: string; data: Uint8Array }): JsMsg;
};

const data = new TextEncoder().encode('{}');
const message = (reply: string): JsMsg => toJsMsg({ subject: 'events.volume.0b6f5d2e', reply, data });

describe('deliveryOf', () => {
  it.each([
    ['the 9-token form (no domain)', '$JS.ACK.events-stream.bench.1.42.40.1764600000123456789.7'],
    ['a redelivery', '$JS.ACK.events-stream.stats.3.9007199254740.12.1764600000123456789.0'],
    ['the 11-token form (domain, account hash)', '$JS.ACK.hub.ACCHASH.events-stream.stats.2.17.16.1764600000123456789.0'],
    ['the 12-token form (with a random token)', '$JS.ACK._.ACCHASH.events-stream.stats.1.5.5.1764600000123456789.0.r4nd0m'],
  ])('reads the stream sequence and delivery count as nats.js does: %s', (_, reply) => {
    const msg = message(reply);
    expect(deliveryOf(msg)).toEqual({
      subject: 'events.volume.0b6f5d2e',
      streamSequence: msg.info.streamSequence,
      deliveryCount: msg.info.redeliveryCount,
      raw: data,
    });
  });

  it('leaves a subject it does not read exactly to nats.js (a sequence beyond 15 digits)', () => {
    const msg = message('$JS.ACK.events-stream.stats.1.1234567890123456.5.1764600000123456789.0');
    expect(deliveryOf(msg).streamSequence).toBe(msg.info.streamSequence);
  });

  it('a message that is no JetStream delivery fails as nats.js fails on it', () => {
    const msg = message('_INBOX.abc.1');
    expect(() => msg.info).toThrow();
    expect(() => deliveryOf(msg)).toThrow();
  });
});
