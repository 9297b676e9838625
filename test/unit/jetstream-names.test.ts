// Stream and durable consumer names are checked as nats-server 2.9 (`isValidName`, `JSMaxNameLen`
// 255 bytes) and nats.js (`/`, `\`) check them, before anything is sent: a BusOptionsError that
// names the option and the rule, on both buses; the stats service's durable too (a
// StatsOptionsError). Every name they take is taken.
import { describe, expect, it } from 'vitest';
import { connectEventBus } from '../../src/bus/connect.js';
import { BusOptionsError } from '../../src/bus/errors.js';
import { createMemoryBus } from '../../src/bus/memory.js';
import { resolveBusOptions } from '../../src/bus/nats-options.js';
import { MAX_JETSTREAM_NAME_BYTES, resolveSubscribeOptions } from '../../src/bus/options.js';
import { createMemoryCounterStore, startStatsService, StatsOptionsError } from '../../src/stats/index.js';

// Names of exactly 255 bytes of UTF-8: ASCII, 2-byte, 3-byte and 4-byte characters.
const LONGEST = ['s'.repeat(255), `${'é'.repeat(127)}s`, '€'.repeat(85), `${'😀'.repeat(63)}sss`];
// One byte more each.
const TOO_LONG = ['s'.repeat(256), 'é'.repeat(128), `${'€'.repeat(85)}s`, `${'😀'.repeat(64)}`];
const REFUSED_CHARACTERS = ['.', '*', '>', '/', '\\', ' ', '\t', '\r', '\n', '\f'];

function refusal(fn: () => unknown): BusOptionsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BusOptionsError);
    return error as BusOptionsError;
  }
  throw new Error('not refused');
}

describe('JetStream names - stream.name', () => {
  it('a name of 255 bytes is taken, in any characters; one byte more is refused naming stream.name and the limit', () => {
    expect(MAX_JETSTREAM_NAME_BYTES).toBe(255); // nats-server's JSMaxNameLen
    for (const name of LONGEST) {
      expect(Buffer.byteLength(name)).toBe(255);
      expect(resolveBusOptions({ stream: { name } }).stream.name).toBe(name);
    }
    for (const name of TOO_LONG) {
      const error = refusal(() => resolveBusOptions({ stream: { name } }));
      expect(error.option).toBe('stream.name');
      expect(error.message).toBe(
        `invalid option \`stream.name\`: the name is 256 bytes of UTF-8, above the 255 bytes nats-server allows a JetStream stream name (JSMaxNameLen); nothing was sent`,
      );
    }
  });

  it('a name with a character nats-server or nats.js refuses, or empty, or not a string, is refused naming stream.name and the rule', () => {
    for (const character of REFUSED_CHARACTERS) {
      const error = refusal(() => resolveBusOptions({ stream: { name: `events${character}stream` } }));
      expect(error.option).toBe('stream.name');
      expect(error.reason).toBe(
        `a JetStream stream name must not contain ${JSON.stringify(character)} (found at index 6): nats-server or nats.js refuses it ` +
          "(at most 255 bytes of UTF-8, without '.', '*', '>', '/', '\\', space, tab, CR, LF or FF)",
      );
    }
    expect(refusal(() => resolveBusOptions({ stream: { name: '' } })).reason).toMatch(/^a JetStream stream name must not be empty/);
    expect(refusal(() => resolveBusOptions({ stream: { name: 42 as never } })).reason).toBe('expected a stream name (a string), got number');
    // What the server takes is taken: the default, -, _, other punctuation and non-ASCII letters.
    for (const name of ['events-stream', 'EVENTS_2', 'a:b=c@d#e$f%g&h+i', 'événements', 'a\u00a0b']) {
      expect(resolveBusOptions({ stream: { name } }).stream.name).toBe(name);
    }
  });

  it('connectEventBus refuses a bad name before it connects (no server listens here)', async () => {
    const error = await connectEventBus({ servers: 'nats://127.0.0.1:9', stream: { name: 's'.repeat(256) } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusOptionsError);
    expect(error).toMatchObject({ option: 'stream.name' });
  });
});

describe('JetStream names - durable', () => {
  it('a durable name of 255 bytes is taken, one byte more is refused naming durable and the limit', () => {
    for (const name of LONGEST.filter((n) => !/\s/.test(n))) expect(resolveSubscribeOptions({ durable: name }).durable).toBe(name);
    for (const name of TOO_LONG) {
      const error = refusal(() => resolveSubscribeOptions({ durable: name }));
      expect(error.option).toBe('durable');
      expect(error.reason).toBe('the name is 256 bytes of UTF-8, above the 255 bytes nats-server allows a JetStream consumer name (JSMaxNameLen); nothing was sent');
    }
  });

  it('a durable name with / or \\ (nats.js refuses them) is refused naming durable', () => {
    for (const character of ['/', '\\']) {
      expect(refusal(() => resolveSubscribeOptions({ durable: `stats${character}consumer` })).reason).toMatch(/^a JetStream consumer name must not contain/);
    }
  });

  it('the in-memory bus refuses the same durable names when subscribing', async () => {
    const bus = createMemoryBus();
    try {
      await expect(bus.subscribe({ '>': () => undefined }, { durable: 'd'.repeat(256) })).rejects.toMatchObject({ name: 'BusOptionsError', option: 'durable' });
      await expect(bus.subscribe({ '>': () => undefined }, { durable: 'a/b' })).rejects.toMatchObject({ name: 'BusOptionsError', option: 'durable' });
      const subscription = await bus.subscribe({ '>': () => undefined }, { durable: 'd'.repeat(255) });
      await subscription.stop();
    } finally {
      await bus.close();
    }
  });
});

describe('JetStream names - the stats service\'s durable', () => {
  it('a durable name the bus would refuse is refused before the counts are loaded (a StatsOptionsError), so no counts are claimed by it', async () => {
    for (const durable of ['d'.repeat(256), 'stats/consumer', 'stats\u00a0consumer']) {
      const bus = createMemoryBus();
      const store = createMemoryCounterStore();
      try {
        const error = await startStatsService({ bus, store, durable, listen: false, logger: {} }).catch((e: unknown) => e);
        expect(error, durable).toBeInstanceOf(StatsOptionsError);
        expect(error, durable).toMatchObject({ option: 'durable' });
        expect(store.stored, durable).toBeUndefined();
      } finally {
        await bus.close();
      }
    }
    const bus = createMemoryBus();
    const service = await startStatsService({ bus, store: createMemoryCounterStore(), durable: 'd'.repeat(255), listen: false, logger: {} });
    await service.stop();
    await bus.close();
  });
});
