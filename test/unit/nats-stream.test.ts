import type { JetStreamManager } from 'nats';
import { describe, expect, it } from 'vitest';
import { guardLogger } from '../../src/internal/logger.js';
import { EventsStream, STREAM_OUTAGE_SUMMARY_INTERVAL } from '../../src/bus/nats-stream.js';

const STREAM = { name: 'events-stream', storage: 'memory' as const, replicas: 1, maxBytes: 1024 };

/** A JetStream manager whose stream lookups fail while `down` is set, and find the stream otherwise. */
function fakeJsm(state: { down: boolean; exists: boolean }): JetStreamManager {
  return {
    streams: {
      info: async () => {
        if (state.down) throw Object.assign(new Error('TIMEOUT'), { code: 'TIMEOUT' });
        if (!state.exists) throw Object.assign(new Error('stream not found'), { api_error: { err_code: 10059 } });
        return { config: { subjects: ['events.>'], duplicate_window: 120_000_000_000 } };
      },
      add: async () => {
        state.exists = true;
        return {};
      },
    },
  } as unknown as JetStreamManager;
}

describe('EventsStream', () => {
  it('restore - an outage is logged once when it starts, summarised while it lasts, and once when it ends', async () => {
    const lines: string[] = [];
    const logger = guardLogger({ info: (message) => void lines.push(`info ${message}`), warn: (message) => void lines.push(`warn ${message}`) });
    const state = { down: true, exists: true };
    let now = 0;
    const stream = new EventsStream(fakeJsm(state), STREAM, 1_000, logger, () => now);
    // Publishes notice "no responders" one after the other, a second apart, for a minute.
    for (let i = 0; i <= 60; i++) {
      await stream.restore();
      now += 1_000;
    }
    expect(lines).toEqual(['warn cannot restore the events stream yet; publishes keep retrying', 'warn the events stream is still unavailable']);
    expect(now).toBeGreaterThanOrEqual(STREAM_OUTAGE_SUMMARY_INTERVAL);
    state.down = false;
    for (let i = 0; i < 60; i++) await stream.restore();
    expect(lines.slice(2)).toEqual(['info events stream is available again']);
  });

  it('restore - a stream found as it was, with no outage seen, says nothing; one made again says so once', async () => {
    const lines: string[] = [];
    const logger = guardLogger({ info: (message) => void lines.push(message), warn: (message) => void lines.push(message) });
    const state = { down: false, exists: true };
    const stream = new EventsStream(fakeJsm(state), STREAM, 1_000, logger);
    await Promise.all([stream.restore(), stream.restore()]);
    expect(lines).toEqual([]);
    state.exists = false; // lost in a restart
    await stream.restore();
    await stream.restore();
    expect(lines).toEqual(['events stream is available again']);
  });
});
