// The TypeScript blocks of README.md type-check as a user would paste them: each block on its
// own (its imports hoisted), against the package's entries (tsconfig's paths to src/), with only
// the names the prose leaves to the reader declared (ids, the server address, an exporter, the
// user's own service). A block that calls an API by a wrong name or with a wrong option fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Names the README's examples use without defining them: what the reader's program has. */
const GIVEN: Record<string, string> = {
  nexusUuid: 'string',
  healthy: 'string',
  rebuilt: 'string',
  volumeUuid: 'string',
  servers: 'string',
  url: 'string',
  exporter: "import('@opentelemetry/sdk-trace-base').SpanExporter",
  service: '{ createVolume(bus: unknown, id: string): Promise<void> }',
};

interface Block {
  readonly line: number;
  readonly source: string;
}

/** The ```ts blocks of a Markdown text, each with the line it starts on. */
function tsBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const match of markdown.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)) {
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length, source: match[1]! });
  }
  return blocks;
}

/** A module of one block: its imports first, then declarations of the given names it uses and does not define. */
function moduleOf(block: Block): string {
  const lines = block.source.split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import '));
  const given = Object.entries(GIVEN)
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(block.source) && !new RegExp(`\\b(?:const|let)\\s+${name}\\b|^import\\b[^\\n]*\\b${name}\\b`, 'm').test(block.source))
    .map(([name, type]) => `declare const ${name}: ${type};`);
  return [...imports, 'export {};', ...given, ...body].join('\n');
}

/** The diagnostics of the blocks, type-checked together with the project's options (each block its own module). */
function check(blocks: readonly Block[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  const files = new Map(blocks.map((block) => [join(root, `.readme-blocks/line-${block.line}.ts`), moduleOf(block)]));
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, language, onError) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile(name, language, onError) : ts.createSourceFile(name, text, language, true);
  };
  const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && files.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `${diagnostic.file!.fileName.replace(root, '')}:${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as dashes. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');

describe('README.md', () => {
  it('every link to a section names a heading that exists', () => {
    const markdown = readFileSync(join(root, 'README.md'), 'utf8');
    const anchors = new Set([...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));
    const links = [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  it('every TypeScript block type-checks on its own (and a wrong option in a block would fail)', () => {
    const blocks = tsBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(blocks.length).toBeGreaterThan(5);
    // Checked in the same program, so that the check is seen to fail on a wrong option.
    const canary = { line: 0, source: "import { connectEventBus } from 'mayastor-events';\nconst bus = await connectEventBus({ server: servers });\n" };
    const problems = check([...blocks, canary]);
    expect(problems.filter((problem) => problem.includes('line-0.ts')).join('\n')).toMatch(/'server' does not exist/);
    expect(problems.filter((problem) => !problem.includes('line-0.ts'))).toEqual([]);
  }, 120_000);
});
