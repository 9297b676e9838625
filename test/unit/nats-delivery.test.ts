// What a NATS subscription tells handlers about a message, read from its ack subject: the same
// stream sequence and delivery count as nats.js's own `msg.info`, for every form the server sends.
import { createRequire } from 'node:module';
import type { JsMsg } from 'nats';
import { describe, expect, it } from 'vitest';
import { DeliveryReader } from '../../src/bus/nats-delivery.js';

/** A message read alone, by a new reader. */
const deliveryOf = (msg: JsMsg) => new DeliveryReader().read(msg);

// nats.js's own message wrapper, so that its `info` is the reference.
const { toJsMsg } = createRequire(import.meta.url)('nats/lib/jetstream/jsmsg.js') as {
  toJsMsg(msg: { subject: string; reply: string; data: Uint8Array }): JsMsg;
};

const data = new TextEncoder().encode('{}');
const message = (reply: string): JsMsg => toJsMsg({ subject: 'events.volume.0b6f5d2e', reply, data });

describe('DeliveryReader', () => {
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

  it('a reader reads each message of a consumer as nats.js does, also when the consumer or the form changes', () => {
    const reader = new DeliveryReader();
    const replies = [
      '$JS.ACK.events-stream.stats.1.42.40.1764600000123456789.7',
      '$JS.ACK.events-stream.stats.1.43.41.1764600000123456790.6',
      '$JS.ACK.events-stream.stats.12.7.42.1764600000123456791.5',
      '$JS.ACK.events-stream.stats.1.1234567890123456.5.1764600000123456789.0', // beyond 15 digits: nats.js reads it
      '$JS.ACK.events-stream.stats-2.1.44.1.1764600000123456792.0', // made again under another name
      '$JS.ACK.events-stream.stats-2.2.45.2.1764600000123456793.0',
      '$JS.ACK.hub.ACCHASH.events-stream.stats-2.3.46.3.1764600000123456794.0', // a domain
      '$JS.ACK.hub.ACCHASH.events-stream.stats-2.1.47.4.1764600000123456795.0.r4nd0m',
      '$JS.ACK.events-stream.stats.x.48.5.1764600000123456796.0', // not a number where the count goes
    ];
    for (const reply of replies) {
      const msg = message(reply);
      const expected = (() => {
        try {
          return { streamSequence: msg.info.streamSequence, deliveryCount: msg.info.redeliveryCount };
        } catch (error) {
          return { error: (error as Error).message };
        }
      })();
      const read = (() => {
        try {
          const delivery = reader.read(msg);
          return { streamSequence: delivery.streamSequence, deliveryCount: delivery.deliveryCount };
        } catch (error) {
          return { error: (error as Error).message };
        }
      })();
      expect(read, reply).toEqual(expected);
    }
  });
});
