// `mayastor-events doctor`'s judging without a server: durations as the report prints them, the
// consumer rules on info the server could send, a consumer's line in the text report, and how the
// oldest waiting messages are asked for (the integration test covers the rest).
import type { ConsumerInfo, JetStreamManager, StoredMsg, StreamInfo } from 'nats';
import { describe, expect, it } from 'vitest';
import { oldestWaitingOf } from '../../src/cli/doctor/collect.js';
import { judgeConsumer } from '../../src/cli/doctor/consumers.js';
import { formatDuration } from '../../src/cli/doctor/durations.js';
import { renderHuman } from '../../src/cli/doctor/human.js';
import type { ConsumerSection, DoctorProblem } from '../../src/cli/doctor/report.js';

describe('doctor - durations', () => {
  // How --stalled-after and --max-skew are read: test/unit/cli-durations.test.ts.
  it.each([
    [0.04, '0s'],
    [0.4, '0.4s'],
    [42, '42s'],
    [125, '2m 5s'],
    [3_600, '1h'],
    [3 * 3_600 + 12 * 60 + 5, '3h 12m'],
    [4 * 86_400 + 2 * 3_600, '4d 2h'],
    [-90, '-1m 30s'],
  ])('formatDuration(%d) is %j', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

/** Consumer info as nats-server 2.9 sends it (`last_active` as a time string). */
function consumerInfo(overrides: { config?: Partial<ConsumerInfo['config']> } & Partial<Omit<ConsumerInfo, 'config'>>): ConsumerInfo {
  const { config, ...rest } = overrides;
  return {
    stream_name: 'events-stream',
    name: 'aggregator',
    created: '2026-01-01T00:00:00Z',
    config: { durable_name: 'aggregator', deliver_policy: 'all', ack_policy: 'explicit', max_ack_pending: 1000, ...config } as ConsumerInfo['config'],
    delivered: { consumer_seq: 0, stream_seq: 0 } as ConsumerInfo['delivered'],
    ack_floor: { consumer_seq: 0, stream_seq: 0 } as ConsumerInfo['ack_floor'],
    num_ack_pending: 0,
    num_redelivered: 0,
    num_waiting: 0,
    num_pending: 0,
    cluster: undefined,
    ...rest,
  } as ConsumerInfo;
}

const context = { now: new Date('2026-01-01T01:00:00Z'), stalledAfter: 120, statsCounted: false, bucket: 'mayastor-events-stats', statsDurable: 'stats-events-consumer' };

describe('doctor - consumers', () => {
  it('a consumer with nothing waiting is never stalled, however idle', () => {
    expect(judgeConsumer(consumerInfo({}), context).section.stalled).toBe(false);
  });

  it('the ack floor moving recently keeps a busy consumer from being stalled', () => {
    const recent = consumerInfo({ num_pending: 500, ack_floor: { consumer_seq: 9, stream_seq: 9, last_active: '2026-01-01T00:59:30Z' } as never });
    expect(judgeConsumer(recent, context)).toMatchObject({ section: { stalled: false }, problems: [] });
    const idle = consumerInfo({ num_pending: 500, ack_floor: { consumer_seq: 9, stream_seq: 9, last_active: '2026-01-01T00:50:00Z' } as never });
    const judged = judgeConsumer(idle, context);
    expect(judged.section).toMatchObject({ stalled: true, last_acked: '2026-01-01T00:50:00Z' });
    expect(judged.problems[0]!.message).toContain('its ack floor has not moved for 10m (since 2026-01-01T00:50:00Z)');
  });

  it('messages stored a moment ago after a quiet hour are being handled, not stalled; once they have waited --stalled-after, stalled', () => {
    // Last ack 10 minutes ago (the stream was quiet), one message stored 1 s ago and delivered.
    const info = consumerInfo({ num_ack_pending: 1, ack_floor: { consumer_seq: 9, stream_seq: 9, last_active: '2026-01-01T00:50:00Z' } as never });
    const fresh = judgeConsumer(info, { ...context, oldestWaiting: new Date('2026-01-01T00:59:59Z') });
    expect(fresh).toMatchObject({ section: { stalled: false, oldest_waiting: '2026-01-01T00:59:59.000Z' }, problems: [] });
    const stuck = judgeConsumer(info, { ...context, oldestWaiting: new Date('2026-01-01T00:55:00Z') });
    expect(stuck.section.stalled).toBe(true);
    // The age is of the first message after the ack floor: with acks out of order an upper bound, and the problem says so.
    expect(stuck.problems[0]!.message).toContain(
      'its ack floor has not moved for 10m (since 2026-01-01T00:50:00Z); the oldest message waiting for it was stored at most 5m ago (the age of the first after its ack floor, which acks out of order may have acknowledged already)',
    );
  });

  it('a consumer that does not ack (ack policy none) is judged by its last delivery', () => {
    const info = consumerInfo({
      num_pending: 3,
      config: { ack_policy: 'none' } as never,
      delivered: { consumer_seq: 4, stream_seq: 4, last_active: '2026-01-01T00:59:59Z' } as never,
    });
    expect(judgeConsumer(info, context).section.stalled).toBe(false);
  });

  it('redeliveries without acknowledgement are named as a likely cause', () => {
    const info = consumerInfo({ num_ack_pending: 1, num_redelivered: 7, num_waiting: 1 });
    expect(judgeConsumer(info, context).problems[0]!.message).toContain('7 message(s) were delivered again without an acknowledgement');
  });
});

describe('doctor - the report for people: a line per consumer', () => {
  /** The text report of these judged consumers (no stream section), at `context.now`. */
  function rendered(judged: readonly { section: ConsumerSection; problems: DoctorProblem[] }[]): string {
    return renderHuman({
      version: 1,
      healthy: judged.every(({ problems }) => problems.length === 0),
      server: { url: 'nats://127.0.0.1:4222', version: '2.10.0', now: context.now.toISOString(), now_from: 'server' },
      settings: { sample: 100, stalled_after_seconds: context.stalledAfter, max_skew_seconds: 300 },
      problems: judged.flatMap(({ problems }) => problems),
      stream: null,
      consumers: judged.map(({ section }) => section),
      messages: null,
      clock: null,
      stats: null,
    });
  }

  const lineOf = (text: string, name: string): string => text.split('\n').find((line) => line.startsWith(`  ✓ ${name}: `) || line.startsWith(`  ✗ ${name}: `))!;
  const NOTE = '  - oldest message waiting: the first stored after the ack floor on a subject the consumer takes; with acks out of order it may be acked already, so its age is an upper bound';
  // Last ack 10 minutes ago; one message delivered and not acknowledged.
  const holding = (name: string) => consumerInfo({ name, num_ack_pending: 1, ack_floor: { consumer_seq: 9, stream_seq: 9, last_active: '2026-01-01T00:50:00Z' } as never });

  it('a consumer with messages waiting shows when the oldest was stored, stalled or not; a note says the age is an upper bound, as the stalled problem does', () => {
    const fresh = judgeConsumer(holding('fresh'), { ...context, oldestWaiting: new Date('2026-01-01T00:59:59Z') });
    const stuck = judgeConsumer(holding('stuck'), { ...context, oldestWaiting: new Date('2026-01-01T00:55:00Z') });
    expect([fresh.section.stalled, stuck.section.stalled]).toEqual([false, true]);
    const text = rendered([fresh, stuck]);
    expect(lineOf(text, 'fresh')).toBe(
      '  ✓ fresh: pull durable, filter (all subjects), pending 0, ack pending 1, oldest message waiting stored 1s ago, ack floor 9, redeliveries 0, 0 pull request(s) waiting, last delivery never, last ack 10m ago',
    );
    expect(lineOf(text, 'stuck')).toContain(', ack pending 1, oldest message waiting stored 5m ago, ack floor 9,');
    expect(text).toContain('the oldest message waiting for it was stored at most 5m ago (the age of the first after its ack floor, which acks out of order may have acknowledged already)');
    expect(text.split('\n')).toContain(NOTE);
  });

  it('nothing waiting, or no message after the ack floor stored any more: no age, and no note when no consumer shows one', () => {
    const idle = judgeConsumer(consumerInfo({ name: 'idle' }), { ...context, oldestWaiting: new Date('2026-01-01T00:55:00Z') });
    const unknown = judgeConsumer(holding('unknown'), context);
    expect([idle.section.oldest_waiting, unknown.section.oldest_waiting]).toEqual([null, null]);
    const text = rendered([idle, unknown]);
    expect(lineOf(text, 'idle')).toContain(', ack pending 0, ack floor 0,');
    expect(lineOf(text, 'unknown')).toContain(', ack pending 1, ack floor 9,');
    expect(text).not.toContain('oldest message waiting');
  });
});

describe('doctor - the stats consumer under --durable', () => {
  // `mayastor-events stats --durable stats-beside`, beside upstream's push consumer stats-events-consumer.
  const beside = { ...context, statsDurable: 'stats-beside' };
  const statsConfig = { deliver_policy: 'all', ack_policy: 'explicit', max_ack_pending: 1 } as Partial<ConsumerInfo['config']>;

  it('the consumer named by --durable, as the stats service makes it: its pull consumer, no problem', () => {
    const info = consumerInfo({ name: 'stats-beside', config: { ...statsConfig, durable_name: 'stats-beside' } });
    expect(judgeConsumer(info, beside)).toMatchObject({ section: { stats_role: 'mayastor-events-stats' }, problems: [] });
    // Without --durable it is any other consumer.
    expect(judgeConsumer(info, context)).toMatchObject({ section: { stats_role: null }, problems: [] });
  });

  it('a push consumer under the --durable name collides: the stats service refuses it, and the fix names --durable', () => {
    const info = consumerInfo({ name: 'stats-beside', config: { ...statsConfig, durable_name: 'stats-beside', deliver_subject: 'deliver.x' } });
    const judged = judgeConsumer(info, beside);
    expect(judged.section.stats_role).toBe('collision');
    expect(judged.problems).toEqual([expect.objectContaining({ code: 'stats-consumer-collision', about: 'stats-beside' })]);
    expect(judged.problems[0]!.message).toContain('`mayastor-events stats --durable stats-beside` creates');
    expect(judged.problems[0]!.message).toContain('push (`mayastor-events stats` consumes with a pull consumer');
    expect(judged.problems[0]!.fix).toContain('with a --durable name of its own');
    expect(judged.problems[0]!.fix).toContain('nats consumer rm events-stream stats-beside');
  });

  it("upstream's push consumer under the default name is upstream's; a pull one there collides, since stats runs under --durable", () => {
    const upstream = consumerInfo({ name: 'stats-events-consumer', config: { ...statsConfig, durable_name: 'stats-events-consumer', deliver_subject: 'deliver.x' } });
    expect(judgeConsumer(upstream, beside)).toMatchObject({ section: { stats_role: 'upstream' }, problems: [] });
    const leftover = consumerInfo({ name: 'stats-events-consumer', config: { ...statsConfig, durable_name: 'stats-events-consumer' } });
    const judged = judgeConsumer(leftover, { ...beside, statsCounted: true });
    expect(judged.section.stats_role).toBe('collision');
    expect(judged.problems[0]!.message).toContain('`mayastor-events stats` runs as stats-beside, as --durable says');
  });

  it('a stalled consumer under the --durable name: the fix names the stats command with it', () => {
    const info = consumerInfo({ name: 'stats-beside', num_pending: 3, config: { ...statsConfig, durable_name: 'stats-beside' } });
    const judged = judgeConsumer(info, beside);
    expect(judged.problems).toEqual([expect.objectContaining({ code: 'consumer-stalled', about: 'stats-beside' })]);
    expect(judged.problems[0]!.fix).toContain('start or restart `mayastor-events stats --durable stats-beside`');
  });
});

describe('doctor - the oldest message waiting for each consumer', () => {
  const stream = { config: { name: 'events-stream' }, state: { first_seq: 1, last_seq: 100 } } as StreamInfo;

  /**
   * `STREAM.MSG.GET` over stored messages (sequence to subject), answering after `delay` ms and
   * counting the requests in flight; `fail` makes the request for that subject fail as a lost connection would.
   */
  function fakeStream(stored: ReadonlyMap<number, string>, options: { delay?: number; fail?: string } = {}) {
    const asked: { seq: number; next_by_subj?: string }[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const matches = (filter: string, subject: string): boolean => filter === '>' || subject === filter || (filter.endsWith('.>') && subject.startsWith(filter.slice(0, -1)));
    const getMessage = async (_name: string, query: { seq: number; next_by_subj?: string }): Promise<StoredMsg> => {
      asked.push(query);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, options.delay ?? 1));
        if (options.fail !== undefined && query.next_by_subj === options.fail) throw new Error('TIMEOUT');
        const seq = [...stored.keys()].sort((a, b) => a - b).find((candidate) => candidate >= query.seq && (query.next_by_subj === undefined ? candidate === query.seq : matches(query.next_by_subj, stored.get(candidate)!)));
        if (seq === undefined) throw Object.assign(new Error('no message found'), { api_error: { code: 404, err_code: 10037, description: 'no message found' } });
        return { seq, subject: stored.get(seq)!, time: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)) } as StoredMsg;
      } finally {
        inFlight--;
      }
    };
    const jsm = { streams: { getMessage } } as unknown as JetStreamManager;
    return { jsm, asked, mostInFlight: () => mostInFlight };
  }

  const waiting = (name: string, ackFloor: number, config: Partial<ConsumerInfo['config']> = {}): ConsumerInfo => consumerInfo({ name, num_pending: 1, ack_floor: { consumer_seq: 0, stream_seq: ackFloor } as ConsumerInfo['ack_floor'], config });

  it('the first message after the ack floor on a subject the consumer takes, when the message at ack floor + 1 is gone', async () => {
    // 5 was replaced by 7 on its subject; 6 is the oldest waiting.
    const { jsm, asked } = fakeStream(new Map([[4, 'events.2.a'], [6, 'events.1.b'], [7, 'events.2.a'], [8, 'events.3.c']]));
    const consumers = [waiting('all', 4), waiting('nexuses', 4, { filter_subject: 'events.3.>' }), waiting('several', 4, { filter_subjects: ['events.3.>', 'events.2.>'] })];
    const oldest = await oldestWaitingOf(jsm, stream, consumers);
    expect(Object.fromEntries([...oldest].map(([name, date]) => [name, date.getUTCSeconds()]))).toEqual({ all: 6, nexuses: 8, several: 7 });
    expect(asked).toContainEqual({ seq: 5, next_by_subj: '>' });
  });

  it('nothing stored after the ack floor on its subjects (no message found): nothing waiting is reported for that consumer only', async () => {
    // 2 is gone: `behind` waits for 3, and nothing is stored after 3.
    const { jsm } = fakeStream(new Map([[3, 'events.2.a']]));
    const oldest = await oldestWaitingOf(jsm, stream, [waiting('caught-up', 3), waiting('behind', 1), consumerInfo({ name: 'idle' })]);
    expect(Object.fromEntries([...oldest].map(([name, date]) => [name, date.getUTCSeconds()]))).toEqual({ behind: 3 });
  });

  it('asks for several consumers at once, at most 8, not one after another', async () => {
    const fake = fakeStream(new Map([[1, 'events.2.a']]), { delay: 20 });
    const consumers = Array.from({ length: 30 }, (_, i) => waiting(`c${i}`, 0));
    const oldest = await oldestWaitingOf(fake.jsm, stream, consumers);
    expect(oldest.size).toBe(30);
    expect(fake.mostInFlight()).toBe(8);
  });

  it('any other failure (a timeout, a lost connection) is not taken for "nothing waiting": it is thrown', async () => {
    const { jsm } = fakeStream(new Map([[1, 'events.2.a']]), { fail: 'events.9.>' });
    await expect(oldestWaitingOf(jsm, stream, [waiting('fine', 0), waiting('broken', 0, { filter_subject: 'events.9.>' })])).rejects.toThrow('TIMEOUT');
  });
});
