import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog.js';
import { createEvent } from '../../src/events.js';
import { MayastorEventsError } from '../../src/errors.js';
import {
  SubjectError,
  assertSubject,
  assertSubjectPattern,
  isSubjectPattern,
  matchesPattern,
  wireFilter,
  wireSubject,
} from '../../src/subject.js';

const keys = catalog.map((entry) => entry.key);

describe('subject', () => {
  it('matchesPattern - exact keys match only themselves', () => {
    for (const key of keys) {
      expect(keys.filter((other) => matchesPattern(key, other))).toEqual([key]);
    }
  });

  it.each([
    ['nexus.*', 'nexus.create', true],
    ['nexus.>', 'nexus.rebuildBegin', true],
    ['nexus.*', 'volume.create', false],
    ['*.create', 'volume.create', true],
    ['*.create', 'volume.delete', false],
    ['*.*', 'pool.delete', true],
    ['>', 'clone.create', true],
    ['volume.create', 'volume.create', true],
    ['volume.create', 'volume.create.x', false],
    ['volume.*', 'volume', false],
    ['volume.>', 'volume', false],
    ['volume.>', 'volume.a.b', true],
  ])('matchesPattern - %s against %s is %s', (pattern, key, expected) => {
    expect(matchesPattern(pattern, key)).toBe(expected);
  });

  it('matchesPattern - a category wildcard matches exactly the keys of that category', () => {
    for (const entry of catalog) {
      const category = entry.key.split('.')[0]!;
      const expected = keys.filter((key) => key.startsWith(`${category}.`));
      expect(keys.filter((key) => matchesPattern(`${category}.*`, key))).toEqual(expected);
      expect(keys.filter((key) => matchesPattern(`${category}.>`, key))).toEqual(expected);
    }
  });

  it('isSubjectPattern - accepts every key and the wildcards over catalogued segments', () => {
    for (const key of keys) expect(isSubjectPattern(key)).toBe(true);
    for (const pattern of ['>', '*.*', 'nexus.*', 'nexus.>', '*.create', '*.rebuildBegin', '*.nvmePathFix']) {
      expect(isSubjectPattern(pattern)).toBe(true);
    }
  });

  it.each(['', '*', 'nexus', 'nexus.', 'nexus.foo', 'foo.*', '*.foo', '>.create', 'nexus.*.*', 'volume.create ', ' >', 'events.>', 7, null])(
    'isSubjectPattern - refuses %j',
    (pattern) => {
      expect(isSubjectPattern(pattern)).toBe(false);
      expect(() => assertSubjectPattern(pattern)).toThrow(SubjectError);
    },
  );

  it('wireSubject - events.<category number>.<event id>', () => {
    const event = createEvent('volume.create', { target: 'v', id: '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77' });
    expect(wireSubject(event)).toBe('events.2.0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77');
  });

  it.each(['', 'a.b', 'a*', '>', 'a b', 'a\tb', 'a\nb', 'x.>', '*'])('wireSubject - an id %j is refused before anything is sent', (id) => {
    const event = createEvent('volume.create', { target: 'v' });
    const bad = { ...event, metadata: { ...event.metadata, id } };
    const error = (() => {
      try {
        wireSubject(bad);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SubjectError);
    expect(error).toBeInstanceOf(MayastorEventsError);
    expect((error as SubjectError).what).toBe('event id');
    expect((error as SubjectError).message).toMatch(/event id/);
  });

  it('wireSubject - a non-integer category is refused', () => {
    const event = createEvent('volume.create', { target: 'v' });
    expect(() => wireSubject({ ...event, category: 2.5 } as never)).toThrow(SubjectError);
  });

  it.each([
    [['volume.create'], 'events.2.>'],
    [['volume.create', 'volume.*'], 'events.2.>'],
    [['nexus.>'], 'events.3.>'],
    [['volume.create', 'nexus.*'], 'events.>'],
    [['*.create'], 'events.>'],
    [['>'], 'events.>'],
    [['*.*'], 'events.>'],
    [[], 'events.>'],
  ])('wireFilter - %j is narrowed to %s', (patterns, filter) => {
    expect(wireFilter(patterns)).toBe(filter);
  });

  it('wireFilter - an unknown pattern is refused', () => {
    expect(() => wireFilter(['volume.create', 'volume.*.x'])).toThrow(SubjectError);
  });

  it('assertSubject - refuses wildcards, separators and whitespace', () => {
    expect(() => assertSubject('dead-letter subject', 'dead.events')).not.toThrow();
    for (const bad of ['', 'dead..events', 'dead.*', 'dead.>', 'dead events', '.dead']) {
      expect(() => assertSubject('dead-letter subject', bad)).toThrow(SubjectError);
    }
  });
});
