// What `mayastor-events doctor` found, as one document: the shape `--json` prints (stable: fields
// are added, never renamed or removed, while `version` stays 1) and the human output renders.
// Producer-written strings (subjects, nodes, reasons) are kept as they are here; the human
// renderer escapes them.

/** The version of the `--json` document. */
export const DOCTOR_REPORT_VERSION = 1 as const;

/** The parts of the check, in the order they are reported. */
export type DoctorCheck = 'jetstream' | 'stream' | 'consumers' | 'messages' | 'clock' | 'stats';

/** What a problem is, one stable identifier each (scripts match on these). */
export type ProblemCode =
  | 'jetstream-unavailable'
  | 'stream-missing'
  | 'stream-storage'
  | 'stream-subjects'
  | 'stream-max-bytes'
  | 'stream-max-msgs-per-subject'
  | 'stream-replica-not-current'
  | 'consumer-stalled'
  | 'stats-consumer-collision'
  | 'messages-invalid'
  | 'messages-unknown'
  | 'clock-skew'
  | 'stats-behind'
  | 'stats-ahead'
  | 'stats-unreadable';

/** One problem: what is wrong, and what to do about it. */
export interface DoctorProblem {
  readonly check: DoctorCheck;
  readonly code: ProblemCode;
  /** The thing it is about when there are several of its kind: a consumer's name, a node. */
  readonly about?: string;
  /** What is wrong, one sentence. */
  readonly message: string;
  /** What to do, one sentence (commands in backquotes). */
  readonly fix: string;
}

/** The stream settings the Mayastor services give `events-stream` when they create it. */
export interface StreamSettings {
  readonly storage: string;
  readonly subjects: readonly string[];
  readonly max_bytes: number;
  readonly max_msgs_per_subject: number;
  readonly replicas: number;
}

/** The events stream as found. */
export type StreamSection =
  | {
      readonly exists: false;
      readonly name: string;
      /** Other streams that take subjects under `events.>` (they keep the services from creating events-stream). */
      readonly overlapping: readonly string[];
    }
  | {
      readonly exists: true;
      readonly name: string;
      readonly created: string;
      readonly config: StreamSettings;
      /** What the Rust services create (replicas: upstream's 3). */
      readonly expected: StreamSettings;
      /** The stream's RAFT group in a cluster; null on a single server. */
      readonly cluster: {
        readonly name: string | null;
        /** The server leading the stream, null when none does. */
        readonly leader: string | null;
        /** The other servers holding a replica. */
        readonly replicas: readonly {
          readonly name: string;
          readonly current: boolean;
          readonly offline: boolean;
          /** Seconds since the leader last heard from it. */
          readonly last_seen_seconds: number;
          /** Operations it is behind, when the server tells. */
          readonly lag: number | null;
        }[];
      } | null;
      readonly state: {
        readonly messages: number;
        readonly bytes: number;
        readonly first_seq: number;
        readonly last_seq: number;
        readonly consumer_count: number;
      };
    };

/** How a consumer relates to the name upstream's stats service uses. */
export type StatsConsumerRole =
  /** Upstream's call-home stats consumer: push, deliver all, max_ack_pending 1, every event. */
  | 'upstream'
  /** The pull consumer of `mayastor-events stats` (its counts are in the stats bucket). */
  | 'mayastor-events-stats'
  /** Something else under that name: neither service can use it as it expects. */
  | 'collision';

/** One consumer on the events stream. */
export interface ConsumerSection {
  readonly name: string;
  readonly kind: 'push' | 'pull';
  readonly durable: boolean;
  /** The subjects it takes; null without a filter (every subject of the stream). */
  readonly filter: string | null;
  readonly deliver_policy: string;
  readonly ack_policy: string;
  readonly max_ack_pending: number | null;
  /** Stored messages not delivered to it yet (num_pending). */
  readonly pending: number;
  /** Delivered, not acknowledged yet (num_ack_pending). */
  readonly ack_pending: number;
  /** The stream sequence below which every message is acknowledged. */
  readonly ack_floor: number;
  /** The last stream sequence delivered. */
  readonly delivered: number;
  /** Messages delivered more than once (num_redelivered). */
  readonly redelivered: number;
  /** Pull requests waiting (pull consumers). */
  readonly waiting: number;
  /** Whether a subscriber is bound (push consumers; null for pull). */
  readonly push_bound: boolean | null;
  readonly created: string;
  /** When it last delivered a message, null when never. */
  readonly last_delivered: string | null;
  /** When it last advanced its ack floor, null when never. */
  readonly last_acked: string | null;
  /**
   * When the oldest message waiting for it was stored: the first message stored after its ack
   * floor on a subject it takes (its filter, or any subject without one); null when none waits,
   * or no such message is stored any more (replaced on its subject or discarded for space).
   * With acks out of order (messages after the ack floor acked one by one) that message may be
   * acked already, which consumer info cannot tell: the age it gives is an upper bound.
   */
  readonly oldest_waiting: string | null;
  /** Pending work and no ack progress for `stalled_after_seconds` (see the help). */
  readonly stalled: boolean;
  /** Set for the consumer named `stats-events-consumer` (upstream's name) and for the one named by `--durable`, when it differs. */
  readonly stats_role: StatsConsumerRole | null;
}

/** A message of the sample that is not a catalogued event. */
export interface SampledMessage {
  readonly sequence: number;
  readonly subject: string;
  /** Why it is not a catalogued event. */
  readonly reason: string;
  /** Unknown: `uncatalogued-pair` or `uncatalogued-form`; invalid: utf8, syntax, schema, internal. */
  readonly code: string;
  /** Invalid: JSON Pointer of the offending member (`""` for the whole message). */
  readonly path?: string;
}

/** The stored messages read back and decoded. */
export interface MessagesSection {
  /** Messages read (the newest ones, up to `--sample`). */
  readonly sampled: number;
  readonly first_sequence: number | null;
  readonly last_sequence: number | null;
  readonly events: number;
  readonly unknown: number;
  readonly invalid: number;
  /** The first (lowest sequence) few of each, up to 5. */
  readonly first_unknown: readonly SampledMessage[];
  readonly first_invalid: readonly SampledMessage[];
}

/** The skew of one node's events: the server's time of storing minus the event's timestamp. */
export interface NodeSkew {
  /** `metadata.source.node` (`""` for events without a node, as control-plane events often are). */
  readonly node: string;
  readonly events: number;
  /** The largest skew by size, in seconds (positive: stamped before the server stored it). */
  readonly max_skew_seconds: number;
}

/** Event timestamps against the server's clock, over the sampled events. */
export interface ClockSection {
  /** Sampled events (catalogued or unknown) with a timestamp. */
  readonly compared: number;
  /** The newest of them, null when none. */
  readonly newest: {
    readonly sequence: number;
    readonly node: string;
    readonly timestamp: string;
    readonly stored: string;
    readonly skew_seconds: number;
  } | null;
  readonly nodes: readonly NodeSkew[];
  readonly max_skew_seconds: number;
}

/** The counts of `mayastor-events stats` in its key-value bucket. */
export type StatsSection =
  | { readonly bucket: string; readonly key: string; readonly consumer: string; readonly exists: false }
  | {
      readonly bucket: string;
      readonly key: string;
      /** The durable consumer of `mayastor-events stats` whose progress the counts follow (`--durable`). */
      readonly consumer: string;
      readonly exists: true;
      /** Null when the bucket has no counts under the key (yet), or they cannot be read. */
      readonly counts: {
        /** The last stream sequence counted. */
        readonly sequence: number;
        /** The creation time of the stream the counts refer to, when saved. */
        readonly stream: string | null;
        /** The durable consumer that counts them (a stats service under another name refuses them); null in counts saved before it was recorded. */
        readonly durable: string | null;
        readonly events: number;
        readonly unknown: number;
        readonly invalid: number;
        readonly saved: string;
      } | null;
      /** Stream messages not counted yet (the stream's last sequence minus the counted one); null without counts or stream. */
      readonly behind: number | null;
    };

/** The whole report: `--json` prints exactly this. */
export interface DoctorReport {
  readonly version: typeof DOCTOR_REPORT_VERSION;
  /** No problems found. */
  readonly healthy: boolean;
  readonly server: {
    readonly url: string;
    readonly version: string;
    /** Where "now" came from for ages (stalled consumers, saved counts): the server's clock (nats-server 2.10+), else this machine's. */
    readonly now: string;
    readonly now_from: 'server' | 'local';
  };
  readonly settings: {
    readonly sample: number;
    readonly stalled_after_seconds: number;
    readonly max_skew_seconds: number;
  };
  readonly problems: readonly DoctorProblem[];
  /** Null when JetStream does not answer. */
  readonly stream: StreamSection | null;
  /** Null without a stream. */
  readonly consumers: readonly ConsumerSection[] | null;
  readonly messages: MessagesSection | null;
  readonly clock: ClockSection | null;
  readonly stats: StatsSection | null;
}

/** What `--json` prints when doctor cannot connect (exit status 2). */
export interface DoctorConnectFailure {
  readonly version: typeof DOCTOR_REPORT_VERSION;
  readonly healthy: false;
  readonly error: { readonly code: 'cannot-connect'; readonly message: string };
}
