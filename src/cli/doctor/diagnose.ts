// The facts judged, part by part, into the one report both outputs show.
import type { Facts } from './collect.js';
import { judgeConsumer } from './consumers.js';
import { judgeClock, judgeMessages } from './messages.js';
import { DOCTOR_REPORT_VERSION, type ConsumerSection, type DoctorProblem, type DoctorReport } from './report.js';
import { judgeStats } from './stats.js';
import { judgeStream } from './stream.js';

/** How doctor judges (resolved from the flags). */
export interface DoctorSettings {
  /** Newest stored messages to decode. */
  readonly sample: number;
  /** Seconds without ack progress (or a saved count) while messages wait that make a consumer (or the counts) stalled. */
  readonly stalledAfter: number;
  /** Seconds of skew between an event's timestamp and its storing beyond which a node's clock is a problem. */
  readonly maxSkew: number;
  readonly bucket: string;
  readonly key: string;
  /** The durable consumer of `mayastor-events stats` (its `--durable`): the consumer checked as the stats one. */
  readonly durable: string;
}

/** The report of `facts` read from the server at `url`. */
export function diagnose(facts: Facts, url: string, settings: DoctorSettings): DoctorReport {
  const problems: DoctorProblem[] = [];
  // `healthy` second in the document, where a reader looks first.
  const base = {
    version: DOCTOR_REPORT_VERSION,
    healthy: false,
    server: { url, version: facts.serverVersion, now: facts.now.toISOString(), now_from: facts.nowFrom },
    settings: { sample: settings.sample, stalled_after_seconds: settings.stalledAfter, max_skew_seconds: settings.maxSkew },
  };
  if (facts.jetstreamError !== undefined) {
    problems.push({
      check: 'jetstream',
      code: 'jetstream-unavailable',
      message: `JetStream does not answer: ${facts.jetstreamError}`,
      fix: 'enable JetStream on the server (`-js`, or `jetstream {}` in its config) or connect with the account the Mayastor services use (--user, --token, --creds)',
    });
    return { ...base, healthy: false, problems, stream: null, consumers: null, messages: null, clock: null, stats: null };
  }
  const stream = judgeStream(facts.stream, facts.overlapping);
  problems.push(...stream.problems);
  const statsCounted = facts.stats?.exists === true && facts.stats.entry !== null;
  let consumers: ConsumerSection[] | null = null;
  if (facts.stream !== undefined) {
    consumers = [];
    for (const info of facts.consumers) {
      const judged = judgeConsumer(info, { now: facts.now, stalledAfter: settings.stalledAfter, statsCounted, bucket: settings.bucket, statsDurable: settings.durable, oldestWaiting: facts.oldestWaiting.get(info.name) });
      consumers.push(judged.section);
      problems.push(...judged.problems);
    }
  }
  const messages = facts.stream === undefined ? undefined : judgeMessages(facts.sample);
  const clock = messages === undefined ? undefined : judgeClock(messages.events, settings.maxSkew);
  problems.push(...(messages?.problems ?? []), ...(clock?.problems ?? []));
  const stats =
    facts.stats === undefined
      ? undefined
      : judgeStats(facts.stats, {
          bucket: settings.bucket,
          key: settings.key,
          consumer: settings.durable,
          stream: facts.stream,
          now: facts.now,
          stalledAfter: settings.stalledAfter,
          consumerExists: facts.consumers.some((info) => info.name === settings.durable),
        });
  problems.push(...(stats?.problems ?? []));
  return {
    ...base,
    healthy: problems.length === 0,
    problems,
    stream: stream.section,
    consumers,
    messages: messages?.section ?? null,
    clock: clock?.section ?? null,
    stats: stats?.section ?? null,
  };
}
