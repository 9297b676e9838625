// Fabricators: complete, valid, realistic events for unit tests, reproducible from a seed.
import {
  EventValidationError,
  MayastorEventsError,
  catalogEntry,
  createEvent,
  encodeToString,
  isEventKey,
  timestampFromEpochNanos,
  timestampToEpochNanos,
  validateEvent,
  type CatalogEvent,
  type CreateEventInput,
  type EventKey,
  type EventMap,
  type ValidationIssue,
} from 'mayastor-events';
import { realClock, steppingClock, type Clock } from './clock.js';
import { describeValue } from './describe-value.js';
import { isPlainObject, mergeOverrides, type EventOverrides } from './overrides.js';
import { createRandom, type Random, type Seed } from './random.js';
import { recipes, type Fabricated, type RecipeContext } from './recipes.js';
import { detailsMembers, schemaOf } from './shape.js';
import { createCluster, type Cluster } from './values.js';

/** The time of the first event of a seeded fabricator when no `now` is given. */
export const DEFAULT_FABRICATOR_NOW = '2024-05-01T10:20:30Z';

/** Options of {@link createFabricator}. */
export interface FabricatorOptions {
  /**
   * Makes the fabricator deterministic: the same seed gives the same events, byte for byte, on
   * every machine. Any finite number or string (`1` and `"1"` are the same seed).
   * @default a random seed, readable as `fabricator.seed` (print it to replay a failing test)
   */
  seed?: Seed;
  /**
   * When the first event happens (a Date, or a timestamp in any RFC 3339 form). Each later event
   * happens a seeded step of 1 ms to 2 s after the one before, and its timestamp is written with
   * 0, 3, 6 or 9 fraction digits (rounded down, never to or before the previous one).
   * @default `DEFAULT_FABRICATOR_NOW` when `seed` is set, so that the output is reproducible; otherwise the real clock
   * @example { seed: 7, now: '2025-01-31T08:00:00Z' }
   */
  now?: Date | string;
}

/** A source of realistic events, deterministic when seeded. */
export interface Fabricator {
  /** The seed in use (the one given, or the random one chosen). */
  readonly seed: Seed;
  /** The nodes and pools the events refer to (three to six io-engine nodes, drawn from the seed). */
  readonly cluster: Cluster;
  /** The seeded source the events are drawn from, for tests that need more seeded choices. */
  readonly random: Random;
  /**
   * A complete, valid event `key` with realistic values, then `overrides` merged in deeply.
   * Throws an `EventValidationError` when the overrides make the event invalid.
   *
   * @example
   * const event = fabricator.fabricate('nexus.rebuildEnd', {
   *   metadata: { source: { event_details: { rebuild_details: { rebuild_status: RebuildStatus.Failed, error: 'I/O error' } } } },
   * });
   */
  fabricate<K extends EventKey>(key: K, overrides?: EventOverrides<K>): EventMap[K];
}

interface ResolvedFabricatorOptions {
  readonly seed: Seed;
  /** Epoch nanoseconds of the first event, or undefined to follow the real clock. */
  readonly start: bigint | undefined;
}

function startOf(now: Date | string): bigint {
  let start: bigint;
  if (now instanceof Date) {
    const millis = now.getTime();
    if (Number.isNaN(millis)) throw new MayastorEventsError('`now` is an invalid Date: pass a valid Date or a timestamp string');
    start = BigInt(millis) * 1_000_000n;
  } else {
    start = timestampToEpochNanos(now);
  }
  try {
    timestampFromEpochNanos(start);
  } catch (error) {
    // Said here rather than by the first event's timestamp, which would not name `now`.
    const reason = error instanceof Error ? error.message : String(error);
    const given = typeof now === 'string' ? JSON.stringify(now) : new Date(Number(start / 1_000_000n)).toISOString();
    throw new MayastorEventsError(`\`now\` ${given} cannot be an event's time: ${reason}`, { cause: error });
  }
  return start;
}

function resolveFabricatorOptions(options: FabricatorOptions): ResolvedFabricatorOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new MayastorEventsError('createFabricator takes an options object, e.g. createFabricator({ seed: 42 })');
  }
  const seeded = options.seed !== undefined;
  // Choosing a seed is the one place randomness comes from outside: the events themselves never read it.
  // Only a missing seed is chosen: `null` is refused below rather than silently unreproducible.
  const seed = seeded ? options.seed! : Math.floor(Math.random() * 0x1_0000_0000);
  createRandom(seed); // rejects a seed that is neither a finite number nor a string
  if (options.now !== undefined) return { seed, start: startOf(options.now) };
  return { seed, start: seeded ? startOf(DEFAULT_FABRICATOR_NOW) : undefined };
}

/** Throws an EventValidationError unless `event` is a valid event `key` that the strict writer can write. */
function validate(key: EventKey, event: unknown): void {
  const issues = validateEvent(key, event);
  if (issues.length > 0) throw new EventValidationError(issues, { key });
}

/**
 * The event a recipe describes, built as `createEvent` builds it (every details member in wire
 * order, null unless carried) and checked with `validateEvent`; `createEvent` runs when the
 * check fails, to report the problem in its words.
 */
function build<K extends EventKey>(key: K, made: Fabricated<K>, id: string, timestamp: string): EventMap[K] {
  const entry = catalogEntry(key);
  const details = made.details as Record<string, unknown> | undefined;
  const members = detailsMembers(key);
  const carried = details !== undefined && Object.values(details).some((value) => value != null);
  const event = {
    category: entry.category,
    action: entry.action,
    target: made.target,
    metadata: {
      id,
      source: {
        component: entry.component,
        node: made.node,
        event_details: carried ? Object.fromEntries(members.map((name) => [name, details[name] ?? null])) : null,
      },
      timestamp,
      version: 1,
    },
  };
  if (validateEvent(key, event).length === 0) return event as EventMap[K];
  const input = { target: made.target, node: made.node, id, timestamp, details: made.details };
  return createEvent(key, input as unknown as CreateEventInput<K>);
}

/** The target and node the overrides set, so that the recipe's details can refer to them. */
function hintsOf(overrides: unknown): Pick<RecipeContext, 'targetHint' | 'nodeHint'> {
  const o = overrides as { target?: unknown; metadata?: { source?: { node?: unknown } } } | undefined;
  const target = o?.target;
  const node = o?.metadata?.source?.node;
  return { targetHint: typeof target === 'string' ? target : undefined, nodeHint: typeof node === 'string' ? node : undefined };
}

/**
 * A fabricator of realistic events. Seeded, it is fully deterministic: no `Math.random`, no
 * `crypto.randomUUID`, no clock; ids are UUID v4 drawn from the seed, and time starts at `now`.
 *
 * @example
 * const fabricator = createFabricator({ seed: 42 });
 * const event = fabricator.fabricate('replica.create');
 * // the same seed gives the same bytes on every machine
 * encode(createFabricator({ seed: 42 }).fabricate('replica.create')); // equals encode(event)
 */
export function createFabricator(options: FabricatorOptions = {}): Fabricator {
  const { seed, start } = resolveFabricatorOptions(options);
  // Separate streams, so that the time line does not depend on which events were fabricated.
  const cluster = createCluster(createRandom(`${String(seed)}/cluster`));
  const clockRandom = createRandom(`${String(seed)}/clock`);
  const clock: Clock = start === undefined ? realClock(clockRandom) : steppingClock(start, clockRandom);
  const random = createRandom(seed);

  function fabricateEvent<K extends EventKey>(key: K, overrides?: EventOverrides<K>): EventMap[K] {
    if (!isEventKey(key)) {
      throw new MayastorEventsError(`unknown event key ${JSON.stringify(key)}: use a catalogued key such as 'volume.create'`);
    }
    if (overrides !== undefined && !isPlainObject(overrides)) {
      // Merged, anything but a plain object would replace the whole event.
      throw new EventValidationError([{ path: '', message: `overrides must be a plain object (any part of the event), got ${describeValue(overrides)}` }], { key });
    }
    const at = clock.tick();
    const id = random.uuid();
    const made = recipes[key]({ random, cluster, at, ...hintsOf(overrides) });
    const event = build(key, made, id, at.timestamp);
    if (overrides === undefined) return event;
    const merged = mergeOverrides(event, overrides, schemaOf(key));
    validate(key, merged);
    return merged as EventMap[K];
  }

  return { seed, cluster, random, fabricate: fabricateEvent };
}

let shared: Fabricator | undefined;

/**
 * A complete, valid event `key` with realistic values and the current time, from a shared
 * fabricator with a random seed; `overrides` are merged in deeply and the result is validated.
 * Use `createFabricator({ seed })` when a test must be reproducible.
 *
 * @example
 * const event = fabricate('highAvailability.switchOver', { target: volumeUuid });
 * await handler(event);
 */
export function fabricate<K extends EventKey>(key: K, overrides?: EventOverrides<K>): EventMap[K] {
  shared ??= createFabricator();
  return shared.fabricate(key, overrides);
}
