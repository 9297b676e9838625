// `npm run generate` writes every generated file from schemas/catalog.yaml (and the explorer
// page's script from src/cli/explore/client.ts);
// `npm run generate -- --check` writes nothing and fails when any of them is stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from './generate/model.ts';
import { emitTypescript } from './generate/typescript.ts';
import { emitDocuments } from './generate/documents.ts';
import { emitChecks } from './generate/checks.ts';
import { emitInterfaces } from './generate/interfaces.ts';
import { emitCanonical } from './generate/canonical.ts';
import { emitExploreClient } from './generate/explore-client.ts';
import { emitShapes } from './generate/shapes.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Folders whose every file is generated: files there that the catalog no longer makes are stale. */
const GENERATED_DIRS = ['src/generated', 'schemas/json'];

function main(): number {
  const check = process.argv.includes('--check');
  const model = loadCatalog(join(root, 'schemas/catalog.yaml'));
  const files = new Map([...emitTypescript(model), ...emitDocuments(model), ['src/generated/canonical.ts', emitCanonical(model)] as const]);
  files.set('src/generated/checks.ts', emitChecks(model));
  files.set('src/generated/types.ts', emitInterfaces(model));
  files.set('src/generated/shapes.ts', emitShapes(model));
  files.set('src/generated/explore-client.ts', emitExploreClient(root));

  const stale: string[] = [];
  for (const [path, content] of files) {
    const full = join(root, path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(current === undefined ? `${path} (missing)` : path);
    if (!check) {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  for (const dir of GENERATED_DIRS) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full, { recursive: true, withFileTypes: false }) as string[]) {
      const path = relative(root, join(full, name));
      if (files.has(path) || !/\.[a-z]+$/.test(name)) continue;
      stale.push(`${path} (not generated any more)`);
      if (!check) rmSync(join(root, path));
    }
  }

  if (check) {
    if (stale.length > 0) {
      console.error(`generated files are stale; run \`npm run generate\`:\n  ${stale.join('\n  ')}`);
      return 1;
    }
    console.log(`generated files are up to date (${files.size} files)`);
    return 0;
  }
  console.log(stale.length > 0 ? `wrote ${stale.length} file(s):\n  ${stale.join('\n  ')}` : 'nothing to write');
  return 0;
}

process.exitCode = main();
