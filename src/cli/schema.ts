// `mayastor-events schema`: prints the generated schema documents shipped with the package.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog } from 'mayastor-events';
import type { Command } from './command.js';
import { Output } from './output.js';

/** The package's schemas/ folder: beside dist/ when installed, beside src/ in the repository. */
function schemaFile(relative: string): string {
  for (const base of ['../schemas/', '../../schemas/']) {
    const path = fileURLToPath(new URL(base + relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`schemas/${relative} is missing from the package`);
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema or AsyncAPI document of the events',
  usage: 'mayastor-events schema [--json-schema [key]] | --asyncapi | --list',
  help: `Prints a generated document:
  --json-schema        the JSON Schema (2020-12) of any well-formed event message (the default)
  --json-schema <key>  the JSON Schema of one catalogued event, e.g. nexus.rebuildBegin
  --asyncapi           the AsyncAPI 3 document of the events channel and every message
  --list               the subject key of every catalogued event
  --help               show this help

Exit status: 0, or 2 on a usage error.`,
  options: { 'json-schema': { type: 'boolean' }, asyncapi: { type: 'boolean' }, list: { type: 'boolean' } },
  async run({ positionals, values, stdout: stream }) {
    const stdout = Output.of(stream);
    const chosen = ['json-schema', 'asyncapi', 'list'].filter((name) => values[name] === true);
    if (chosen.length > 1) return { usageError: `choose one of --${chosen.join(', --')}` };
    if (values.list) {
      if (positionals.length > 0) return { usageError: '--list takes no argument' };
      for (const entry of catalog) await stdout.write(`${entry.key.padEnd(34)} ${entry.description}\n`);
      return { exitCode: 0 };
    }
    if (values.asyncapi) {
      if (positionals.length > 0) return { usageError: '--asyncapi takes no argument' };
      await stdout.write(readFileSync(schemaFile('asyncapi.yaml'), 'utf8'));
      return { exitCode: 0 };
    }
    if (positionals.length > 1) return { usageError: '--json-schema takes at most one event key' };
    const key = positionals[0];
    if (key !== undefined && !catalog.some((entry) => entry.key === key)) {
      return { usageError: `${JSON.stringify(key)} is not a catalogued event key (see: mayastor-events schema --list)` };
    }
    await stdout.write(readFileSync(schemaFile(`json/${key ?? 'envelope'}.json`), 'utf8'));
    return { exitCode: 0 };
  },
};
