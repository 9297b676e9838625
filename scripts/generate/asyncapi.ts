// Builds schemas/asyncapi.yaml (AsyncAPI 3.0.0) from the JSON Schemas of schemas/json/.
import { stringify } from 'yaml';
import type { CatalogModel } from './model.ts';
import { ENVELOPE_FILE, type Json, type Schema } from './jsonschema.ts';

const DEFS_PREFIX = '#/$defs/';
const COMPONENTS_PREFIX = '#/components/schemas/';

/** `schema` with every `#/$defs/X` reference pointing at `#/components/schemas/X` instead. */
function relocate(value: Json): Json {
  if (Array.isArray(value)) return value.map(relocate);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith(DEFS_PREFIX) ? COMPONENTS_PREFIX + v.slice(DEFS_PREFIX.length) : relocate(v),
    ]),
  );
}

/**
 * A message payload: the file's schema without `$schema`, `$id`, `$comment` and `$defs`, whose definitions
 * move to `components.schemas` (a `$ref` in an AsyncAPI document resolves against the document).
 */
function payload(schema: Schema, shared: Map<string, Json>, file: string): Json {
  const { $schema: _dialect, $id: _id, $comment: _comment, $defs, ...rest } = schema;
  for (const [name, def] of Object.entries(($defs ?? {}) as Schema)) {
    const moved = relocate(def);
    const existing = shared.get(name);
    if (existing !== undefined && JSON.stringify(existing, bigints) !== JSON.stringify(moved, bigints)) {
      throw new Error(`schemas/json/${file}.json: definition ${name} differs from another file's`);
    }
    shared.set(name, moved);
  }
  return relocate(rest);
}

const bigints = (_key: string, v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v);

/** The AsyncAPI document: one channel, a receive and a send operation, a message per event. */
export function asyncapiDocument(model: CatalogModel, schemas: Map<string, Schema>): string {
  const shared = new Map<string, Json>();
  const messages: Schema = {};
  const channelMessages: Schema = {};
  const envelope = schemas.get(ENVELOPE_FILE)!;
  messages[ENVELOPE_FILE] = {
    name: ENVELOPE_FILE,
    title: 'EventMessage',
    summary: 'Any well-formed event message, with any enum number (catalogued or not).',
    contentType: 'application/json',
    payload: payload(envelope, shared, ENVELOPE_FILE),
  };
  for (const event of model.events) {
    messages[event.key] = {
      name: event.key,
      title: event.typeName,
      summary: event.description,
      description: `Category ${event.category.name} (${event.category.value}), action ${event.action.name} (${event.action.value}), emitted by ${event.component.name} (${event.plane} plane). Target: ${event.target}.`,
      contentType: 'application/json',
      payload: payload(schemas.get(event.key)!, shared, event.key),
    };
  }
  for (const name of Object.keys(messages)) channelMessages[name] = { $ref: `#/components/messages/${name}` };
  const operationMessages = Object.keys(messages).map((name) => ({ $ref: `#/channels/events/messages/${name}` }));
  const sortedShared = Object.fromEntries([...shared.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  const doc = {
    asyncapi: '3.0.0',
    info: {
      title: 'mayastor-events',
      version: '1.0.0',
      description:
        'Events of the Mayastor (OpenEBS) storage system on its NATS JetStream event bus (stream `events-stream`, subjects `events.>`). Each message is the UTF-8 JSON of one EventMessage; the services write every member, null where absent. Generated from schemas/catalog.yaml: do not edit.',
      license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    defaultContentType: 'application/json',
    channels: {
      events: {
        address: 'events.{category}.{id}',
        title: 'Mayastor events',
        description:
          'One subject per event: the category number, then the event id (metadata.id). Subscribe to `events.>` for every event or `events.<category>.>` for one category. The stream keeps one message per subject.',
        parameters: {
          category: {
            description: `The event's category number (EventMessage.category), e.g. 2 for Volume. Known numbers: ${model.enums
              .find((e) => e.name === 'Category')!
              .values.map((v) => `${v.value} ${v.name}`)
              .join(', ')}; a newer Mayastor may send others.`,
            examples: ['2'],
          },
          id: {
            description: "The event's id (EventMessage.metadata.id), a UUID v4.",
            examples: ['0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77'],
          },
        },
        messages: channelMessages,
      },
    },
    operations: {
      receiveEvents: {
        action: 'receive',
        title: 'Receive events',
        summary: 'Consume events from the stream (the call-home stats service does).',
        channel: { $ref: '#/channels/events' },
        messages: operationMessages,
      },
      sendEvents: {
        action: 'send',
        title: 'Send events',
        summary: 'Publish an event with JetStream (the control-plane and data-plane services do).',
        channel: { $ref: '#/channels/events' },
        messages: operationMessages,
      },
    },
    components: {
      schemas: sortedShared,
      messages,
    },
  };
  return (
    '# Generated from schemas/catalog.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.\n' +
    stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 })
  );
}
