// Realistic sample messages for every catalogued event, written the way the Rust services write
// them: every member present in wire order, null where absent, integer enums, chrono timestamps.
import { fileURLToPath } from 'node:url';
import { loadCatalog, type CatalogModel, type EventModel, type MemberType, type MessageModel } from '../../scripts/generate/model.ts';

/** The catalog model the samples are built from. */
export const catalog: CatalogModel = loadCatalog(fileURLToPath(new URL('../../schemas/catalog.yaml', import.meta.url)));

/** The timestamp of every sample, in the form chrono writes (9 fraction digits, `Z`). */
export const SAMPLE_TIMESTAMP = '2024-05-01T10:20:30.123456789Z';
const CREATE_TIME = '2024-10-23 16:26:38.123456789 UTC';

/** Options of {@link sampleMessage}. */
export interface SampleOptions {
  /**
   * Also fill the event's optional details (e.g. `action_duration_details` of `nexus.subsystemPause`).
   * @default false
   */
  optional?: boolean;
}

/** A deterministic UUID v4 derived from `seed` (FNV-1a), so that samples are stable across runs. */
export function sampleUuid(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  const v = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 32)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}

function eventOf(key: string): EventModel {
  const event = catalog.events.find((e) => e.key === key);
  if (!event) throw new Error(`no catalogued event ${key}`);
  return event;
}

/** The target the services write for this event, read from the catalog's target text. */
function sampleTarget(event: EventModel): string {
  const t = event.target;
  if (t.startsWith('empty')) return '';
  if (t.startsWith('pool name')) return 'pool-node-1';
  if (t.startsWith('node id')) return 'node-1';
  if (t.startsWith('io-engine instance name')) return 'mayastor';
  if (t.startsWith('reactor thread id')) return '7';
  return sampleUuid(`${event.key}:target`);
}

interface Context {
  event: EventModel;
  target: string;
}

type Plausible = (ctx: Context) => unknown;

const nqn = (uuid: string): string => `nqn.2019-05.io.openebs:${uuid}`;
const nvmfUri = (uuid: string, host: string): string => `nvmf://${host}:8420/${nqn(uuid)}?uuid=${uuid}`;

/** Plausible values of details members by message and member; anything else gets a value by its type. */
const PLAUSIBLE: Record<string, Record<string, Plausible>> = {
  RebuildEventDetails: {
    rebuild_status: ({ event }) => (event.action.name === 'RebuildBegin' ? 1 : 2),
    source_replica: ({ event }) => nvmfUri(sampleUuid(`${event.key}:healthy`), '10.1.0.5'),
    destination_replica: ({ event }) => `bdev:///${sampleUuid(`${event.key}:rebuilt`)}?uuid=${sampleUuid(`${event.key}:rebuilt`)}`,
  },
  ReplicaEventDetails: {
    pool_name: () => 'pool-node-1',
    pool_uuid: () => sampleUuid('pool-node-1'),
    replica_name: ({ target }) => target,
  },
  SwitchOverEventDetails: {
    switch_over_status: () => 1,
    start_time: () => '2024-05-01T10:20:29.500Z',
    existing_nqn: ({ target }) => nqn(target),
    retry_count: () => 0,
  },
  NexusChildEventDetails: {
    uri: ({ event }) => nvmfUri(sampleUuid(`${event.key}:child`), '10.1.0.6'),
  },
  NvmePathEventDetails: {
    nqn: ({ target }) => nqn(target),
    path: ({ event, target }) =>
      event.action.name === 'NvmePathFix' ? nvmfUri(target, '10.1.0.7') : '/sys/devices/virtual/nvme-fabrics/ctl/nvme1',
  },
  HostInitiatorEventDetails: {
    host_nqn: () => `nqn.2014-08.org.nvmexpress:uuid:${sampleUuid('host-node-2')}`,
    subsystem_nqn: ({ event }) => nqn(sampleUuid(`${event.key}:nexus`)),
    target: () => 'nexus',
    uuid: ({ event }) => sampleUuid(`${event.key}:nexus`),
  },
  ReactorEventDetails: {
    lcore: () => 3,
    state: ({ event }) => (event.action.name === 'ReactorFreeze' ? 'frozen' : 'running'),
  },
  StateChangeEventDetails: {
    previous: () => 'Online',
    next: ({ event }) => (event.category.name === 'Node' ? 'Offline' : event.category.name === 'Nexus' ? 'Degraded' : 'Faulted'),
  },
  EventActionDuration: {
    time_taken: () => ({ seconds: 2, nanos: 500_000_000 }),
  },
  SnapshotEventDetails: {
    replica_id: ({ event }) => sampleUuid(`${event.key}:replica`),
    create_time: () => CREATE_TIME,
    volume_id: ({ event }) => sampleUuid(`${event.key}:volume`),
  },
  CloneEventDetails: {
    source_uuid: ({ event }) => sampleUuid(`${event.key}:snapshot`),
    create_time: () => CREATE_TIME,
  },
  ErrorDetails: {
    error: ({ event }) => `failed to ${event.action.name === 'Shutdown' ? 'destroy' : 'pause'} nexus: device busy`,
  },
  SubsystemPauseDetails: {
    nexus_pause_state: () => 'Paused',
  },
};

function messageOf(name: string): MessageModel {
  const message = catalog.messages.find((m) => m.name === name);
  if (!message) throw new Error(`no message ${name}`);
  return message;
}

function valueOf(type: MemberType, ctx: Context): unknown {
  switch (type.kind) {
    case 'string':
      return 'sample';
    case 'i32':
    case 'i64':
    case 'u64':
      return 0;
    case 'timestamp':
      return SAMPLE_TIMESTAMP;
    case 'enum': {
      const values = catalog.enums.find((e) => e.name === type.enumName)!.values;
      return (values.find((v) => v.value !== 0) ?? values[0]!).value;
    }
    case 'message':
      return messageValue(messageOf(type.messageName), ctx);
  }
}

/** A details message: plausible values where known, null for other nullable members. */
function messageValue(message: MessageModel, ctx: Context): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of message.members) {
    const plausible = PLAUSIBLE[message.name]?.[m.name];
    out[m.name] = plausible ? plausible(ctx) : m.nullable ? null : valueOf(m.type, ctx);
  }
  return out;
}

/**
 * The canonical message of a catalogued event (by subject key, e.g. `nexus.rebuildBegin`), as the
 * Rust services write it: every member present, `null` where absent, the event's required
 * details filled with plausible values and every other details member null.
 */
export function sampleMessage(key: string, options: SampleOptions = {}): Record<string, unknown> {
  const event = eventOf(key);
  const ctx: Context = { event, target: sampleTarget(event) };
  const eventDetails: Record<string, unknown> = {};
  for (const m of messageOf('EventDetails').members) {
    const carried = event.requiredDetails.includes(m.name) || (options.optional === true && event.optionalDetails.includes(m.name));
    eventDetails[m.name] = carried ? valueOf(m.type, ctx) : null;
  }
  return {
    category: event.category.value,
    action: event.action.value,
    target: ctx.target,
    metadata: {
      id: sampleUuid(`${key}:id`),
      source: {
        component: event.component.value,
        node: event.node === undefined ? 'node-1' : '',
        event_details: eventDetails,
      },
      timestamp: SAMPLE_TIMESTAMP,
      version: 1,
    },
  };
}
