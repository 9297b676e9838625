// The consumers on the events stream: which look stalled, and whether the one named as
// upstream's stats consumer is what its users expect.
//
// Stalled, from what consumer info tells: messages wait for the consumer (num_pending +
// num_ack_pending > 0), its ack floor has not moved for `stalledAfter` seconds (since it last
// moved, or since the consumer was created when it never did; a consumer that does not ack is
// judged by its last delivery instead), and the oldest of those messages has waited that long
// too (a message stored a moment ago after a quiet hour is being handled, not stuck). Its cause is then often in the info too: a push consumer
// with no subscriber bound, a pull consumer nobody pulls from, messages redelivered and never
// acknowledged.
import { DEFAULT_STREAM_NAME, EVENTS_SUBJECT_FILTER } from 'mayastor-events';
import type { ConsumerInfo } from 'nats';
import { DEFAULT_STATS_CONSUMER } from '../../stats/index.js';
import { formatDuration, secondsBetween } from './durations.js';
import type { ConsumerSection, DoctorProblem, StatsConsumerRole } from './report.js';

/** What judging a consumer needs beside its info. */
export interface ConsumerContext {
  readonly now: Date;
  readonly stalledAfter: number;
  /** Whether the stats bucket holds counts of `mayastor-events stats` (which owns a pull consumer under the stats name). */
  readonly statsCounted: boolean;
  readonly bucket: string;
  /** When the oldest message waiting for it was stored, when known: messages that arrived just now are not stalled, however long the consumer was idle before. */
  readonly oldestWaiting?: Date | undefined;
}

/** The one filter of a consumer, null when it takes every subject of the stream. */
function filterOf(info: ConsumerInfo): string | null {
  if (info.config.filter_subject !== undefined && info.config.filter_subject !== '') return info.config.filter_subject;
  const filters = info.config.filter_subjects ?? [];
  return filters.length === 0 ? null : filters.join(', ');
}

/** `last_active` is a time in the server's JSON (nats.js types it as nanoseconds). */
function lastActive(sequence: { last_active?: unknown }): string | null {
  return typeof sequence.last_active === 'string' ? sequence.last_active : null;
}

/** How the consumer under upstream's stats name differs from what upstream's stats service creates. */
function statsRole(section: Omit<ConsumerSection, 'stats_role' | 'stalled' | 'oldest_waiting'>, group: string | undefined, context: ConsumerContext): { role: StatsConsumerRole; differences: string[] } {
  const differences: string[] = [];
  if (section.filter !== null && section.filter !== EVENTS_SUBJECT_FILTER) differences.push(`filter ${section.filter} (upstream's takes every event)`);
  if (section.deliver_policy !== 'all') differences.push(`deliver policy ${section.deliver_policy} (upstream's: all)`);
  if (section.ack_policy !== 'explicit') differences.push(`ack policy ${section.ack_policy} (upstream's: explicit)`);
  if (section.max_ack_pending !== 1) differences.push(`max_ack_pending ${String(section.max_ack_pending ?? 'unset')} (upstream's: 1)`);
  if (group !== undefined && group !== '') differences.push(`deliver group ${group}: several subscribers share it (upstream's has one)`);
  if (section.kind === 'push') return { role: differences.length === 0 ? 'upstream' : 'collision', differences };
  if (differences.length === 0 && context.statsCounted) return { role: 'mayastor-events-stats', differences };
  differences.unshift(
    `pull (upstream's is a push consumer${context.statsCounted ? '' : `, and bucket ${context.bucket} holds no counts of \`mayastor-events stats\`, whose pull consumer has this name`})`,
  );
  return { role: 'collision', differences };
}

function stalledProblem(info: ConsumerInfo, section: ConsumerSection, idle: number, since: string, waited: number | undefined): DoctorProblem {
  const causes: string[] = [];
  if (section.kind === 'push' && section.push_bound !== true) causes.push('no subscriber is bound to it');
  if (section.kind === 'pull' && section.waiting === 0) causes.push('no client is pulling from it');
  if (section.redelivered > 0 && section.ack_pending > 0) causes.push(`${section.redelivered} message(s) were delivered again without an acknowledgement (a subscriber failing on them?)`);
  const waiting = `${section.pending} not delivered, ${section.ack_pending} delivered and not acknowledged`;
  const who = info.name === DEFAULT_STATS_CONSUMER ? 'the stats service (`mayastor-events stats` or upstream\'s call-home stats)' : `the service that consumes as ${info.name}`;
  return {
    check: 'consumers',
    code: 'consumer-stalled',
    about: info.name,
    message:
      `consumer ${info.name} is stalled: ${waiting}, and its ack floor has not moved for ${formatDuration(idle)} (since ${since})` +
      `${waited === undefined ? '' : `; the oldest message waiting for it was stored ${formatDuration(waited)} ago`}${causes.length === 0 ? '' : `; ${causes.join('; ')}`}`,
    fix:
      `start or restart ${who} and read its log for why it stopped acknowledging; ` +
      `if nothing uses ${info.name} any more, delete it: \`nats consumer rm ${DEFAULT_STREAM_NAME} ${info.name}\``,
  };
}

function collisionProblem(section: ConsumerSection, differences: readonly string[]): DoctorProblem {
  return {
    check: 'consumers',
    code: 'stats-consumer-collision',
    about: section.name,
    message:
      `consumer ${section.name} is not the stats consumer upstream's call-home stats service creates (durable push, deliver all, max_ack_pending 1, every event): ` +
      `${differences.join('; ')}; another service took the name, and the stats service that finds it fails or counts the wrong events`,
    fix:
      `give the other service its own durable name; once it is stopped, delete the consumer (\`nats consumer rm ${DEFAULT_STREAM_NAME} ${section.name}\`): ` +
      'the stats service creates it again as it needs at its next start',
  };
}

/** One consumer's section and its problems. */
export function judgeConsumer(info: ConsumerInfo, context: ConsumerContext): { section: ConsumerSection; problems: DoctorProblem[] } {
  const push = info.config.deliver_subject !== undefined && info.config.deliver_subject !== '';
  const base = {
    name: info.name,
    kind: push ? ('push' as const) : ('pull' as const),
    durable: info.config.durable_name !== undefined && info.config.durable_name !== '',
    filter: filterOf(info),
    deliver_policy: String(info.config.deliver_policy),
    ack_policy: String(info.config.ack_policy),
    max_ack_pending: info.config.max_ack_pending ?? null,
    pending: info.num_pending,
    ack_pending: info.num_ack_pending,
    ack_floor: info.ack_floor.stream_seq,
    delivered: info.delivered.stream_seq,
    redelivered: info.num_redelivered,
    waiting: info.num_waiting,
    push_bound: push ? info.push_bound === true : null,
    created: info.created,
    last_delivered: lastActive(info.delivered),
    last_acked: lastActive(info.ack_floor),
  };
  const progress = (base.ack_policy === 'none' ? base.last_delivered : base.last_acked) ?? base.created;
  const idle = secondsBetween(progress, context.now);
  const waiting = base.pending + base.ack_pending > 0;
  const oldest = waiting && context.oldestWaiting !== undefined ? context.oldestWaiting.toISOString() : null;
  const waited = oldest === null ? idle : secondsBetween(oldest, context.now);
  const stalled = waiting && idle >= context.stalledAfter && waited >= context.stalledAfter;
  const stats = info.name === DEFAULT_STATS_CONSUMER ? statsRole(base, info.config.deliver_group, context) : undefined;
  const section: ConsumerSection = { ...base, oldest_waiting: oldest, stalled, stats_role: stats?.role ?? null };
  const problems: DoctorProblem[] = [];
  if (stats?.role === 'collision') problems.push(collisionProblem(section, stats.differences));
  if (stalled) problems.push(stalledProblem(info, section, idle, progress, oldest === null ? undefined : waited));
  return { section, problems };
}
