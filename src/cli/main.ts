// The `mayastor-events` command: argument parsing, help and errors shared by every sub-command.
import { parseArgs } from 'node:util';
import type { Command, CommandContext } from './command.js';
import { publishCommand } from './publish.js';
import { schemaCommand } from './schema.js';
import { statsCommand } from './stats.js';
import { tailCommand } from './tail.js';
import { validateCommand } from './validate.js';

const COMMANDS: readonly Command[] = [statsCommand, tailCommand, publishCommand, validateCommand, schemaCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `mayastor-events: the Mayastor (OpenEBS) event bus from the command line

Usage: mayastor-events <command> [options]

Commands:
${list}

Run \`mayastor-events <command> --help\` for a command's options.
`;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: Omit<CommandContext, 'positionals' | 'values'>): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr.write(`mayastor-events: unknown command ${JSON.stringify(name)}\n\n${overview()}`);
    return 2;
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
    io.stderr.write(`mayastor-events ${command.name}: ${(error as Error).message}\nUsage: ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`Usage: ${command.usage}\n\n${command.help}\n`);
    return 0;
  }
  try {
    const outcome = await command.run({ ...io, positionals: parsed.positionals, values: parsed.values });
    if ('usageError' in outcome) {
      io.stderr.write(`mayastor-events ${command.name}: ${outcome.usageError}\nUsage: ${command.usage}\n`);
      return 2;
    }
    return outcome.exitCode;
  } catch (error) {
    io.stderr.write(`mayastor-events ${command.name}: ${(error as Error).message}\n`);
    return 2;
  }
}
