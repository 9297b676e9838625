// fast-check arbitraries of valid events and of invalid messages. fast-check is an optional peer
// dependency: this module never imports it at run time (only its types), the caller hands in the
// fast-check module it uses, so importing `mayastor-events/testing` works without it installed,
// and the arbitraries belong to the caller's own fast-check instance (v3 or v4).
import type * as FastCheck from 'fast-check';
import type { Arbitrary } from 'fast-check';
import {
  MayastorEventsError,
  catalog,
  formatTimestamp,
  isEventKey,
  parseTimestamp,
  type CatalogEvent,
  type EventKey,
  type EventMap,
} from 'mayastor-events';
import { DEFAULT_FABRICATOR_NOW, createFabricator } from './fabricate.js';
import { describeValue } from './describe-value.js';
import { planMutations, type InvalidMutation } from './mutations.js';
import { detailsMembers, memberSites, type MemberSite } from './shape.js';

/** The parts of the fast-check module the arbitraries are built from (pass `fc` itself). */
export type FastCheckApi = Pick<
  typeof FastCheck,
  'array' | 'bigInt' | 'boolean' | 'constantFrom' | 'integer' | 'nat' | 'oneof' | 'option' | 'string' | 'tuple'
>;

/** The functions of fast-check that {@link eventArbitraries} calls (the names of `FastCheckApi`). */
const FAST_CHECK_PARTS = ['array', 'bigInt', 'boolean', 'constantFrom', 'integer', 'nat', 'oneof', 'option', 'string', 'tuple'] as const satisfies readonly (keyof FastCheckApi)[];

/** fast-check arbitraries of catalogued events, built by {@link eventArbitraries}. */
export interface EventArbitraries {
  /** Any catalogued event key. */
  readonly key: Arbitrary<EventKey>;
  /**
   * Any valid event `key`: a realistic fabricated event with, now and then, members pushed to
   * edge values (unicode and escape-heavy strings, timestamps across chrono's whole range with
   * 0, 3, 6 or 9 fraction digits, u64 values past 2^53, every known component, an all-null details object).
   */
  event<K extends EventKey>(key: K): Arbitrary<EventMap[K]>;
  /** Any valid catalogued event. */
  readonly anyEvent: Arbitrary<CatalogEvent>;
  /** A valid event (of `key`, or of any key) with one member broken; `decode` reports it `invalid` at `path`. */
  invalidMutation(key?: EventKey): Arbitrary<InvalidMutation>;
}

const TWO_64 = 1n << 64n;

/** A key as an error message shows it (a JS caller may pass anything). */
function show(key: unknown): string {
  return typeof key === 'string' ? JSON.stringify(key) : String(key);
}
// Strings whose escaping or encoding a codec can get wrong.
const AWKWARD_STRINGS = [
  ...['', ' ', '"', '\\', '/', '{"a":1}', 'null'],
  ...['\u0000', '\u001f', '\u007f', '\u2028\u2029'],
  ...['é', 'ﬀ', '😀', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08'],
];
const UNITS = [1_000_000_000, 1_000_000, 1_000, 1] as const; // 0, 3, 6, 9 fraction digits
const MIN_SECONDS = parseTimestamp('-262144-01-01T00:00:00Z')!.seconds; // the years chrono 0.4.31 writes, both ends
const MAX_SECONDS = parseTimestamp('+262143-12-31T23:59:59Z')!.seconds;
const RECENT_MIN = parseTimestamp('2015-01-01T00:00:00Z')!.seconds;
const RECENT_MAX = parseTimestamp('2035-01-01T00:00:00Z')!.seconds;

/** Everything that varies a fabricated event, drawn by fast-check so that it shrinks. */
interface Variation {
  readonly seed: number;
  readonly strings: readonly (readonly [number, string])[];
  readonly timestamps: readonly (readonly [number, string])[];
  readonly integers: readonly (readonly [number, bigint])[];
  readonly component: number | undefined;
  readonly allNullDetails: boolean;
}

function setAt(event: CatalogEvent, path: readonly string[], value: unknown): void {
  let node = event as unknown as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

/** Applies the edge values of `variation` to the members of a freshly fabricated `event`. */
function vary<K extends EventKey>(key: K, event: EventMap[K], variation: Variation): EventMap[K] {
  const sites = memberSites(event);
  const pick = (kind: MemberSite['kind'], filter: (site: MemberSite) => boolean = () => true): MemberSite[] =>
    sites.filter((site) => site.kind === kind && filter(site));
  const strings = pick('string');
  for (const [index, text] of variation.strings) setAt(event, strings[index % strings.length]!.path, text);
  const timestamps = pick('timestamp');
  for (const [index, text] of variation.timestamps) setAt(event, timestamps[index % timestamps.length]!.path, text);
  // Counts and durations (not enums, which must stay known numbers).
  const counts = pick('integer', (site) => site.allowed === undefined);
  for (const [index, raw] of variation.integers) {
    const site = counts[index % counts.length];
    if (site === undefined) continue;
    const value = raw % ((site.max ?? 0n) + 1n);
    setAt(event, site.path, value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value);
  }
  const component = pick('integer', (site) => site.pointer === '/metadata/source/component')[0];
  if (variation.component !== undefined && component?.allowed !== undefined) {
    setAt(event, component.path, component.allowed[variation.component % component.allowed.length]);
  }
  const source = event.metadata.source as { event_details: unknown };
  if (variation.allNullDetails && source.event_details === null) {
    // An event without details may also carry them as an object whose members are all null.
    source.event_details = Object.fromEntries(detailsMembers(key).map((name) => [name, null]));
  }
  return event;
}

/**
 * fast-check arbitraries of valid catalogued events and of invalid messages, built on the
 * fast-check module you pass (v3 or v4), so that fast-check stays an optional dependency.
 *
 * @example
 * import fc from 'fast-check';
 * const arbitraries = eventArbitraries(fc);
 * fc.assert(fc.property(arbitraries.anyEvent, (event) => decode(encode(event)).kind === 'event'));
 * fc.assert(fc.property(arbitraries.invalidMutation(), (m) => {
 *   const result = decode(m.json);
 *   return result.kind === 'invalid' && result.error.path === m.path;
 * }));
 */
export function eventArbitraries(fc: FastCheckApi): EventArbitraries {
  const missing = FAST_CHECK_PARTS.filter((name) => typeof (fc as Partial<Record<string, unknown>> | null | undefined)?.[name] !== 'function');
  if (missing.length > 0) {
    throw new MayastorEventsError(
      `eventArbitraries takes the fast-check module (import fc from 'fast-check'; eventArbitraries(fc)), got ${describeValue(fc)} without ${missing.join(', ')}`,
    );
  }
  const codePoints = fc
    .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 12 })
    // Lone surrogates cannot travel as UTF-8: move them out of the surrogate block.
    .map((codes) => String.fromCodePoint(...codes.map((code) => (code >= 0xd800 && code <= 0xdfff ? code - 0x800 : code))));
  const text = fc.oneof(fc.string({ maxLength: 24 }), codePoints, fc.constantFrom(...AWKWARD_STRINGS));
  const timestamp = fc
    .tuple(
      fc.oneof(fc.bigInt({ min: RECENT_MIN, max: RECENT_MAX }), fc.bigInt({ min: MIN_SECONDS, max: MAX_SECONDS })),
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.constantFrom(...UNITS),
    )
    .map(([seconds, nanos, unit]) => formatTimestamp({ seconds, nanos: nanos - (nanos % unit) }));
  const u64 = fc.oneof(
    fc.bigInt({ min: 0n, max: 1000n }),
    fc.bigInt({ min: 0n, max: TWO_64 - 1n }),
    fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n, TWO_64 - 1n),
  );
  const variation = fc
    .tuple(
      fc.integer({ min: 0, max: 0x7fff_ffff }),
      fc.array(fc.tuple(fc.nat(), text), { maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(), timestamp), { maxLength: 2 }),
      fc.array(fc.tuple(fc.nat(), u64), { maxLength: 2 }),
      fc.option(fc.nat(), { nil: undefined }),
      fc.boolean(),
    )
    .map(([seed, strings, timestamps, integers, component, allNullDetails]): Variation => ({
      seed,
      strings,
      timestamps,
      integers,
      component,
      allNullDetails,
    }));

  const byKey = new Map<EventKey, Arbitrary<CatalogEvent>>();
  function event<K extends EventKey>(key: K): Arbitrary<EventMap[K]> {
    // Refused now, not when fast-check first draws from it.
    if (!isEventKey(key)) throw new MayastorEventsError(`unknown event key ${show(key)}: use a catalogued key such as 'volume.create'`);
    let arbitrary = byKey.get(key);
    if (arbitrary === undefined) {
      arbitrary = variation.map((v) => vary(key, createFabricator({ seed: v.seed, now: DEFAULT_FABRICATOR_NOW }).fabricate(key), v));
      byKey.set(key, arbitrary);
    }
    return arbitrary as Arbitrary<EventMap[K]>;
  }

  const keys = catalog.map((entry) => entry.key);
  const anyEvent = fc.oneof(...keys.map((key) => event(key) as Arbitrary<CatalogEvent>));
  return {
    key: fc.constantFrom(...keys),
    event,
    anyEvent,
    invalidMutation(key?: EventKey): Arbitrary<InvalidMutation> {
      return fc.tuple(key === undefined ? anyEvent : event(key), fc.nat()).map(([valid, index]) => {
        const mutations = planMutations(valid);
        return mutations[index % mutations.length]!.build();
      });
    },
  };
}
