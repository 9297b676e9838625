// Dead letters: one that can never be republished (above max_payload, a subject refused: a
// PublishError of code PAYLOAD_TOO_LARGE or a SubjectError, as each bus's publisher says it) is
// terminated instead of coming back for ever, one whose republish may yet succeed is given back
// as before (the router, on the in-memory bus); the reason header is bounded and safe as a NATS
// header value. Both buses run the same cases in the behaviour suite (test/support/bus-behaviour.ts).
import { describe, expect, it } from 'vitest';
import { BusClosedError, PublishError } from '../../src/bus/errors.js';
import { createMemoryBus, setMemoryBusTestHooks, type CoreMessage } from '../../src/bus/memory.js';
import { DEAD_LETTER_REASON_MAX_BYTES, deadLetterReasonHeader } from '../../src/bus/router.js';
import type { DeadLetter } from '../../src/bus/types.js';
import { createEvent } from '../../src/events.js';
import { SubjectError } from '../../src/subject.js';
import { waitFor } from '../support/bus-behaviour.js';

describe('dead letter - permanent and transient republish failures', () => {
  const cases: { what: string; error: () => unknown; permanent: boolean }[] = [
    { what: 'a PublishError of code MAX_PAYLOAD_EXCEEDED', error: () => new PublishError('dead-letter.events', 1, 'too big', { code: 'MAX_PAYLOAD_EXCEEDED' }), permanent: true },
    { what: 'a SubjectError', error: () => new SubjectError('subject', 'a b', 'must not contain whitespace'), permanent: true },
    { what: 'a PublishError without code (a timeout)', error: () => new PublishError('dead-letter.events', 10, 'TIMEOUT'), permanent: false },
    { what: 'a BusClosedError', error: () => new BusClosedError('publish'), permanent: false },
    { what: 'a plain Error (no server)', error: () => new Error('no responders'), permanent: false },
    // The router knows no client's codes: the NATS bus's publisher says nats.js's refusals as the two above.
    { what: 'an error with a nats.js code', error: () => Object.assign(new Error('MAX_PAYLOAD_EXCEEDED'), { code: 'MAX_PAYLOAD_EXCEEDED' }), permanent: false },
  ];
  // One bus per case, the first republish failing with the case's error, the next succeeding.
  async function run(error: () => unknown): Promise<{ counts: number[]; republishes: number; dead: number; letters: number; errors: string[] }> {
    const errors: string[] = [];
    const bus = createMemoryBus({ logger: { error: (message) => void errors.push(message) } });
    let republishes = 0;
    setMemoryBusTestHooks(bus, {
      beforeDeadLetter: () => {
        if (++republishes === 1) throw error();
      },
    });
    const dead: CoreMessage[] = [];
    bus.listen('dead-letter.events', (message) => void dead.push(message));
    const counts: number[] = [];
    const letters: DeadLetter[] = [];
    await bus.subscribe(
      {
        'volume.create': (_e, delivery) => {
          counts.push(delivery.deliveryCount);
          throw new Error('poison');
        },
      },
      { backoff: [10, 20], maxDeliver: 2, deadLetterSubject: 'dead-letter.events', onDeadLetter: (letter) => void letters.push(letter) },
    );
    await bus.publish(createEvent('volume.create', { target: 'poison' }));
    await waitFor(() => letters.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await bus.close();
    return { counts, republishes, dead: dead.length, letters: letters.length, errors };
  }

  it('only a refusal that will come again terminates the event (onDeadLetter once, no letter); one that may pass gives it back, and the next republish succeeds', async () => {
    for (const { what, error, permanent } of cases) {
      const outcome = await run(error);
      if (permanent) {
        expect(outcome, what).toMatchObject({ counts: [1, 2], republishes: 1, dead: 0, letters: 1 });
        expect(outcome.errors, what).toHaveLength(1);
        expect(outcome.errors[0], what).toMatch(
          /^the dead letter of events\.2\.\S+ can never be republished to dead-letter\.events \(.+\); the event is terminated without it, and onDeadLetter is still called$/,
        );
      } else {
        expect(outcome, what).toMatchObject({ counts: [1, 2, 3], republishes: 2, dead: 1, letters: 1 });
        expect(outcome.errors, what).toEqual(['cannot republish a dead letter; the event will be redelivered and dead-lettered again']);
      }
    }
  });
});

describe('deadLetterReasonHeader', () => {
  const bytes = (text: string): number => Buffer.byteLength(text);

  it('is 1024 bytes at most: a reason of exactly that many is kept whole, one byte more is cut with a marker giving its size', () => {
    expect(DEAD_LETTER_REASON_MAX_BYTES).toBe(1_024);
    const exact = 'a'.repeat(1_024);
    expect(deadLetterReasonHeader(exact)).toBe(exact);
    const cut = deadLetterReasonHeader('a'.repeat(1_025));
    expect(cut).toMatch(/^a+ … \[cut: 1025 bytes in all\]$/);
    expect(bytes(cut)).toBe(1_024);
  });

  it('cuts on a character boundary: never half of a multi-byte character or of a surrogate pair', () => {
    for (const character of ['é', '€', '😀']) {
      for (let pad = 0; pad < 4; pad++) {
        const header = deadLetterReasonHeader('a'.repeat(pad) + character.repeat(2_000));
        expect(bytes(header)).toBeLessThanOrEqual(1_024);
        expect(bytes(header)).toBeGreaterThan(1_024 - 4);
        expect(header).not.toContain('\uFFFD');
        expect(Buffer.from(header, 'utf8').toString('utf8')).toBe(header);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(header)).toBe(false);
      }
    }
  });

  it('makes every control character a space (a run of them one), and trims: nats.js refuses CR and LF, RFC 7230 readers the others', () => {
    expect(deadLetterReasonHeader('  one\r\ntwo\u0000\u0001three\tfour\u007ffive\u0085six\n')).toBe('one two three four five six');
    expect(deadLetterReasonHeader('plain reason, unchanged: é € 😀')).toBe('plain reason, unchanged: é € 😀');
  });
});
