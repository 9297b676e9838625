// `mayastor-events doctor`'s judging without a server: durations as operators type them, and
// the consumer rules on info the server could send (the integration test covers the rest).
import type { ConsumerInfo } from 'nats';
import { describe, expect, it } from 'vitest';
import { judgeConsumer } from '../../src/cli/doctor/consumers.js';
import { formatDuration, parseDuration } from '../../src/cli/doctor/durations.js';

describe('doctor - durations', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['2m', 120],
    ['1.5h', 5_400],
    ['1d', 86_400],
    [' 0 ', 0],
  ])('parseDuration(%j) is %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', 'soon', '-5', '5 m', '5ms', '1e3', '2m30s'])('parseDuration(%j) is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

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
    expect(stuck.problems[0]!.message).toContain('its ack floor has not moved for 10m (since 2026-01-01T00:50:00Z); the oldest message waiting for it was stored 5m ago');
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
