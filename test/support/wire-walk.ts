// Walks a wire message value member by member, with each member's JSON Pointer, so that tests can
// remove, retype or duplicate every member of every catalogued event in turn.
import { wireMessages } from '../../src/generated/wire.js';
import type { WireMember, WireMessage } from '../../src/codec/wire-types.js';

/** One member present in a message value (`member.default`: what it reads as when missing). */
export interface MemberAt {
  readonly path: string;
  readonly segments: readonly string[];
  readonly member: WireMember;
  readonly value: unknown;
}

function* walk(value: Record<string, unknown>, message: WireMessage, segments: string[]): Generator<MemberAt> {
  for (const member of message.members) {
    const memberValue = value[member.name];
    const memberSegments = [...segments, member.name];
    yield { path: `/${memberSegments.join('/')}`, segments: memberSegments, member, value: memberValue };
    if (typeof member.type === 'object' && memberValue !== null && typeof memberValue === 'object') {
      yield* walk(memberValue as Record<string, unknown>, member.type, memberSegments);
    }
  }
}

/** Every member of an EventMessage value, parents before children. */
export function membersOf(event: unknown): MemberAt[] {
  return [...walk(event as Record<string, unknown>, wireMessages.EventMessage, [])];
}

/** A deep copy of `value` with `update` applied to the parent object of `segments`. */
export function withParent(
  value: unknown,
  segments: readonly string[],
  update: (parent: Record<string, unknown>, name: string) => void,
): Record<string, unknown> {
  const copy = structuredClone(value) as Record<string, unknown>;
  let parent = copy;
  for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
  update(parent, segments[segments.length - 1]!);
  return copy;
}
