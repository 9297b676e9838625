// @opentelemetry/api is an optional peer dependency: the built package names it only in a dynamic
// import(), run by the first bus made, so importing the package (to decode, say) loads none of it.
// `npm test` builds dist/ before vitest runs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadedModules, packageRoot } from '../../scripts/lib/module-cost.ts';

const built = readdirSync(`${packageRoot}dist`).filter((file) => /\.(c?js)$/.test(file));

describe('package - @opentelemetry/api stays optional', () => {
  it('no built file imports or requires it statically: only a dynamic import()', () => {
    const mentions = built.flatMap((file) =>
      [...readFileSync(`${packageRoot}dist/${file}`, 'utf8').matchAll(/.{0,12}["']@opentelemetry\/[^"']*["']/g)].map((match) => match[0].trim()),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(mention).toMatch(/import\("@opentelemetry\/api"$/);
  });

  it.each(['esm', 'cjs'] as const)('importing mayastor-events (%s), and making a bus with telemetry disabled, loads none of it', (format) => {
    const then = `const bus = m.createMemoryBus({ telemetry: { enabled: false } }); result = typeof bus.publish;`;
    const { files, result } = loadedModules(packageRoot, 'mayastor-events', format, then);
    expect(result).toBe('function');
    expect(files.filter((file) => file.includes('/@opentelemetry/'))).toEqual([]);
  });
});
