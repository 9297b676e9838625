// Lists, by JSON Pointer, every reason the strict writer would refuse a value: the explanation
// behind an encode that fails. It mirrors src/codec/write-primitives.ts member for member, and says
// what a value must be in the words of the generated event checks (./check-primitives.ts).
import type { ValidationIssue } from '../errors.js';
import { I32_EXPECTED, I64_EXPECTED, TIMESTAMP_EXPECTED, U64_EXPECTED } from './check-primitives.js';
import { isI32, writeI64, writeString, writeTimestamp, writeU64 } from './write-primitives.js';
import { pointerSegment } from './pointer.js';
import type { WireMessage, WireType } from './wire-types.js';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 40)}`;
}

function checkValue(value: unknown, type: WireType, path: string, issues: ValidationIssue[]): void {
  switch (type) {
    case 'string':
      if (typeof value !== 'string') issues.push({ path, message: `expected a string, got ${typeName(value)}` });
      else if (writeString(value) === undefined) {
        issues.push({ path, message: 'string holds a lone UTF-16 surrogate, which UTF-8 cannot carry' });
      }
      return;
    case 'i32':
      if (!isI32(value)) issues.push({ path, message: `expected ${I32_EXPECTED}, got ${typeName(value)}` });
      return;
    case 'u64':
      if (writeU64(value) === undefined) {
        issues.push({ path, message: `expected ${U64_EXPECTED}, got ${typeName(value)}` });
      }
      return;
    case 'i64':
      if (writeI64(value) === undefined) {
        issues.push({ path, message: `expected ${I64_EXPECTED}, got ${typeName(value)}` });
      }
      return;
    case 'timestamp':
      if (writeTimestamp(value) === undefined) {
        issues.push({ path, message: `expected ${TIMESTAMP_EXPECTED}, got ${typeName(value)}` });
      }
      return;
    default:
      checkMessage(value, type, path, issues);
  }
}

function checkMessage(value: unknown, message: WireMessage, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ path, message: `expected ${message.name} (an object), got ${typeName(value)}` });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const member of message.members) {
    const memberPath = `${path}/${pointerSegment(member.name)}`;
    const memberValue = record[member.name];
    if (memberValue === null || memberValue === undefined) {
      if (!member.nullable) {
        issues.push({ path: memberPath, message: memberValue === null ? 'must not be null' : 'is required' });
      }
      continue;
    }
    checkValue(memberValue, member.type, memberPath, issues);
  }
}

/** Every reason the strict writer refuses `value` as `message`, in member order. */
export function wireIssues(value: unknown, message: WireMessage): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkMessage(value, message, '', issues);
  return issues;
}
