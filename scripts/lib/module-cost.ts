// What loading an entry of the built package costs a user: the files Node loads and the time the
// import takes, each in a fresh child process that imports the entry by package name (as a user's
// code would, through package.json "exports"). Used by bench/size.bench.ts and
// test/unit/package.test.ts.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** How the entry is loaded: `import()` from an ES module or `require()` from CommonJS. */
export type LoadFormat = 'esm' | 'cjs';

// ESM: a load hook (module.register, in the hooks thread) posts every URL it loads to the main
// thread; messages on one port arrive in order, so once the sentinel's URL (loaded last) arrives,
// all the others have. CommonJS modules (nats, and whatever a CJS module requires) are loaded by
// the CJS loader, which the hook does not see: they are all in require.cache.
const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`;

function esmProbe(specifier: string, then: string): string {
  return `
import { register, createRequire } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), { data: { port: port2 }, transferList: [port2] });
const urls = new Set();
let result;
const sentinel = 'data:text/javascript,export default 0';
const drained = new Promise((resolve) => port1.on('message', (url) => (url === sentinel ? resolve() : urls.add(url))));
const m = await import(${JSON.stringify(specifier)});
${then}
await import(sentinel);
await drained;
port1.close();
const files = new Set([...urls].filter((url) => url.startsWith('file:')).map((url) => new URL(url).pathname));
for (const file of Object.keys(createRequire(import.meta.url).cache)) files.add(file);
console.log(JSON.stringify({ files: [...files], result }));
`;
}

function cjsProbe(specifier: string, then: string): string {
  return `
(async () => {
  let result;
  const m = require(${JSON.stringify(specifier)});
  ${then}
  console.log(JSON.stringify({ files: Object.keys(require.cache), result }));
})();
`;
}

/** What a probe saw: the files loaded, and what its code assigned to `result`. */
export interface LoadedModules {
  /** Absolute paths of every file Node loaded (ESM and CommonJS), the entry's included. */
  readonly files: string[];
  readonly result: unknown;
}

/**
 * The files Node has loaded after importing `specifier` from `cwd` and then running `then`:
 * code that may use the entry as `m`, `await`, and assign `result` (returned as JSON).
 */
export function loadedModules(cwd: string, specifier: string, format: LoadFormat, then = ''): LoadedModules {
  const args = format === 'esm' ? ['--input-type=module', '-e', esmProbe(specifier, then)] : ['--input-type=commonjs', '-e', cjsProbe(specifier, then)];
  const out = execFileSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as LoadedModules;
}

/** Milliseconds `import()` (or `require()`) of `specifier` takes in a fresh process, no hooks installed. */
export function importMillis(cwd: string, specifier: string, format: LoadFormat): number {
  const code =
    format === 'esm'
      ? `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`
      : `const t = performance.now(); require(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, [`--input-type=${format === 'esm' ? 'module' : 'commonjs'}`, '-e', code], { cwd, encoding: 'utf8' });
  return Number(out.trim());
}

/** The npm package a file belongs to (`nats`, `@sinclair/typebox`), or undefined for the SDK's own files. */
export function packageOf(file: string): string | undefined {
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [scope, name] = file.slice(at + '/node_modules/'.length).split('/');
  return scope!.startsWith('@') ? `${scope}/${name}` : scope;
}

/** The repository root (the package directory). */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
