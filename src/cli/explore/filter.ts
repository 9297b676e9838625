// The page's filters, read from its URL (`?pattern=nexus.*&target=<uuid>&node=…&since=…&until=…`)
// and applied on the server, so that a shared URL shows the same view.
import { isSubjectPattern, matchesPattern, timestampToDate } from 'mayastor-events';
import type { ExploreRecord } from './protocol.js';

/** What the page shows: every member optional, all given ones must match. */
export interface ExploreFilter {
  /** Subject key patterns as handlers take them (`nexus.*`, `*.create`, `>`), any of them; invalid messages have no key and pass. */
  readonly patterns: readonly string[];
  /** Text searched anywhere in the message (a volume, nexus, replica or pool id), any letter case. */
  readonly target: string;
  /** The event's node, exactly. */
  readonly node: string;
  /** Events at or after this time (epoch ms). */
  readonly since: number | null;
  /** Events at or before this time (epoch ms). */
  readonly until: number | null;
}

/** The filter that lets everything through. */
export const NO_FILTER: ExploreFilter = { patterns: [], target: '', node: '', since: null, until: null };

/**
 * A time of the URL in epoch ms, or what is wrong with it. `+` in a query is a space to
 * URLSearchParams, and the page writes a typed space so; but a time typed or shared as
 * `…T12:00:00+02:00` means a plus there: `literal` is the value read with every `+` as a plus,
 * tried when the usual reading is not a time. The two never both read as different times: a `+`
 * stands in a time before a year or an offset, where a space means the same or is refused.
 */
function timeParam(name: string, text: string, literal: string): number | string {
  for (const candidate of text === literal ? [text] : [text, literal]) {
    try {
      return timestampToDate(candidate).getTime();
    } catch {
      // Not a time this way: the other reading, or the error below.
    }
  }
  return `${name}: expected an RFC 3339 time such as 2024-05-01T10:20:30Z, got ${JSON.stringify(text)}`;
}

/**
 * Reads the filter from URL parameters, or from the query itself (`?pattern=…`, which keeps a
 * time's `+` offset: see timeParam); a string is what is wrong with them, to show on the page.
 */
export function parseFilter(query: URLSearchParams | string): ExploreFilter | string {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const literal = typeof query === 'string' ? new URLSearchParams(query.replaceAll('+', '%2B')) : query;
  const patterns = (params.get('pattern') ?? '')
    .split(',')
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern !== '');
  for (const pattern of patterns) {
    if (!isSubjectPattern(pattern)) {
      return `pattern: ${JSON.stringify(pattern)} is not a subject key pattern: expected a key such as volume.create or a wildcard (nexus.*, *.create, >)`;
    }
  }
  const time = (name: 'since' | 'until'): number | string | null => {
    const text = params.get(name)?.trim() ?? '';
    return text === '' ? null : timeParam(name, text, literal.get(name)?.trim() ?? '');
  };
  const sinceMs = time('since');
  if (typeof sinceMs === 'string') return sinceMs;
  const untilMs = time('until');
  if (typeof untilMs === 'string') return untilMs;
  return {
    patterns,
    target: (params.get('target') ?? '').trim().toLowerCase(),
    node: (params.get('node') ?? '').trim(),
    since: sinceMs,
    until: untilMs,
  };
}

/** True when the record is in the view the filter describes. */
export function matchesFilter(record: ExploreRecord, filter: ExploreFilter): boolean {
  if (filter.patterns.length > 0 && record.kind !== 'invalid' && !filter.patterns.some((pattern) => matchesPattern(pattern, record.key))) return false;
  if (filter.node !== '' && record.node !== filter.node) return false;
  if (filter.since !== null && (record.ms === null || record.ms < filter.since)) return false;
  if (filter.until !== null && (record.ms === null || record.ms > filter.until)) return false;
  if (filter.target !== '' && !mentions(record, filter.target)) return false;
  return true;
}

/**
 * True when `text` (lower case) is in one of the event's string values, whatever the member (a
 * volume, nexus, replica or pool id in the target or the details); in the raw text of an invalid
 * message. Values, not the JSON text: a value with quotes or escapes is written differently there.
 */
export function mentions(record: ExploreRecord, text: string): boolean {
  if (record.event === null) return record.raw.toLowerCase().includes(text);
  const pending: unknown[] = [record.event];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.toLowerCase().includes(text)) return true;
    } else if (value !== null && typeof value === 'object') {
      pending.push(...Object.values(value));
    }
  }
  return false;
}
