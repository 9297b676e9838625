// Emits src/generated/checks.ts: each catalogued event's TypeBox schema (scripts/generate/
// typescript.ts, `eventSchema`) as plain code, so that the codec checks events without compiling
// or walking a schema. Both are written from the same model and the same rules;
// test/unit/checks.test.ts proves that the verdicts, and the paths of the issues, are the same.
//
// Every object becomes two functions: `test…`, a boolean that stops at the first problem and
// allocates nothing, and `issues…`, which lists every problem in the order TypeBox lists its
// errors. The envelope (EventMessage, EventMeta, EventSource, EventDetails) is written once and
// takes the event's form: its category and action, and how it carries each details member.
// One envelope rather than one per event keeps the module small (it is on every decode's import
// graph) and gives the JIT one hot function instead of 36 lukewarm ones.
import { I32_EXPECTED, I64_EXPECTED, TIMESTAMP_EXPECTED, U64_EXPECTED } from '../../src/codec/check-primitives.ts';
import type { CatalogModel, EventModel, MemberModel, MemberType, MessageModel } from './model.ts';
import { HEADER } from './typescript.ts';

/** What one value must be, as the event's TypeBox schema says. */
type Rule =
  | { readonly kind: 'string' | 'timestamp' | 'i32' | 'u64' | 'i64' | 'null' }
  | { readonly kind: 'literal'; readonly value: number; readonly label: string }
  | { readonly kind: 'enum'; readonly values: readonly number[]; readonly label: string }
  | { readonly kind: 'nullable'; readonly inner: Rule }
  | ObjectRule;

interface ObjectRule {
  readonly kind: 'object';
  /** The wire message the object is (e.g. `RebuildEventDetails`): names its functions. */
  readonly name: string;
  readonly members: readonly { readonly name: string; readonly rule: Rule }[];
}

/** How a details member is catalogued for an event: the codes of `EventForm.details`. */
const DETAIL_NULL = 0;
const DETAIL_REQUIRED = 1;
const DETAIL_OPTIONAL = 2;

const q = (s: string): string => JSON.stringify(s);
const article = (name: string): string => (/^[AEIOU]/.test(name) ? 'an' : 'a');

function messageOf(model: CatalogModel, name: string): MessageModel {
  const message = model.messages.find((m) => m.name === name);
  if (message === undefined) throw new Error(`checks: no message ${name}`);
  return message;
}

function memberOf(message: MessageModel, name: string): MemberModel {
  const member = message.members.find((m) => m.name === name);
  if (member === undefined) throw new Error(`checks: ${message.name} has no member ${name}`);
  return member;
}

/** A member type in its catalogued form: enums hold known numbers only (`Known…` schemas). */
function typeRule(model: CatalogModel, type: MemberType): Rule {
  switch (type.kind) {
    case 'string':
    case 'timestamp':
    case 'i32':
    case 'u64':
    case 'i64':
      return { kind: type.kind };
    case 'enum': {
      const e = model.enums.find((x) => x.name === type.enumName)!;
      return { kind: 'enum', values: e.values.map((v) => v.value), label: e.constName };
    }
    case 'message': {
      const message = messageOf(model, type.messageName);
      return {
        kind: 'object',
        name: message.name,
        members: message.members.map((m) => {
          const own = typeRule(model, m.type);
          return { name: m.name, rule: m.nullable ? { kind: 'nullable', inner: own } : own };
        }),
      };
    }
  }
}

/** What a value of `rule` must be, as an issue says it (`expected <this>, got …`). */
function expectedText(rule: Rule): string {
  switch (rule.kind) {
    case 'string':
      return 'a string';
    case 'timestamp':
      return TIMESTAMP_EXPECTED;
    case 'i32':
      return I32_EXPECTED;
    case 'u64':
      return U64_EXPECTED;
    case 'i64':
      return I64_EXPECTED;
    case 'null':
      return 'null';
    case 'literal':
      return `${rule.value} (${rule.label})`;
    case 'enum':
      return `one of ${rule.values.join(', ')} (${rule.label})`;
    case 'nullable':
      return `${expectedText(rule.inner)} or null`;
    case 'object':
      return `${article(rule.name)} ${rule.name} object`;
  }
}

/** Every object rule within `rule`, leaves first, once per message. */
function objectsOf(rule: Rule, out: ObjectRule[]): ObjectRule[] {
  if (rule.kind === 'nullable') return objectsOf(rule.inner, out);
  if (rule.kind !== 'object') return out;
  for (const member of rule.members) objectsOf(member.rule, out);
  if (!out.some((seen) => seen.name === rule.name)) out.push(rule);
  return out;
}

/** A boolean expression: `x` (a member read, free of side effects) holds a value of `rule`. */
function condition(rule: Rule, x: string): string {
  switch (rule.kind) {
    case 'string':
      return `typeof ${x} === 'string'`;
    case 'timestamp':
      return `isTimestampSyntax(${x})`;
    case 'i32':
      return `isInt32(${x})`;
    case 'u64':
      return `isU64(${x})`;
    case 'i64':
      return `isI64(${x})`;
    case 'null':
      return `${x} === null`;
    case 'literal':
      return `${x} === ${rule.value}`;
    case 'enum': {
      // Known numbers: a range when they are contiguous (the same verdict as TypeBox's literals).
      const lo = Math.min(...rule.values);
      const hi = Math.max(...rule.values);
      return hi - lo + 1 === rule.values.length
        ? `isIntIn(${x}, ${lo}, ${hi})`
        : `(${rule.values.map((value) => `${x} === ${value}`).join(' || ')})`;
    }
    case 'nullable':
      return `(${x} === null || ${condition(rule.inner, x)})`;
    case 'object':
      return `test${rule.name}(${x})`;
  }
}

/** The statement that pushes the issues of member `index` (`name`, of `rule`) of `v` onto `out`. */
function memberIssues(rule: Rule, name: string, index: number): string {
  const x = `v.${name}`;
  const path = `path + ${q(`/${name}`)}`;
  if (rule.kind === 'object') return `if (Object.hasOwn(v, ${q(name)})) issues${rule.name}(${x}, ${path}, m[${index}]![1], out);`;
  if (rule.kind === 'nullable' && rule.inner.kind === 'object') {
    return `if (Object.hasOwn(v, ${q(name)}) && ${x} !== null) issues${rule.inner.name}(${x}, ${path}, m[${index}]![1], out);`;
  }
  return `memberIssue(v, path, m[${index}]!, ${condition(rule, x)}, out);`;
}

/** One member of an envelope message: how it is tested, named in issues and explained. */
interface EnvelopeMember {
  readonly name: string;
  /** A boolean expression on `v` (and the form `k`). */
  readonly test: string;
  /** A string expression: what the member must hold. */
  readonly text: string;
  /** The statement that pushes its issues, when it is present. */
  readonly issues: string;
}

/** The functions of one envelope message, which take the event's form `k`. */
function envelopeFunctions(name: string, members: readonly EnvelopeMember[]): string {
  const terms = ['isObjectLike(v)', ...members.map((m) => m.test), `memberCount(v) === ${members.length}`];
  let out = `function test${name}(v: any, k: EventForm): boolean {\n  return (\n    ${terms.join(' &&\n    ')}\n  );\n}\n\n`;
  out += `function issues${name}(v: any, path: string, what: string, k: EventForm, out: ValidationIssue[]): void {\n`;
  out += `  const m: readonly MemberRule[] = [\n${members.map((m) => `    [${q(m.name)}, ${m.text}],\n`).join('')}  ];\n`;
  out += `  if (!objectIssues(v, path, what, m, out)) return;\n`;
  for (const member of members) out += `  ${member.issues}\n`;
  return `${out}}\n`;
}

/** A member of an envelope message that is the same in every event's form. */
function fixedMember(rule: Rule, name: string, index: number): EnvelopeMember {
  return { name, test: condition(rule, `v.${name}`), text: q(expectedText(rule)), issues: memberIssues(rule, name, index) };
}

/** An envelope member that holds the next envelope message. */
function nestedMember(message: string, name: string, text: string, index: number, nullable = ''): EnvelopeMember {
  const x = `v.${name}`;
  const test = nullable ? `(${x} === null ? ${nullable} : test${message}(${x}, k))` : `test${message}(${x}, k)`;
  const present = nullable ? `Object.hasOwn(v, ${q(name)}) && !(${x} === null && ${nullable})` : `Object.hasOwn(v, ${q(name)})`;
  return { name, test, text, issues: `if (${present}) issues${message}(${x}, path + ${q(`/${name}`)}, m[${index}]![1], k, out);` };
}

function emitEnvelope(model: CatalogModel): string {
  const details = messageOf(model, 'EventDetails');
  const detailsMembers = details.members.map((member, i): EnvelopeMember => {
    const inner = typeRule(model, member.type);
    if (inner.kind !== 'object') throw new Error(`checks: EventDetails.${member.name} is not a message`);
    const x = `v.${member.name}`;
    return {
      name: member.name,
      // Null unless the event carries it (then required or optional); a value of its message otherwise.
      test: `(${x} === null ? k.details[${i}] !== ${DETAIL_REQUIRED} : k.details[${i}] !== ${DETAIL_NULL} && test${inner.name}(${x}))`,
      text: `detailText(k.details[${i}]!, ${q(expectedText(inner))})`,
      issues: `if (Object.hasOwn(v, ${q(member.name)})) detailIssues(${x}, path + ${q(`/${member.name}`)}, k.details[${i}]!, m[${i}]![1], issues${inner.name}, out);`,
    };
  });

  const source = messageOf(model, 'EventSource');
  const component = model.enums.find((e) => e.name === 'Component')!;
  const knownComponent: Rule = { kind: 'enum', values: component.values.map((v) => v.value), label: component.constName };
  const sourceMembers = source.members.map((member, i): EnvelopeMember => {
    if (member.name === 'component') return fixedMember(knownComponent, member.name, i);
    if (member.name === 'event_details') {
      return nestedMember('EventDetails', member.name, `k.detailsRequired ? "an EventDetails object" : "an EventDetails object or null"`, i, '!k.detailsRequired');
    }
    return fixedMember(typeRule(model, member.type), member.name, i);
  });

  const meta = messageOf(model, 'EventMeta');
  const v1 = model.enums.find((e) => e.name === 'Version')!.values.find((v) => v.name === 'V1')!;
  const metaMembers = meta.members.map((member, i): EnvelopeMember => {
    if (member.name === 'source') return nestedMember('EventSource', member.name, q('an EventSource object'), i);
    if (member.name === 'timestamp') return fixedMember({ kind: 'timestamp' }, member.name, i);
    if (member.name === 'version') return fixedMember({ kind: 'literal', value: v1.value, label: v1.name }, member.name, i);
    return fixedMember(typeRule(model, member.type), member.name, i);
  });

  const message = messageOf(model, 'EventMessage');
  const messageMembers = message.members.map((member, i): EnvelopeMember => {
    if (member.name === 'category' || member.name === 'action') {
      return { name: member.name, test: `v.${member.name} === k.${member.name}`, text: `k.${member.name}Text`, issues: `memberIssue(v, path, m[${i}]!, v.${member.name} === k.${member.name}, out);` };
    }
    if (member.name === 'metadata') return nestedMember('EventMeta', member.name, q('an EventMeta object'), i);
    return fixedMember(typeRule(model, member.type), member.name, i);
  });

  const expectedMembers = (m: MessageModel, names: string[]): void => {
    const actual = m.members.map((x) => x.name).join(',');
    if (actual !== names.join(',')) throw new Error(`checks: ${m.name} has members ${actual}; the envelope here expects ${names.join(',')}`);
  };
  expectedMembers(message, ['category', 'action', 'target', 'metadata']);
  expectedMembers(meta, ['id', 'source', 'timestamp', 'version']);
  expectedMembers(source, ['component', 'node', 'event_details']);

  return [
    envelopeFunctions('EventDetails', detailsMembers),
    envelopeFunctions('EventSource', sourceMembers),
    envelopeFunctions('EventMeta', metaMembers),
    envelopeFunctions('EventMessage', messageMembers),
  ].join('\n');
}

/** The codes of how `event` carries each details member, in EventDetails order. */
function detailCodes(model: CatalogModel, event: EventModel): number[] {
  return messageOf(model, 'EventDetails').members.map((member) => {
    if (event.requiredDetails.includes(member.name)) return DETAIL_REQUIRED;
    if (event.optionalDetails.includes(member.name)) return DETAIL_OPTIONAL;
    return DETAIL_NULL;
  });
}

/** The generated module: the details messages, the envelope, and the form and check of every event. */
export function emitChecks(model: CatalogModel): string {
  const carried = new Set(model.events.flatMap((e) => [...e.requiredDetails, ...e.optionalDetails]));
  const detailsObjects: ObjectRule[] = [];
  for (const member of messageOf(model, 'EventDetails').members) {
    if (carried.has(member.name)) objectsOf(typeRule(model, member.type), detailsObjects);
  }

  let out = HEADER('event checks');
  out += `/* eslint-disable @typescript-eslint/no-explicit-any */\n`;
  out += `import type { ValidationIssue } from '../errors.js';\n`;
  out += `import {\n  detailIssues,\n  detailText,\n  eventForm,\n  isI64,\n  isInt32,\n  isIntIn,\n  isObjectLike,\n  isTimestampSyntax,\n  isU64,\n  memberCount,\n  memberIssue,\n  objectIssues,\n  type Check,\n  type EventForm,\n  type MemberRule,\n} from '../codec/check-primitives.js';\n`;
  out += `import type { EventKey, EventMap } from './registry.js';\n`;

  out += `\n// The details messages an event may carry.\n`;
  for (const rule of detailsObjects) {
    const terms = ['isObjectLike(v)', ...rule.members.map((m) => condition(m.rule, `v.${m.name}`)), `memberCount(v) === ${rule.members.length}`];
    out += `\nfunction test${rule.name}(v: any): boolean {\n  return (\n    ${terms.join(' &&\n    ')}\n  );\n}\n`;
    out += `\nconst MEMBERS_${rule.name}: readonly MemberRule[] = [\n`;
    for (const member of rule.members) out += `  [${q(member.name)}, ${q(expectedText(member.rule))}],\n`;
    out += `];\n\nfunction issues${rule.name}(v: any, path: string, what: string, out: ValidationIssue[]): void {\n`;
    out += `  const m = MEMBERS_${rule.name};\n  if (!objectIssues(v, path, what, m, out)) return;\n`;
    rule.members.forEach((member, i) => (out += `  ${memberIssues(member.rule, member.name, i)}\n`));
    out += `}\n`;
  }

  out += `\n// The envelope, in an event's form (codes of \`details\`: ${DETAIL_NULL} null, ${DETAIL_REQUIRED} required, ${DETAIL_OPTIONAL} optional).\n\n`;
  out += emitEnvelope(model);

  const shapes = new Map<string, string>();
  for (const event of model.events) {
    const codes = detailCodes(model, event).join(', ');
    if (!shapes.has(codes)) shapes.set(codes, `DETAILS_${shapes.size + 1}`);
  }
  out += `\n// How each event carries the details members, and each event's form.\n\n`;
  for (const [codes, name] of shapes) out += `const ${name}: readonly number[] = [${codes}];\n`;
  out += '\n';
  for (const event of model.events) {
    const { category: c, action: a } = event;
    const details = shapes.get(detailCodes(model, event).join(', '));
    out += `const ${event.typeName} = eventForm(${c.value}, ${q(c.name)}, ${a.value}, ${q(a.name)}, ${details});\n`;
  }
  out += `\nfunction issuesOf(v: unknown, k: EventForm): ValidationIssue[] {\n  const out: ValidationIssue[] = [];\n`;
  out += `  issuesEventMessage(v, '', "an EventMessage object", k, out);\n  return out;\n}\n`;
  out += `\n/**\n * The check of every catalogued event by its key: the verdict of the event's TypeBox schema\n`;
  out += ` * (\`mayastor-events/schemas\`), and the same paths in its issues, as plain code.\n */\n`;
  out += `export const eventChecks: { readonly [K in EventKey]: Check<EventMap[K]> } = {\n`;
  for (const event of model.events) {
    out += `  ${q(event.key)}: {\n`;
    out += `    test: (v): v is EventMap[${q(event.key)}] => testEventMessage(v, ${event.typeName}),\n`;
    out += `    issues: (v) => issuesOf(v, ${event.typeName}),\n  },\n`;
  }
  out += `};\n`;
  return out;
}
