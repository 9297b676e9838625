import type { Readable, Writable } from 'node:stream';

/** What a sub-command gets: its parsed arguments and the process' streams. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** How a sub-command ended: an exit code, or a usage error for main to report. */
export type CommandOutcome = { readonly exitCode: number } | { readonly usageError: string };

/** One sub-command of the `mayastor-events` CLI. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  readonly usage: string;
  /** The body of `--help`. */
  readonly help: string;
  /** Options in node:util parseArgs form (`--help` is added to every command). */
  readonly options: Readonly<Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>>;
  run(context: CommandContext): Promise<CommandOutcome>;
}
