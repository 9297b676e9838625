import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from '@asyncapi/parser';
// The named export: under NodeNext the default import of this CommonJS module types as its namespace.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitDocuments } from '../../scripts/generate/documents.ts';
import { loadCatalog, type EventModel } from '../../scripts/generate/model.ts';
import { sampleMessage } from '../support/samples.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const model = loadCatalog(join(root, 'schemas/catalog.yaml'));
const events = model.events;
const keys = events.map((e) => e.key);
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const schemaFiles = readdirSync(join(root, 'schemas/json')).filter((f) => f.endsWith('.json')).sort();

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = new Map<string, ValidateFunction>();
/** The compiled validator of schemas/json/<name>.json (compiled once: Ajv keeps schemas by $id). */
function validator(name: string): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  const compiled = ajv.compile(JSON.parse(read(`schemas/json/${name}.json`)) as object);
  validators.set(name, compiled);
  return compiled;
}
const accepts = (name: string, message: unknown): boolean => validator(name)(message) === true;
const explain = (name: string): string => ajv.errorsText(validator(name).errors);

type Json = Record<string, unknown>;
const clone = (m: Json): Json => structuredClone(m);
/** The object at `path` inside `message` (each step an object member). */
function at(message: Json, path: string[]): Json {
  let o: Json = message;
  for (const step of path) o = o[step] as Json;
  return o;
}
/** A copy of `message` with `change` applied to the object holding `path`'s last member. */
function mutate(message: Json, path: string[], change: (holder: Json, member: string) => void): Json {
  const copy = clone(message);
  change(at(copy, path.slice(0, -1)), path[path.length - 1]!);
  return copy;
}
const without = (message: Json, path: string[]): Json => mutate(message, path, (o, m) => delete o[m]);
const withValue = (message: Json, path: string[], value: unknown): Json => mutate(message, path, (o, m) => (o[m] = value));

const DETAILS = ['metadata', 'source', 'event_details'];
const detailsMessage = model.messages.find((m) => m.name === 'EventDetails')!;
const messageOf = (name: string) => model.messages.find((m) => m.name === name)!;
/** The wire message type of an EventDetails member, e.g. `RebuildEventDetails` for `rebuild_details`. */
function detailsType(member: string): string {
  const type = detailsMessage.members.find((m) => m.name === member)!.type;
  if (type.kind !== 'message') throw new Error(`${member} is not a message`);
  return type.messageName;
}
const carries = (e: EventModel, member: string): boolean => e.requiredDetails.includes(member) || e.optionalDetails.includes(member);

describe('generated documents', () => {
  it('generate - the files on disk are what the catalog generates, and generating twice gives the same bytes', () => {
    const first = emitDocuments(model);
    expect([...emitDocuments(model)]).toEqual([...first]);
    for (const [path, content] of first) {
      expect(read(path), `${path} is stale: run npm run generate`).toBe(content);
      expect(content.endsWith('\n')).toBe(true);
    }
    expect(schemaFiles).toEqual([...keys, 'envelope'].map((k) => `${k}.json`).sort());
  });

  const asyncapi = parseYaml(read('schemas/asyncapi.yaml')) as {
    components: { messages: Record<string, { name: string; title: string; summary: string; contentType: string; payload: Json }> };
  };
  const markdown = read('docs/events.md');

  it.each(events.map((e) => [e.key, e]))('%s - has a JSON Schema, an AsyncAPI message and a docs row', (key, event) => {
    const schema = JSON.parse(read(`schemas/json/${key}.json`)) as Json;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://openebs.io/mayastor-events/schemas/${key}.json`,
      title: event.typeName,
    });
    expect(String(schema.description)).toContain(event.description);
    const message = asyncapi.components.messages[key]!;
    expect(message).toMatchObject({ name: key, title: event.typeName, summary: event.description, contentType: 'application/json' });
    expect(message.payload.title).toBe(event.typeName);
    expect(message.payload).not.toHaveProperty('$defs');
    expect(markdown).toMatch(new RegExp(`^\\| ${event.action.name} \\(${event.action.value}\\) \\| \`${key.replace('.', '\\.')}\` \\|`, 'm'));
  });

  it('docs - name the wire subject, the stream and the corrections to the product page', () => {
    expect(markdown).toContain('`events.<category number>.<event id>`');
    expect(markdown).toContain('`events-stream`');
    expect(markdown).toContain('`RebuildBegin` (4), not `RebuildBegun`');
    expect(markdown).toContain('`Clone` / `Create`');
    expect(markdown).toContain('`NvmePathDeleting`');
  });
});

describe('asyncapi document', () => {
  it('asyncapi - @asyncapi/parser validates schemas/asyncapi.yaml without errors', async () => {
    const { document, diagnostics } = await new Parser().parse(read('schemas/asyncapi.yaml'));
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.version()).toBe('3.0.0');
    const channel = document!.channels().get('events')!;
    expect(channel.address()).toBe('events.{category}.{id}');
    expect(channel.parameters().all().map((p) => p.id()).sort()).toEqual(['category', 'id']);
    expect(document!.operations().all().map((o) => o.action()).sort()).toEqual(['receive', 'send']);
    const names = document!.allMessages().all().map((m) => m.name());
    expect(names.sort()).toEqual([...keys, 'envelope'].sort());
  });
});

describe('json schemas', () => {
  it.each(schemaFiles)('ajv - %s compiles in strict mode', (file) => {
    expect(() => validator(file.replace(/\.json$/, ''))).not.toThrow();
  });

  it('samples - the hand-written nexus.rebuildBegin from an io-engine is accepted', () => {
    const message = JSON.parse(
      '{"category":3,"action":4,"target":"0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77","metadata":{"id":"9f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f",' +
        '"source":{"component":2,"node":"node-1","event_details":{"rebuild_details":{"rebuild_status":1,' +
        '"source_replica":"nvmf://10.1.0.5:8420/nqn.2019-05.io.openebs:2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d?uuid=2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",' +
        '"destination_replica":"bdev:///7d6c5b4a-3e2f-4d1c-8b9a-0f1e2d3c4b5a?uuid=7d6c5b4a-3e2f-4d1c-8b9a-0f1e2d3c4b5a","error":null},' +
        '"replica_details":null,"switch_over_details":null,"nexus_child_details":null,"nvme_path_details":null,"host_initiator_details":null,' +
        '"reactor_details":null,"state_change_details":null,"action_duration_details":null,"snapshot_details":null,"clone_details":null,' +
        '"error_details":null,"subsystem_pause_details":null}},"timestamp":"2024-05-01T10:20:30.123456789Z","version":1}}',
    ) as Json;
    expect(accepts('nexus.rebuildBegin', message), explain('nexus.rebuildBegin')).toBe(true);
    expect(accepts('envelope', message)).toBe(true);
    expect(accepts('nexus.rebuildEnd', message)).toBe(false);
  });

  it('samples - the hand-written volume.create from the core agent (empty node) is accepted', () => {
    const message = JSON.parse(
      '{"category":2,"action":1,"target":"ec4e66fd-3b33-4439-b504-d49aba53da26","metadata":{"id":"3f0a7c1e-2b4d-4e6f-9a8b-7c6d5e4f3a2b",' +
        '"source":{"component":1,"node":"","event_details":null},"timestamp":"2024-05-01T10:20:30Z","version":1}}',
    ) as Json;
    expect(accepts('volume.create', message), explain('volume.create')).toBe(true);
    expect(accepts('envelope', message)).toBe(true);
  });

  describe.each(events.map((e) => [e.key, e] as const))('%s', (key, event) => {
    const sample = sampleMessage(key);
    const carried = detailsMessage.members.filter((m) => carries(event, m.name)).map((m) => m.name);

    it('the canonical message is accepted by its schema and by the envelope, and rejected by every other event schema', () => {
      expect(accepts(key, sample), explain(key)).toBe(true);
      expect(accepts('envelope', sample), explain('envelope')).toBe(true);
      expect(keys.filter((other) => other !== key && accepts(other, sample))).toEqual([]);
    });

    it('the message with its optional details filled is accepted', () => {
      const full = sampleMessage(key, { optional: true });
      expect(accepts(key, full), explain(key)).toBe(true);
      expect(accepts('envelope', full)).toBe(true);
    });

    it('a missing required member is rejected', () => {
      // Required on the wire: a message without them is not even a well-formed envelope.
      const wireRequired: string[][] = [
        ['category'], ['action'], ['target'], ['metadata', 'id'], ['metadata', 'version'],
        ['metadata', 'source', 'component'], ['metadata', 'source', 'node'],
      ];
      for (const d of event.requiredDetails) {
        for (const m of messageOf(detailsType(d)).members.filter((x) => !x.nullable)) wireRequired.push([...DETAILS, d, m.name]);
      }
      // Nullable on the wire, required in the catalogued form of the event.
      const cataloguedRequired: string[][] = [['metadata'], ['metadata', 'source'], ['metadata', 'timestamp']];
      for (const d of event.requiredDetails) cataloguedRequired.push([...DETAILS, d]);
      if (event.requiredDetails.length > 0) cataloguedRequired.push(DETAILS);

      for (const path of wireRequired) {
        expect(accepts(key, without(sample, path)), path.join('.')).toBe(false);
        expect(accepts('envelope', without(sample, path)), `envelope ${path.join('.')}`).toBe(false);
      }
      for (const path of cataloguedRequired) {
        expect(accepts(key, without(sample, path)), path.join('.')).toBe(false);
        expect(accepts('envelope', without(sample, path)), `envelope ${path.join('.')}`).toBe(true);
      }
    });

    it('a required member set to null is rejected', () => {
      for (const path of [['target'], ['metadata'], ['metadata', 'source'], ['metadata', 'timestamp'], ['metadata', 'version'], ['metadata', 'source', 'node']]) {
        expect(accepts(key, withValue(sample, path, null)), path.join('.')).toBe(false);
      }
      for (const d of event.requiredDetails) expect(accepts(key, withValue(sample, [...DETAILS, d], null)), d).toBe(false);
    });

    it('a member of the wrong type is rejected', () => {
      const wrong: [string[], unknown][] = [
        [['category'], String(event.category.value)],
        [['action'], event.action.name],
        [['target'], 5],
        [['metadata', 'version'], 1.5],
        [['metadata', 'timestamp'], 1714558830],
        [['metadata', 'source', 'component'], event.component.name],
        [['metadata', 'source', 'node'], ['node-1']],
        [['metadata', 'source', 'event_details'], 'none'],
      ];
      for (const [path, value] of wrong) {
        expect(accepts(key, withValue(sample, path, value)), path.join('.')).toBe(false);
        expect(accepts('envelope', withValue(sample, path, value)), `envelope ${path.join('.')}`).toBe(false);
      }
      for (const d of carried) {
        for (const m of messageOf(detailsType(d)).members) {
          const path = [...DETAILS, d, m.name];
          const full = sampleMessage(key, { optional: true });
          const value = m.type.kind === 'string' ? 42 : 'x';
          expect(accepts(key, withValue(full, path, value)), path.join('.')).toBe(false);
          expect(accepts('envelope', withValue(full, path, value)), `envelope ${path.join('.')}`).toBe(false);
        }
      }
    });

    it('a bad timestamp is rejected, and a lenient RFC 3339 one accepted', () => {
      for (const bad of ['2024-05-01T10:20:30', '2024-05-01', '2024-13-01T10:20:30Z', '2024-05-01T24:00:00Z', 'yesterday', '']) {
        expect(accepts(key, withValue(sample, ['metadata', 'timestamp'], bad)), bad).toBe(false);
        expect(accepts('envelope', withValue(sample, ['metadata', 'timestamp'], bad)), `envelope ${bad}`).toBe(false);
      }
      for (const good of ['2024-05-01T10:20:30Z', '2024-05-01 10:20:30.1+02:00', '2024-05-01t10:20:30.1234567891z', '+10000-01-01T00:00:00Z', '2024-05-01T10:20:30+0200', ' 2024-5-1T1:2:60 utc ']) {
        expect(accepts(key, withValue(sample, ['metadata', 'timestamp'], good)), good).toBe(true);
      }
    });

    it('missing nullable members are accepted', () => {
      let sparse = sample;
      for (const m of detailsMessage.members) if (!event.requiredDetails.includes(m.name)) sparse = without(sparse, [...DETAILS, m.name]);
      for (const d of event.requiredDetails) {
        for (const m of messageOf(detailsType(d)).members.filter((x) => x.nullable)) sparse = without(sparse, [...DETAILS, d, m.name]);
      }
      expect(accepts(key, sparse), explain(key)).toBe(true);
      expect(accepts('envelope', sparse)).toBe(true);
      if (event.requiredDetails.length === 0) {
        expect(accepts(key, withValue(sample, DETAILS, null))).toBe(true);
        expect(accepts(key, without(sample, DETAILS))).toBe(true);
      }
      // Not this event any more, but still a well-formed message.
      for (const path of [['metadata'], ['metadata', 'source'], ['metadata', 'timestamp']]) {
        expect(accepts('envelope', without(sample, path)), path.join('.')).toBe(true);
        expect(accepts('envelope', withValue(sample, path, null)), path.join('.')).toBe(true);
      }
    });

    it('unknown members are accepted at every level', () => {
      const paths = [[], ['metadata'], ['metadata', 'source'], DETAILS, ...carried.map((d) => [...DETAILS, d])];
      let extended = sampleMessage(key, { optional: true });
      for (const path of paths) extended = mutate(extended, [...path, 'added_in_a_newer_mayastor'], (o, m) => (o[m] = { any: [1, 'thing'] }));
      expect(accepts(key, extended), explain(key)).toBe(true);
      expect(accepts('envelope', extended)).toBe(true);
    });

    it('details the event does not carry are rejected unless null', () => {
      for (const other of detailsMessage.members.filter((m) => !carries(event, m.name))) {
        const source = events.find((e) => e.requiredDetails.includes(other.name));
        if (!source) continue;
        const value = at(sampleMessage(source.key), DETAILS)[other.name];
        const message = withValue(sample, [...DETAILS, other.name], value);
        expect(accepts(key, message), other.name).toBe(false);
        expect(accepts('envelope', message), `envelope ${other.name}`).toBe(true);
      }
    });

    it('numbers outside the catalog are rejected by the event schema and accepted by the envelope', () => {
      const unknown: [string[], number][] = [
        [['category'], 99],
        [['action'], 1000],
        [['metadata', 'version'], 2],
        [['metadata', 'source', 'component'], 42],
      ];
      for (const [path, value] of unknown) {
        expect(accepts(key, withValue(sample, path, value)), path.join('.')).toBe(false);
        expect(accepts('envelope', withValue(sample, path, value)), `envelope ${path.join('.')}`).toBe(true);
      }
      for (const [path, value] of [[['category'], 2 ** 31], [['action'], -(2 ** 31) - 1], [['category'], 1.5]] as [string[], number][]) {
        expect(accepts('envelope', withValue(sample, path, value)), `envelope ${path.join('.')} ${value}`).toBe(false);
      }
    });
  });

  describe('details members', () => {
    const rebuild = sampleMessage('nexus.rebuildEnd');
    const switchOver = sampleMessage('highAvailability.switchOver');
    const reactor = sampleMessage('ioEngine.reactorFreeze');
    const stop = sampleMessage('ioEngine.stop');

    it('details enums - known numbers only in an event schema, any i32 in the envelope', () => {
      const status = [...DETAILS, 'rebuild_details', 'rebuild_status'];
      for (const value of [0, 1, 2, 3, 4]) expect(accepts('nexus.rebuildEnd', withValue(rebuild, status, value))).toBe(true);
      expect(accepts('nexus.rebuildEnd', withValue(rebuild, status, 9))).toBe(false);
      expect(accepts('envelope', withValue(rebuild, status, 9))).toBe(true);
      const switchStatus = [...DETAILS, 'switch_over_details', 'switch_over_status'];
      expect(accepts('highAvailability.switchOver', withValue(switchOver, switchStatus, 4))).toBe(false);
      expect(accepts('envelope', withValue(switchOver, switchStatus, 4))).toBe(true);
    });

    it('u64 - non-negative integers are accepted, negative and fractional ones rejected', () => {
      for (const [key, message, path] of [
        ['highAvailability.switchOver', switchOver, [...DETAILS, 'switch_over_details', 'retry_count']],
        ['ioEngine.reactorFreeze', reactor, [...DETAILS, 'reactor_details', 'lcore']],
      ] as [string, Json, string[]][]) {
        expect(accepts(key, withValue(message, path, 2 ** 60))).toBe(true);
        expect(accepts('envelope', withValue(message, path, 2 ** 60))).toBe(true);
        for (const bad of [-1, 1.5, '3']) {
          expect(accepts(key, withValue(message, path, bad)), `${path.join('.')} ${bad}`).toBe(false);
          expect(accepts('envelope', withValue(message, path, bad))).toBe(false);
        }
      }
    });

    it('duration - seconds and nanos may be missing (serde default) but not null; time_taken may be null', () => {
      const timeTaken = [...DETAILS, 'action_duration_details', 'time_taken'];
      expect(accepts('ioEngine.stop', withValue(stop, timeTaken, null))).toBe(true);
      expect(accepts('ioEngine.stop', without(stop, timeTaken))).toBe(true);
      expect(accepts('ioEngine.stop', without(stop, [...timeTaken, 'nanos']))).toBe(true);
      expect(accepts('ioEngine.stop', without(stop, [...timeTaken, 'seconds']))).toBe(true);
      expect(accepts('ioEngine.stop', withValue(stop, timeTaken, {}))).toBe(true);
      expect(accepts('ioEngine.stop', withValue(stop, [...timeTaken, 'nanos'], null))).toBe(false);
      expect(accepts('ioEngine.stop', withValue(stop, [...timeTaken, 'seconds'], null))).toBe(false);
      expect(accepts('ioEngine.stop', withValue(stop, [...timeTaken, 'nanos'], 2 ** 31))).toBe(false);
      expect(accepts('ioEngine.stop', withValue(stop, [...timeTaken, 'seconds'], -(2 ** 40)))).toBe(true);
    });

    it('io_engine_stop_details is an unknown member like any other: the Rust reader has no alias for it', () => {
      const details = at(stop, DETAILS);
      const renamed = mutate(stop, [...DETAILS, 'io_engine_stop_details'], (o, m) => {
        o[m] = details.action_duration_details;
        delete o.action_duration_details;
      });
      // Only the old name: action_duration_details reads as null, which ioEngine.stop requires.
      expect(accepts('ioEngine.stop', renamed)).toBe(false);
      expect(accepts('envelope', renamed)).toBe(true);
      const both = withValue(stop, [...DETAILS, 'io_engine_stop_details'], 'ignored');
      expect(accepts('ioEngine.stop', both)).toBe(true);
      // An event that carries no duration keeps its form whatever the old name holds.
      const start = sampleMessage('ioEngine.start');
      for (const old of [details.action_duration_details, 'not a duration', null]) {
        expect(accepts('ioEngine.start', withValue(start, [...DETAILS, 'io_engine_stop_details'], old))).toBe(true);
      }
    });
  });
});
