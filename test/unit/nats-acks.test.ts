// The acks a NATS subscription sends again when the consumer's ack floor shows the server lost
// them (a leader change, a restart): only those above the floor, never to a consumer made again.
import type { JsMsg, NatsConnection } from 'nats';
import { describe, expect, it } from 'vitest';
import { AckLedger, JsMsgControl } from '../../src/bus/nats-acks.js';

function fakeConnection(): { nc: NatsConnection; sent: [string, string][] } {
  const sent: [string, string][] = [];
  const nc = { publish: (subject: string, payload: string) => void sent.push([subject, payload]) } as unknown as NatsConnection;
  return { nc, sent };
}

const CREATED = '2026-01-01T00:00:00.123456789Z';
const floor = (stream_seq: number, created = CREATED, num_ack_pending = 1) => ({ created, num_ack_pending, ack_floor: { stream_seq } });

describe('ack ledger', () => {
  it('sends again the acks and terms above the ack floor, as they were sent', () => {
    const { nc, sent } = fakeConnection();
    const ledger = new AckLedger(nc, CREATED);
    ledger.settled(4, '$JS.ACK.s.c.1.4.4.0.0', '+ACK');
    ledger.settled(5, '$JS.ACK.s.c.1.5.5.0.0', '+TERM');
    ledger.settled(6, '$JS.ACK.s.c.1.6.6.0.0', '+ACK');
    expect(ledger.resendLost(floor(4), 0)).toBe(2);
    expect(sent).toEqual([
      ['$JS.ACK.s.c.1.5.5.0.0', '+TERM'],
      ['$JS.ACK.s.c.1.6.6.0.0', '+ACK'],
    ]);
    sent.length = 0;
    expect(ledger.resendLost(floor(6), 0)).toBe(0);
    expect(sent).toEqual([]);
  });

  it('sends nothing while the server counts no more pending messages than the subscription holds (acks out of order)', () => {
    const { nc, sent } = fakeConnection();
    const ledger = new AckLedger(nc, CREATED);
    ledger.settled(7, 'ack.7', '+ACK'); // acked while 6 is still being handled: above the floor, not lost
    expect(ledger.resendLost(floor(5, CREATED, 1), 1)).toBe(0);
    expect(sent).toEqual([]);
    expect(ledger.resendLost(floor(5, CREATED, 2), 1)).toBe(1);
  });

  it('keeps the newest settlements only', () => {
    const { nc, sent } = fakeConnection();
    const ledger = new AckLedger(nc, CREATED, 3);
    for (let sequence = 1; sequence <= 5; sequence++) ledger.settled(sequence, `ack.${sequence}`, '+ACK');
    expect(ledger.resendLost(floor(0), 0)).toBe(3);
    expect(sent.map(([subject]) => subject).sort()).toEqual(['ack.3', 'ack.4', 'ack.5']);
  });

  it('a consumer made again (its stream numbered anew) gets none of the old acks', () => {
    const { nc, sent } = fakeConnection();
    const ledger = new AckLedger(nc, CREATED);
    ledger.settled(9, 'ack.9', '+ACK');
    expect(ledger.resendLost(floor(2, '2026-01-01T00:05:00Z'), 0)).toBe(0);
    expect(ledger.resendLost(floor(2, '2026-01-01T00:05:00Z'), 0)).toBe(0);
    expect(sent).toEqual([]);
    ledger.settled(3, 'ack.3', '+ACK');
    expect(ledger.resendLost(floor(2, '2026-01-01T00:05:00Z'), 0)).toBe(1);
    expect(sent).toEqual([['ack.3', '+ACK']]);
  });

  it('stops quietly when the connection is closed', () => {
    const nc = {
      publish: () => {
        throw new Error('closed');
      },
    } as unknown as NatsConnection;
    const ledger = new AckLedger(nc, CREATED);
    ledger.settled(2, 'ack.2', '+ACK');
    expect(ledger.resendLost(floor(1), 0)).toBe(0);
  });
});

describe('message control', () => {
  it('settles once: an ack after the event was given back sends nothing, and is not kept to be sent again', () => {
    const { nc, sent } = fakeConnection();
    const ledger = new AckLedger(nc, CREATED);
    const settlements: string[] = [];
    const msg = {
      reply: '$JS.ACK.s.c.1.8.8.0.0',
      subject: 'events.volume.x',
      info: { streamSequence: 8 },
      ack: () => settlements.push('ack'),
      nak: () => settlements.push('nak'),
      term: () => settlements.push('term'),
    } as unknown as JsMsg;
    const control = new JsMsgControl(msg, {}, ledger, 8);
    control.nak(0); // stop() gave it back
    control.ack(); // its handler settled late
    control.term();
    expect(settlements).toEqual(['nak']);
    expect(ledger.resendLost(floor(0), 0)).toBe(0);
    expect(sent).toEqual([]);
  });

  it('keeps an ack it sent, under the stream sequence it was given', () => {
    const { nc, sent } = fakeConnection();
    const ledger = new AckLedger(nc, CREATED);
    const msg = { reply: '$JS.ACK.s.c.1.8.8.0.0', subject: 'events.volume.x', ack: () => undefined } as unknown as JsMsg;
    new JsMsgControl(msg, {}, ledger, 8).ack();
    expect(ledger.resendLost(floor(7), 0)).toBe(1);
    expect(sent).toEqual([['$JS.ACK.s.c.1.8.8.0.0', '+ACK']]);
  });
});
