// Emits src/generated/types.ts: every wire message and every catalogued event as a plain
// TypeScript interface. These are the types the root entry exports and the registry maps keys
// to: a consumer's compiler reads them as they are, instead of evaluating `Static<typeof …>` of
// a TypeBox schema (tens of thousands of instantiations per program). They are written from the
// same model and rules as the schemas (scripts/generate/typescript.ts); test/types/
// generated.test-d.ts proves each equal to its schema's `Static` type.
import { ENVELOPE_MESSAGES, hasEnum, type CatalogModel, type EventModel, type MemberModel, type MemberType, type MessageModel } from './model.ts';
import { HEADER } from './typescript.ts';

function docComment(text: string, indent: string): string {
  return text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';
}

/** The TypeScript type of a member type; `open` takes any number for enums, as read from the bus. */
function typeOf(model: CatalogModel, type: MemberType, open: boolean): string {
  switch (type.kind) {
    case 'string':
    case 'timestamp':
      return 'string';
    case 'i32':
      return 'number';
    case 'u64':
    case 'i64':
      // Past 2^53 a JS number cannot hold the value exactly: the codec gives a bigint.
      return 'number | bigint';
    case 'enum':
      return open ? 'number' : model.enums.find((e) => e.name === type.enumName)!.constName;
    case 'message': {
      const target = model.messages.find((m) => m.name === type.messageName)!;
      return open && hasEnum(model, target) && !ENVELOPE_MESSAGES.has(target.name) ? `Open${target.name}` : target.name;
    }
  }
}

function memberType(model: CatalogModel, member: MemberModel, open: boolean): string {
  const inner = typeOf(model, member.type, open);
  return member.nullable ? `${inner} | null` : inner;
}

function messageInterface(model: CatalogModel, message: MessageModel, name: string, open: boolean): string {
  const description = open && !ENVELOPE_MESSAGES.has(message.name)
    ? `${message.description} (any enum number, as read from the bus)`
    : message.description;
  const members = message.members.map((m) => `${docComment(m.description, '  ')}  ${m.name}: ${memberType(model, m, open)};\n`);
  return `${docComment(description, '')}export interface ${name} {\n${members.join('')}}\n`;
}

function eventInterface(model: CatalogModel, event: EventModel): string {
  const detailsMembers = model.messages.find((m) => m.name === 'EventDetails')!.members;
  const details = detailsMembers.map((m) => {
    const type = typeOf(model, m.type, false);
    if (event.requiredDetails.includes(m.name)) return `        ${m.name}: ${type};\n`;
    if (event.optionalDetails.includes(m.name)) return `        ${m.name}: ${type} | null;\n`;
    return `        ${m.name}: null;\n`;
  });
  // Without required details the whole object may be null, as the services send it.
  const nullable = event.requiredDetails.length > 0 ? '' : ' | null';
  return (
    docComment(`\`${event.key}\`: ${event.description}`, '') +
    `export interface ${event.typeName} {\n` +
    `  category: ${event.category.value};\n` +
    `  action: ${event.action.value};\n` +
    docComment(event.target, '  ') +
    `  target: string;\n` +
    `  metadata: {\n` +
    `    id: string;\n` +
    `    source: {\n` +
    `      component: EventComponent;\n` +
    `      node: string;\n` +
    `      event_details: {\n${details.join('')}      }${nullable};\n` +
    `    };\n` +
    `    timestamp: string;\n` +
    `    version: 1;\n` +
    `  };\n` +
    `}\n`
  );
}

/** src/generated/types.ts: the plain interfaces of every wire message and catalogued event. */
export function emitInterfaces(model: CatalogModel): string {
  let body = '';
  const names: string[] = [];
  for (const message of model.messages) {
    const envelope = ENVELOPE_MESSAGES.has(message.name);
    body += '\n' + messageInterface(model, message, message.name, envelope);
    names.push(message.name);
    if (!envelope && hasEnum(model, message)) {
      body += '\n' + messageInterface(model, message, `Open${message.name}`, true);
      names.push(`Open${message.name}`);
    }
  }
  // By name, so that a test can hold every interface against its schema without a list by hand.
  body += `\n/** Every wire message's interface by name (the \`Open…\` forms too). */\nexport interface WireMessageTypes {\n`;
  body += names.map((name) => `  ${name}: ${name};\n`).join('') + '}\n';
  for (const event of model.events) body += '\n' + eventInterface(model, event);
  const enums = model.enums.map((e) => e.constName).filter((name) => new RegExp(`: ${name}[;| ]`).test(body));
  return `${HEADER('plain interfaces of the wire messages and events')}import type { ${enums.join(', ')} } from './enums.js';\n${body}`;
}
