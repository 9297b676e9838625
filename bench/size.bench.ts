// `npm run bench` (fourth part): what the SDK costs before it does anything. (a) Importing each
// entry of the built package by name, ESM and CJS: the modules Node loads (counted by a load hook
// and require.cache) and the time the import takes (median of fresh processes). (b) A bundle of a
// program that only calls `decode`, as esbuild makes it for Node and for browsers: its size raw
// and minified (esbuild's metafile, by package), and whether the Node ESM bundle runs.
// Not a test. `--baseline <dir>` measures another built checkout in the same run (ratios).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { importMillis, loadedModules, packageOf, packageRoot, type LoadFormat } from '../scripts/lib/module-cost.ts';

// The issue's numbers for the package before the lean core (#9): `import { decode }` loaded 285
// modules in ~225 ms; the decode-only bundle was 454 KB minified. Targets: a quarter of the
// modules and time, 100 KB minified.
const BEFORE = { modules: 285, millis: 225 } as const;
const TARGET = { modules: Math.floor(BEFORE.modules / 4), millis: BEFORE.millis / 4, minifiedBytes: 100 * 1024 } as const;

const { values: flags } = parseArgs({ options: { baseline: { type: 'string' }, runs: { type: 'string', default: '7' } } });
const runs = Number(flags.runs);
const checkouts = [{ name: 'this checkout', dir: packageRoot }, ...(flags.baseline === undefined ? [] : [{ name: 'baseline', dir: flags.baseline }])];

/** Builds dist/ when it is missing or older than a source file (without removing it first: others may be reading it). */
function ensureBuilt(dir: string): void {
  const built = join(dir, 'dist', 'index.js');
  const newest = (path: string): number =>
    statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : statSync(path).mtimeMs;
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(dir, 'src'))) return;
  console.log(`building ${dir}/dist (tsup)…`);
  execFileSync(process.execPath, [join(packageRoot, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: dir, stdio: 'ignore' });
}

const median = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function byPackage(files: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const name = packageOf(file) ?? 'mayastor-events';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(', ');
}

interface ImportRow {
  readonly checkout: string;
  readonly entry: string;
  readonly format: LoadFormat;
  readonly modules: number;
  readonly millis: number;
  readonly packages: string;
}

function measureImports(checkout: { name: string; dir: string }): ImportRow[] {
  const rows: ImportRow[] = [];
  for (const entry of ['mayastor-events', 'mayastor-events/testing', 'mayastor-events/stats']) {
    for (const format of ['esm', 'cjs'] as const) {
      const { files } = loadedModules(checkout.dir, entry, format);
      const millis = median(Array.from({ length: runs }, () => importMillis(checkout.dir, entry, format)));
      rows.push({ checkout: checkout.name, entry, format, modules: files.length, millis, packages: byPackage(files) });
    }
  }
  return rows;
}

interface BundleRow {
  readonly checkout: string;
  readonly platform: 'node' | 'browser';
  readonly raw: number;
  readonly minified: number;
  readonly packages: string;
  readonly runs?: string;
  /** The SDK's largest source files in the minified browser bundle (bundled from src/ to see them). */
  readonly sources?: string;
}

// A volume.create as the control plane writes it.
const volumeCreate =
  '{"category":2,"action":1,"target":"0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77","metadata":{"id":"5f0c8b1e-2d3a-4c5b-8e7f-9a0b1c2d3e4f",' +
  '"source":{"component":1,"node":"","event_details":null},"timestamp":"2024-05-01T10:20:30.123456789Z","version":1}}';
const decodeOnly = `
import { decode } from 'mayastor-events';
console.log(decode(new TextEncoder().encode(${JSON.stringify(volumeCreate)})).kind);
`;

/** Bytes of the bundle's output by npm package (own code as mayastor-events), largest first. */
function bundleShare(metafile: Metafile): string {
  const output = Object.values(metafile.outputs)[0]!;
  const bytes = new Map<string, number>();
  for (const [file, input] of Object.entries(output.inputs)) {
    const name = packageOf(`/${file}`) ?? 'mayastor-events';
    bytes.set(name, (bytes.get(name) ?? 0) + input.bytesInOutput);
  }
  return [...bytes].sort((a, b) => b[1] - a[1]).filter(([, n]) => n > 0).map(([name, n]) => `${name} ${kb(n)}`).join(', ');
}

/** The same program bundled from src/ (the checkout's tsconfig `paths`), to name the source files that weigh. */
async function largestSources(dir: string, scratch: string): Promise<string> {
  const result = await build({
    stdin: { contents: decodeOnly, resolveDir: dir, sourcefile: 'decode-only.js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    write: false,
    outfile: join(scratch, 'decode-only.src.mjs'),
    logLevel: 'silent',
  }).catch(() => undefined);
  if (result === undefined) return 'cannot bundle src/';
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 6)
    .map(([file, input]) => `${file.slice(file.lastIndexOf('src/'))} ${kb(input.bytesInOutput)}`)
    .join(', ');
}

async function measureBundles(checkout: { name: string; dir: string }, scratch: string): Promise<BundleRow[]> {
  const rows: BundleRow[] = [];
  for (const platform of ['node', 'browser'] as const) {
    const bundle = (minify: boolean) =>
      build({
        stdin: { contents: decodeOnly, resolveDir: checkout.dir, sourcefile: 'decode-only.js' },
        // Not the checkout's tsconfig.json, whose `paths` would send 'mayastor-events' to src/:
        // the bundle takes the built package, through package.json "exports" as a user's would.
        tsconfigRaw: '{}',
        bundle: true,
        format: 'esm',
        platform,
        minify,
        metafile: true,
        write: false,
        outfile: join(scratch, `decode-only.${platform}.mjs`),
        logLevel: 'silent',
      });
    let raw: Awaited<ReturnType<typeof bundle>>;
    let minified: Awaited<ReturnType<typeof bundle>>;
    try {
      raw = await bundle(false);
      minified = await bundle(true);
    } catch (error) {
      const errors = (error as { errors?: { text: string }[] }).errors ?? [{ text: String(error) }];
      rows.push({ checkout: checkout.name, platform, raw: NaN, minified: NaN, packages: '', runs: `FAILS to bundle: ${errors[0]!.text} (${errors.length} errors)` });
      continue;
    }
    let runs: string | undefined;
    if (platform === 'node') {
      // The bundle as a user's Node program would run it (it once failed: `Dynamic require of "crypto"`).
      const file = join(scratch, `${checkout.name.replace(/\W/g, '-')}.mjs`);
      writeFileSync(file, raw.outputFiles[0]!.contents);
      try {
        runs = `runs, prints ${execFileSync(process.execPath, [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()}`;
      } catch (error) {
        const stderr = String((error as { stderr?: string }).stderr ?? error);
        runs = `FAILS: ${/^\w*Error: .*$/m.exec(stderr)?.[0] ?? stderr.split('\n')[0]}`;
      }
    }
    rows.push({
      checkout: checkout.name,
      platform,
      raw: raw.outputFiles[0]!.contents.byteLength,
      minified: minified.outputFiles[0]!.contents.byteLength,
      packages: bundleShare(minified.metafile),
      ...(runs === undefined ? {} : { runs }),
      ...(platform === 'browser' ? { sources: await largestSources(checkout.dir, scratch) } : {}),
    });
  }
  return rows;
}

const scratch = mkdtempSync(join(tmpdir(), 'mayastor-events-size-'));
try {
  for (const checkout of checkouts) ensureBuilt(checkout.dir);
  const imports = checkouts.flatMap(measureImports);
  const bundles: BundleRow[] = [];
  for (const checkout of checkouts) bundles.push(...(await measureBundles(checkout, scratch)));

  console.log(`size benchmark: node ${process.version}, import time = median of ${runs} fresh processes (the import alone, not Node's start-up)`);
  console.log(`import cost of the built package (target for the root entry: <= ${TARGET.modules} modules and <= ${TARGET.millis} ms on the issue's machine, a quarter of ${BEFORE.modules} / ~${BEFORE.millis} ms):`);
  for (const row of imports) {
    const before = imports.find((r) => r.checkout === 'baseline' && r.entry === row.entry && r.format === row.format);
    const ratio = before !== undefined && row !== before ? `  (${(row.modules / before.modules).toFixed(2)}x modules, ${(row.millis / before.millis).toFixed(2)}x time of the baseline)` : '';
    const label = `${checkouts.length > 1 ? `${row.checkout}: ` : ''}${row.entry} ${row.format}`;
    const verdict = row.entry === 'mayastor-events' ? (row.modules <= TARGET.modules ? ' (modules within target)' : ' (modules OVER target)') : '';
    console.log(`  ${label.padEnd(46)} ${String(row.modules).padStart(4)} modules ${row.millis.toFixed(1).padStart(7)} ms${verdict}${ratio}`);
    console.log(`  ${''.padEnd(46)} ${row.packages}`);
  }
  console.log(`bundle of a program that only calls decode (esbuild, format esm; target <= ${kb(TARGET.minifiedBytes)} minified, was 454 KB):`);
  for (const row of bundles) {
    const label = `${checkouts.length > 1 ? `${row.checkout}: ` : ''}platform ${row.platform}`;
    if (Number.isNaN(row.raw)) {
      console.log(`  ${label.padEnd(32)} ${row.runs}`);
      continue;
    }
    const verdict = row.minified <= TARGET.minifiedBytes ? 'within target' : 'OVER target';
    console.log(`  ${label.padEnd(32)} ${kb(row.raw).padStart(10)} raw ${kb(row.minified).padStart(10)} minified (${verdict})${row.runs ? `; ${row.runs}` : ''}`);
    console.log(`  ${''.padEnd(32)} ${row.packages}`);
    if (row.sources !== undefined) console.log(`  ${''.padEnd(32)} largest sources: ${row.sources}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
