// The `mayastor-events` command: argument parsing, help and errors shared by every sub-command.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import type { Command, CommandContext } from './command.js';
import { doctorCommand } from './doctor/command.js';
import { exploreCommand } from './explore/command.js';
import { Output } from './output.js';
import { describeThrown, escapeUnprintable } from './printable.js';
import { publishCommand } from './publish.js';
import { schemaCommand } from './schema.js';
import { statsCommand } from './stats.js';
import { tailCommand } from './tail.js';
import { validateCommand } from './validate.js';

const COMMANDS: readonly Command[] = [statsCommand, tailCommand, publishCommand, validateCommand, schemaCommand, doctorCommand, exploreCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `mayastor-events: the Mayastor (OpenEBS) event bus from the command line

Usage: mayastor-events <command> [options]

Commands:
${list}

Options:
  -h, --help     this overview
  -V, --version  the version of mayastor-events

Run \`mayastor-events <command> --help\` for a command's options.
`;
}

/**
 * The version in the package's own package.json, read when asked: resolved by the package's
 * name (a self-reference, through the `./package.json` export), it is found the same way from
 * src/ under tsx, from dist/ in the repository and from an installed tarball.
 */
function packageVersion(): string {
  const manifest = createRequire(import.meta.url)('mayastor-events/package.json') as { version: string };
  return manifest.version;
}

/**
 * The line main writes for a command that did not run: `text` often quotes a value from argv or
 * the environment (`--from`, an unexpected argument, a thrown reason), which may hold anything, so
 * every non-printing character in it is escaped here, once for every command. A command may have
 * escaped its values already: the escape is idempotent (its `\uXXXX` is printable, and
 * backslashes are left alone), so that text comes out the same.
 */
function refusal(command: string, text: string): string {
  return `mayastor-events ${command}: ${escapeUnprintable(text)}\n`;
}

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit status. Standard
 * output closed by its reader (`… | head`) ends any command quietly with status 0; a write that
 * fails otherwise is reported, with status 1.
 */
export async function main(argv: readonly string[], io: Omit<CommandContext, 'positionals' | 'values'>): Promise<number> {
  const stdout = Output.of(io.stdout);
  const stderr = Output.of(io.stderr);
  const status = await run(argv, io);
  if (stdout.failure !== undefined) {
    stderr.write(`mayastor-events${argv[0] === undefined ? '' : ` ${argv[0]}`}: cannot write the output: ${stdout.failure}\n`);
    return 1;
  }
  return status.ran && stdout.signal.aborted ? 0 : status.code;
}

/** The exit status of one run, and whether a command ran (not a usage error, nor a throw). */
async function run(argv: readonly string[], context: Omit<CommandContext, 'positionals' | 'values'>): Promise<{ code: number; ran: boolean }> {
  const stdout = Output.of(context.stdout);
  const stderr = Output.of(context.stderr);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    stdout.write(overview());
    return { code: name === undefined ? 2 : 0, ran: false };
  }
  if (name === '--version' || name === '-V') {
    stdout.write(`${packageVersion()}\n`);
    return { code: 0, ran: false };
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    stderr.write(`mayastor-events: unknown command ${escapeUnprintable(JSON.stringify(name))}\n\n${overview()}`);
    return { code: 2, ran: false };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    stderr.write(`${refusal(command.name, (error as Error).message)}Usage: ${command.usage}\n`);
    return { code: 2, ran: false };
  }
  if (parsed.values.help) {
    stdout.write(`Usage: ${command.usage}\n\n${command.help}\n`);
    return { code: 0, ran: false };
  }
  try {
    const outcome = await command.run({ ...context, positionals: parsed.positionals, values: parsed.values });
    if ('usageError' in outcome) {
      stderr.write(`${refusal(command.name, outcome.usageError)}Usage: ${command.usage}\n`);
      return { code: 2, ran: false };
    }
    return { code: outcome.exitCode, ran: true };
  } catch (error) {
    // Whatever was thrown, even a value with no string form (Object.create(null)): main never rejects.
    stderr.write(refusal(command.name, describeThrown(error)));
    return { code: 2, ran: false };
  }
}
