// `npm run bench:types`: what the three-pattern consumer (three-patterns.ts) costs to type-check,
// as a user pays it: against the package's declarations, not its sources (whose function bodies
// a user never checks). Emits src/index.ts's declarations, checks the program with
// tsconfig.types-bench.json and prints tsc's counters. Instantiation counts are deterministic:
// the run fails when the program exceeds its budget (issue 9: 25k). Times are printed, never judged.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 25_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cache = join(root, 'node_modules/.cache/types-bench');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function run(args: string[]): string {
  try {
    return execFileSync(process.execPath, [tsc, ...args], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    throw new Error(`tsc ${args.join(' ')} failed`);
  }
}

// The declarations a user gets (tsup bundles them into one file; the types are the same).
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
const up = relative(cache, root);
writeFileSync(
  join(cache, 'tsconfig.emit.json'),
  JSON.stringify({
    extends: join(up, 'tsconfig.json'),
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: join(up, 'src'), outDir: './dts' },
    files: [join(up, 'src/index.ts')],
    include: [],
  }),
);
run(['-p', join(cache, 'tsconfig.emit.json')]);

const output = run(['-p', 'tsconfig.types-bench.json', '--extendedDiagnostics']);
const counter = (name: string): string => new RegExp(`^${name}:\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '?';
const instantiations = Number(counter('Instantiations'));
console.log('three-pattern consumer (test/types/bench/three-patterns.ts), checked against the declarations:');
for (const name of ['Files', 'Types', 'Instantiations', 'Check time', 'Total time']) console.log(`  ${`${name}:`.padEnd(16)}${counter(name)}`);
const verdict = instantiations <= BUDGET ? 'within' : 'OVER';
console.log(`  ${verdict} the budget of ${BUDGET} instantiations`);
if (!(instantiations <= BUDGET)) process.exitCode = 1;
