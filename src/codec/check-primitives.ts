// The scalar checks and the wording that the generated event checks (src/generated/checks.ts)
// share. Each check gives the verdict of the TypeBox schema of the same type
// (src/schema/typebox.ts) on any value, so that the generated checks agree with the schemas.
import type { ValidationIssue } from '../errors.js';
import { I64_MAX, I64_MIN, U64_MAX } from '../schema/primitives.js';
import { pointerSegment } from './pointer.js';
import { isPlainCanonicalTimestamp, TIMESTAMP_SYNTAX_PATTERN } from './timestamp.js';

/** A generated check of one type: a quick verdict, and every problem when it fails. */
export interface Check<T> {
  /** True when `value` is a `T`; stops at the first problem and allocates nothing. */
  readonly test: (value: unknown) => value is T;
  /** Every problem of `value` as a `T`, one per path, in the order TypeBox lists them; empty when it is one. */
  readonly issues: (value: unknown) => ValidationIssue[];
}

/** How an issue about a member the event must not carry begins. */
export const MUST_BE_NULL = 'must be null for this event';
/** The issue of a member the event does not have. */
export const NOT_A_MEMBER = 'not a member of this event';

/** What a timestamp must be, for issues. */
export const TIMESTAMP_EXPECTED = 'an RFC 3339 timestamp such as 2024-05-01T10:20:30.123Z';
/** What a u64 must be, for issues. */
export const U64_EXPECTED = 'a u64: a safe non-negative integer, or a bigint up to 2^64 − 1';
/** What an i64 must be, for issues. */
export const I64_EXPECTED = 'an i64: a safe integer, or a bigint from −2^63 to 2^63 − 1';
/** What an i32 must be, for issues. */
export const I32_EXPECTED = 'an integer in the i32 range';

// The pattern TypeBox compiles for the Timestamp schema, with the same (absent) flags: syntax only.
// Whether the date exists is the reader's concern (decode) and the writer's (encode, createEvent).
const TIMESTAMP_SYNTAX = new RegExp(TIMESTAMP_SYNTAX_PATTERN);

/** A string in the syntax of a timestamp the Rust services read (TypeBox's `Timestamp`). */
export function isTimestampSyntax(value: unknown): boolean {
  // What the services write is in that syntax; checking it character by character is ~10× quicker.
  return typeof value === 'string' && (isPlainCanonicalTimestamp(value) || TIMESTAMP_SYNTAX.test(value));
}

/** An integer in the i32 range (TypeBox's `I32`: -0 included, as `Number.isInteger` says). */
export function isInt32(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= -2_147_483_648 && (value as number) <= 2_147_483_647;
}

/** An integer from `lo` to `hi` (known enum numbers: TypeBox's union of their literals). */
export function isIntIn(value: unknown, lo: number, hi: number): boolean {
  return Number.isInteger(value) && (value as number) >= lo && (value as number) <= hi;
}

/** A u64: a safe non-negative integer or a bigint up to 2^64 − 1 (TypeBox's `U64`). */
export function isU64(value: unknown): boolean {
  if (typeof value === 'bigint') return value >= 0n && value <= U64_MAX;
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= Number.MAX_SAFE_INTEGER;
}

/** An i64: a safe integer or a bigint in the i64 range (TypeBox's `I64`). */
export function isI64(value: unknown): boolean {
  if (typeof value === 'bigint') return value >= I64_MIN && value <= I64_MAX;
  return Number.isInteger(value) && (value as number) >= Number.MIN_SAFE_INTEGER && (value as number) <= Number.MAX_SAFE_INTEGER;
}

/** An object that is not an array (TypeBox's object test). */
export function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How many members `value` has. With every known member checked, a count equal to the number of
 * known members means no other member: TypeBox's `additionalProperties: false`, without
 * allocating (it counts with `Object.getOwnPropertyNames`: the two agree on every plain object).
 */
export function memberCount(value: object): number {
  let n = 0;
  for (const _ in value) n++;
  return n;
}

/** A value as an issue shows it: strings quoted and cut at 40 characters, bigints with `n`. */
export function show(value: unknown): string {
  switch (typeof value) {
    case 'bigint':
      return `${value}n`;
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return String(value);
  }
}

/** `expected <what>, got <value>`. */
export function expected(what: string, value: unknown): string {
  return `${what === 'null' ? MUST_BE_NULL : `expected ${what}`}, got ${show(value)}`;
}

/** One member of an object as its issues name it: the member, and what it must hold. */
export type MemberRule = readonly [name: string, expected: string];

/**
 * The issues of `value` as an object with exactly `members`, in TypeBox's order: not an object
 * (then nothing else), each missing member, each unknown member. True when `value` is an object,
 * so that the caller goes on with the members it holds.
 */
export function objectIssues(
  value: unknown,
  path: string,
  what: string,
  members: readonly MemberRule[],
  out: ValidationIssue[],
): value is Record<string, unknown> {
  if (!isObjectLike(value)) {
    out.push({ path, message: expected(what, value) });
    return false;
  }
  for (const [name, rule] of members) {
    if (!Object.hasOwn(value, name)) out.push({ path: `${path}/${name}`, message: `expected ${rule}, got nothing` });
  }
  for (const name in value) {
    if (!members.some((member) => member[0] === name)) out.push({ path: `${path}/${pointerSegment(name)}`, message: NOT_A_MEMBER });
  }
  return true;
}

/** Pushes the issue of member `rule` of `value` when it is present and not `ok` (a missing one is objectIssues' to say). */
export function memberIssue(value: Record<string, unknown>, path: string, rule: MemberRule, ok: boolean, out: ValidationIssue[]): void {
  if (!ok && Object.hasOwn(value, rule[0])) out.push({ path: `${path}/${rule[0]}`, message: expected(rule[1], value[rule[0]]) });
}

/**
 * What the shared envelope checks need to know of one catalogued event: its numbers, and how it
 * carries each EventDetails member (in wire order: 0 null, 1 required, 2 optional).
 */
export interface EventForm {
  readonly category: number;
  readonly action: number;
  /** The category as issues show it, e.g. `2 (Volume)`. */
  readonly categoryText: string;
  readonly actionText: string;
  readonly details: readonly number[];
  /** Whether `event_details` must be an object (the event requires a details member). */
  readonly detailsRequired: boolean;
}

/** The form of a catalogued event, from its numbers, their names and its details codes. */
export function eventForm(category: number, categoryName: string, action: number, actionName: string, details: readonly number[]): EventForm {
  return {
    category,
    action,
    categoryText: `${category} (${categoryName})`,
    actionText: `${action} (${actionName})`,
    details,
    detailsRequired: details.includes(1),
  };
}

/** What a details member must hold, by its code in `EventForm.details`. */
export function detailText(code: number, what: string): string {
  return code === 0 ? 'null' : code === 1 ? what : `${what} or null`;
}

/** Pushes the issues of a present details member `x`, carried as `code` says, onto `out`. */
export function detailIssues(
  x: unknown,
  path: string,
  code: number,
  what: string,
  issues: (value: unknown, path: string, what: string, out: ValidationIssue[]) => void,
  out: ValidationIssue[],
): void {
  if (x === null) {
    if (code === 1) out.push({ path, message: expected(what, x) });
  } else if (code === 0) {
    out.push({ path, message: expected('null', x) });
  } else {
    issues(x, path, what, out);
  }
}
