// The consumers on the events stream: which look stalled, and whether the one named as
// upstream's stats consumer (and the one `mayastor-events stats` runs under, when its --durable
// names another) is what its users expect.
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
  /** The durable consumer of `mayastor-events stats` (its `--durable`; upstream's name by default). */
  readonly statsDurable: string;
  /** When the oldest message waiting for it was stored, when known: messages that arrived just now are not stalled, however long the consumer was idle before. */
  readonly oldestWaiting?: Date | undefined;
}

/** The subjects a consumer takes (`filter_subject`, or nats-server 2.10's `filter_subjects`); none when it takes every subject of the stream. */
export function consumerFilters(info: ConsumerInfo): readonly string[] {
  if (info.config.filter_subject !== undefined && info.config.filter_subject !== '') return [info.config.filter_subject];
  return info.config.filter_subjects ?? [];
}

/** The filter of a consumer as the report shows it, null when it takes every subject of the stream. */
function filterOf(info: ConsumerInfo): string | null {
  const filters = consumerFilters(info);
  return filters.length === 0 ? null : filters.join(', ');
}

/** `last_active` is a time in the server's JSON (nats.js types it as nanoseconds). */
function lastActive(sequence: { last_active?: unknown }): string | null {
  return typeof sequence.last_active === 'string' ? sequence.last_active : null;
}

/**
 * Which stats service a consumer is expected to be: `either` under upstream's name when
 * `mayastor-events stats` runs under it too (the default), `upstream` under that name when
 * `mayastor-events stats` runs under another (`--durable`), `ours` under that other name.
 */
type StatsExpectation = 'either' | 'upstream' | 'ours';

function statsExpectation(name: string, context: ConsumerContext): StatsExpectation | undefined {
  if (name === DEFAULT_STATS_CONSUMER) return context.statsDurable === DEFAULT_STATS_CONSUMER ? 'either' : 'upstream';
  return name === context.statsDurable ? 'ours' : undefined;
}

/** How a stats consumer differs from what the stats service expected under its name creates. */
function statsRole(
  section: Omit<ConsumerSection, 'stats_role' | 'stalled' | 'oldest_waiting'>,
  group: string | undefined,
  context: ConsumerContext,
  expected: StatsExpectation,
): { role: StatsConsumerRole; differences: string[] } {
  const differences: string[] = [];
  const whose = expected === 'ours' ? "the stats service's" : "upstream's";
  if (section.filter !== null && section.filter !== EVENTS_SUBJECT_FILTER) differences.push(`filter ${section.filter} (${whose} takes every event)`);
  if (section.deliver_policy !== 'all') differences.push(`deliver policy ${section.deliver_policy} (${whose}: all)`);
  if (section.ack_policy !== 'explicit') differences.push(`ack policy ${section.ack_policy} (${whose}: explicit)`);
  if (section.max_ack_pending !== 1) differences.push(`max_ack_pending ${String(section.max_ack_pending ?? 'unset')} (${whose}: 1)`);
  if (group !== undefined && group !== '') differences.push(`deliver group ${group}: several subscribers share it (${whose} has one)`);
  if (expected === 'ours') {
    // The name the operator gave `mayastor-events stats`: its pull consumer, counts saved yet or not.
    if (section.kind === 'push') differences.unshift('push (`mayastor-events stats` consumes with a pull consumer, and refuses a push consumer under its --durable name)');
    return { role: differences.length === 0 ? 'mayastor-events-stats' : 'collision', differences };
  }
  if (section.kind === 'push') return { role: differences.length === 0 ? 'upstream' : 'collision', differences };
  if (expected === 'upstream') {
    differences.unshift(`pull (upstream's is a push consumer, and \`mayastor-events stats\` runs as ${context.statsDurable}, as --durable says: this one is left from an earlier run, or another service's)`);
    return { role: 'collision', differences };
  }
  if (differences.length === 0 && context.statsCounted) return { role: 'mayastor-events-stats', differences };
  differences.unshift(
    `pull (upstream's is a push consumer${context.statsCounted ? '' : `, and bucket ${context.bucket} holds no counts of \`mayastor-events stats\`, whose pull consumer has this name`})`,
  );
  return { role: 'collision', differences };
}

/** Who consumes as `name`, as the fix of a stalled consumer names it. */
function consumerOwner(name: string, expected: StatsExpectation | undefined): string {
  if (expected === 'either') return "the stats service (`mayastor-events stats` or upstream's call-home stats)";
  if (expected === 'upstream') return "upstream's call-home stats service";
  if (expected === 'ours') return `\`mayastor-events stats --durable ${name}\``;
  return `the service that consumes as ${name}`;
}

function stalledProblem(info: ConsumerInfo, section: ConsumerSection, idle: number, since: string, waited: number | undefined, expected: StatsExpectation | undefined): DoctorProblem {
  const causes: string[] = [];
  if (section.kind === 'push' && section.push_bound !== true) causes.push('no subscriber is bound to it');
  if (section.kind === 'pull' && section.waiting === 0) causes.push('no client is pulling from it');
  if (section.redelivered > 0 && section.ack_pending > 0) causes.push(`${section.redelivered} message(s) were delivered again without an acknowledgement (a subscriber failing on them?)`);
  const waiting = `${section.pending} not delivered, ${section.ack_pending} delivered and not acknowledged`;
  const who = consumerOwner(info.name, expected);
  return {
    check: 'consumers',
    code: 'consumer-stalled',
    about: info.name,
    message:
      `consumer ${info.name} is stalled: ${waiting}, and its ack floor has not moved for ${formatDuration(idle)} (since ${since})` +
      `${waited === undefined ? '' : `; the oldest message waiting for it was stored at most ${formatDuration(waited)} ago (the age of the first after its ack floor, which acks out of order may have acknowledged already)`}${causes.length === 0 ? '' : `; ${causes.join('; ')}`}`,
    fix:
      `start or restart ${who} and read its log for why it stopped acknowledging; ` +
      `if nothing uses ${info.name} any more, delete it: \`nats consumer rm ${DEFAULT_STREAM_NAME} ${info.name}\``,
  };
}

function collisionProblem(section: ConsumerSection, differences: readonly string[], expected: StatsExpectation): DoctorProblem {
  if (expected === 'ours') {
    return {
      check: 'consumers',
      code: 'stats-consumer-collision',
      about: section.name,
      message:
        `consumer ${section.name} is not the consumer \`mayastor-events stats --durable ${section.name}\` creates (durable pull, deliver all, max_ack_pending 1, every event): ` +
        `${differences.join('; ')}; another service took the name, and the stats service that finds it fails or counts the wrong events`,
      fix:
        `run \`mayastor-events stats\` (and doctor) with a --durable name of its own; or, once the other service is stopped, delete the consumer (\`nats consumer rm ${DEFAULT_STREAM_NAME} ${section.name}\`): ` +
        'the stats service creates it again as it needs at its next start',
    };
  }
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
  const expected = statsExpectation(info.name, context);
  const stats = expected === undefined ? undefined : statsRole(base, info.config.deliver_group, context, expected);
  const section: ConsumerSection = { ...base, oldest_waiting: oldest, stalled, stats_role: stats?.role ?? null };
  const problems: DoctorProblem[] = [];
  if (stats?.role === 'collision' && expected !== undefined) problems.push(collisionProblem(section, stats.differences, expected));
  if (stalled) problems.push(stalledProblem(info, section, idle, progress, oldest === null ? undefined : waited, expected));
  return { section, problems };
}
