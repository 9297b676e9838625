// The counts of `mayastor-events stats` in its key-value bucket against the stream: the last
// stream sequence they include, and how long ago they were saved. Counts behind the stream are a
// problem only when they also stopped moving: a running service is always a message or so behind.
import { DEFAULT_STREAM_NAME } from 'mayastor-events';
import type { StreamInfo } from 'nats';
import { parseCounts, type CounterSnapshot } from '../../stats/index.js';
import type { StatsFacts } from './collect.js';
import { formatDuration, secondsBetween } from './durations.js';
import type { DoctorProblem, StatsSection } from './report.js';

/** What judging the counts needs beside them. */
export interface StatsContext {
  readonly bucket: string;
  readonly key: string;
  /** The durable consumer of `mayastor-events stats` (its `--durable`). */
  readonly consumer: string;
  readonly stream: StreamInfo | undefined;
  readonly now: Date;
  readonly stalledAfter: number;
  /** Whether the consumer `consumer` exists. */
  readonly consumerExists: boolean;
}

const total = (counts: CounterSnapshot): number => Object.values(counts.events).reduce((sum, count) => sum + count, 0);

/** The stats section and its problems. */
export function judgeStats(facts: StatsFacts, context: StatsContext): { section: StatsSection; problems: DoctorProblem[] } {
  const { bucket, key, consumer, stream } = context;
  if (!facts.exists) return { section: { bucket, key, consumer, exists: false }, problems: [] };
  if (facts.entry === null) return { section: { bucket, key, consumer, exists: true, counts: null, behind: null }, problems: [] };
  let counts: CounterSnapshot;
  try {
    counts = parseCounts(facts.entry.value);
  } catch (error) {
    return {
      section: { bucket, key, consumer, exists: true, counts: null, behind: null },
      problems: [
        {
          check: 'stats',
          code: 'stats-unreadable',
          message: `the counts in ${bucket}/${key} cannot be read: ${(error as Error).message}; the stats service cannot load them either`,
          fix: `look at them (\`nats kv get ${bucket} ${key}\`); deleting the key (\`nats kv del ${bucket} ${key}\`) makes the stats service count from zero`,
        },
      ],
    };
  }
  const saved = facts.entry.created.toISOString();
  const section = (behind: number | null): StatsSection => ({
    bucket,
    key,
    consumer,
    exists: true,
    counts: { sequence: counts.sequence, stream: counts.stream ?? null, durable: counts.durable ?? null, events: total(counts), unknown: counts.unknown, invalid: counts.invalid, saved },
    behind,
  });
  if (stream === undefined) return { section: section(null), problems: [] };
  // Counts of an earlier stream (recreated since): none of this stream's messages is counted yet.
  const sameStream = counts.stream === undefined || counts.stream === stream.created;
  const counted = sameStream ? counts.sequence : 0;
  const last = stream.state.last_seq;
  const problems: DoctorProblem[] = [];
  if (counted > last) {
    problems.push({
      check: 'stats',
      code: 'stats-ahead',
      message: `the counts in ${bucket}/${key} include stream sequence ${counted}, but ${DEFAULT_STREAM_NAME} ends at ${last}: they belong to another stream (recreated without the stats service noticing); its messages up to ${counted} would be acked without being counted`,
      fix: `restart \`mayastor-events stats\` (it compares the stream's creation time with the one saved with the counts); if the counts carry none, delete the key (\`nats kv del ${bucket} ${key}\`) to count from zero`,
    });
    return { section: section(0), problems };
  }
  const behind = last - counted;
  const idle = secondsBetween(saved, context.now);
  if (behind > 0 && idle >= context.stalledAfter) {
    const found = context.consumerExists ? `its consumer ${consumer} (above)` : `there is no consumer ${consumer} on ${DEFAULT_STREAM_NAME}`;
    problems.push({
      check: 'stats',
      code: 'stats-behind',
      message:
        `the counts in ${bucket}/${key} include stream sequence ${counts.sequence}${sameStream ? '' : ` of an earlier stream (created ${counts.stream})`}, ${DEFAULT_STREAM_NAME} ends at ${last}: ` +
        `up to ${behind} message(s) not counted, and the counts were last saved ${formatDuration(idle)} ago; ${found}`,
      fix: `check that \`mayastor-events stats\` runs against this server (its log, and /readyz) and that consumer ${consumer} makes progress`,
    });
  }
  return { section: section(behind), problems };
}
