// The NATS connection flags every bus command takes (`--nats-url`, `--user`/`--password`,
// `--token`, `--creds`, `--tls-ca`, `--tls-cert`/`--tls-key`, each with its environment variable,
// the nats CLI's names for TLS), read once into connection options.
import { accessSync, constants, statSync } from 'node:fs';
import { DEFAULT_NATS_SERVERS, type NatsConnectionSettings } from 'mayastor-events';
import { authenticationProblem } from '../internal/checks.js';
import type { Command, CommandContext } from './command.js';
import { describeThrown, escapeUnprintable } from './printable.js';
import { credentialsKind, readNatsServers } from '../internal/server-urls.js';
import { serversText } from '../internal/servers.js';

/** The server a command connects to when neither `--nats-url` nor `NATS_URL` is given. */
export const DEFAULT_NATS_URL = DEFAULT_NATS_SERVERS;

/** The connection flags in node:util parseArgs form, to spread into a command's `options`. */
export const NATS_CONNECTION_FLAGS = {
  'nats-url': { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  token: { type: 'string' },
  creds: { type: 'string' },
  'tls-ca': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
} as const satisfies Command['options'];

/** The connection flags' lines of `--help`, aligned as the commands' other option lines. */
export const NATS_CONNECTION_HELP = `  --nats-url URL        NATS server(s), comma-separated [NATS_URL] (default ${DEFAULT_NATS_URL})
  --user NAME           user name, with --password [NATS_USER]
  --password SECRET     password [NATS_PASSWORD]
  --token TOKEN         authentication token [NATS_TOKEN]
  --creds FILE          NATS credentials file [NATS_CREDS]
  --tls-ca FILE         CA certificate(s) (PEM) to check the server's with; requires TLS [NATS_CA]
  --tls-cert FILE       client certificate (PEM), with --tls-key; requires TLS [NATS_CERT]
  --tls-key FILE        the client certificate's private key (PEM) [NATS_KEY]`;

/** The string value of `--<flag>`, else the non-empty environment variable `variable`. */
export function flagOrEnv(values: CommandContext['values'], env: CommandContext['env'], flag: string, variable: string): string | undefined {
  const value = values[flag];
  if (typeof value === 'string') return value;
  const fromEnv = env[variable];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

/**
 * Where {@link flagOrEnv} found its value, as a usage error names it: `--<flag>` when given on the
 * command line, `--<flag> (VARIABLE)` when the environment variable `variable` gave it.
 */
export function flagOrEnvName(values: CommandContext['values'], flag: string, variable: string): string {
  return typeof values[flag] === 'string' ? `--${flag}` : `--${flag} (${variable})`;
}

/**
 * Where the user/password way came from, as a usage error names it: `--user/--password`, followed by
 * the environment variables that gave either half, e.g. `--user/--password (NATS_PASSWORD)`.
 */
function userPasswordName(values: CommandContext['values']): string {
  const fromEnv = ([['user', 'NATS_USER'], ['password', 'NATS_PASSWORD']] as const)
    .filter(([flag]) => typeof values[flag] !== 'string')
    .map(([, variable]) => variable);
  return fromEnv.length === 0 ? '--user/--password' : `--user/--password (${fromEnv.join(', ')})`;
}

/** Reads the connection flags (flag first, then environment); a string is a usage error to report. */
export function natsConnectionSettings(values: CommandContext['values'], env: CommandContext['env']): NatsConnectionSettings | string {
  const url = flagOrEnv(values, env, 'nats-url', 'NATS_URL') ?? DEFAULT_NATS_URL;
  const user = flagOrEnv(values, env, 'user', 'NATS_USER');
  const pass = flagOrEnv(values, env, 'password', 'NATS_PASSWORD');
  const token = flagOrEnv(values, env, 'token', 'NATS_TOKEN');
  const creds = flagOrEnv(values, env, 'creds', 'NATS_CREDS');
  const problem = authenticationProblem(user, pass, token, creds);
  if (problem === 'user-without-pass') return `${flagOrEnvName(values, 'user', 'NATS_USER')} was given without --password (or NATS_PASSWORD): the two go together`;
  if (problem === 'pass-without-user') return `${flagOrEnvName(values, 'password', 'NATS_PASSWORD')} was given without --user (or NATS_USER): the two go together`;
  if (problem === 'several-ways') {
    // Each way given, named by its source: a variable left in the environment is easily forgotten.
    // The user/password way is a pair, either half of which may come from the environment.
    const given = ([['user', 'NATS_USER', user], ['token', 'NATS_TOKEN', token], ['creds', 'NATS_CREDS', creds]] as const)
      .filter(([, , value]) => value !== undefined)
      .map(([flag, variable]) => (flag === 'user' ? userPasswordName(values) : flagOrEnvName(values, flag, variable)));
    return `give one way to authenticate (--user/--password, --token or --creds), not ${given.slice(0, -1).join(', ')} and ${given.at(-1)!}`;
  }
  const urlName = flagOrEnvName(values, 'nats-url', 'NATS_URL');
  // Read here as the connection will read them (src/internal/server-urls.ts, which splits a
  // comma-separated list), to refuse as a usage error, naming the flag, what it would refuse; the
  // servers are passed on as given, one by one (messages name them, less their credentials).
  const reading = readNatsServers(url);
  if ('problem' in reading) return `${urlName}: ${reading.problem}`;
  if (reading.credentials !== undefined && (user ?? token ?? creds) !== undefined) {
    const other = user !== undefined ? userPasswordName(values) : token !== undefined ? flagOrEnvName(values, 'token', 'NATS_TOKEN') : flagOrEnvName(values, 'creds', 'NATS_CREDS');
    return `give one way to authenticate: ${urlName} carries ${credentialsKind(reading.credentials)} in its URL, and ${other} is given too`;
  }
  const settings: NatsConnectionSettings & { servers: string[] } = { servers: reading.given };
  if (user !== undefined) {
    settings.user = user;
    settings.pass = pass!;
  }
  if (token !== undefined) settings.token = token;
  if (creds !== undefined) settings.credentialsFile = creds;
  const tls = tlsSettings(values, env);
  if (typeof tls === 'string') return tls;
  if (tls !== undefined) settings.tls = tls;
  return settings;
}

/**
 * The TLS files of `--tls-ca`, `--tls-cert` and `--tls-key` (or NATS_CA, NATS_CERT, NATS_KEY), as
 * nats.js reads them (on each connect: a renewed certificate is used at the next reconnect). Any
 * of them makes the connection require TLS. A certificate without its key (or a key without its
 * certificate), or a file that cannot be read now, is a usage error: found here, it names the
 * flag, where nats.js would fail each connect with the path alone.
 */
function tlsSettings(values: CommandContext['values'], env: CommandContext['env']): NatsConnectionSettings['tls'] | string | undefined {
  const files = (
    [
      ['tls-ca', 'NATS_CA', 'caFile'],
      ['tls-cert', 'NATS_CERT', 'certFile'],
      ['tls-key', 'NATS_KEY', 'keyFile'],
    ] as const
  ).map(([flag, variable, option]) => ({ flag, variable, option, path: flagOrEnv(values, env, flag, variable) }));
  const [, cert, key] = files;
  if ((cert!.path === undefined) !== (key!.path === undefined)) {
    const [given, missing] = cert!.path === undefined ? [key!, cert!] : [cert!, key!];
    return `${flagOrEnvName(values, given.flag, given.variable)} was given without --${missing.flag} (or ${missing.variable}): a client certificate and its key go together`;
  }
  const tls: NonNullable<NatsConnectionSettings['tls']> = {};
  for (const { flag, variable, option, path } of files) {
    if (path === undefined) continue;
    const problem = unreadableFile(path);
    if (problem !== undefined) return `${flagOrEnvName(values, flag, variable)}: cannot read "${escapeUnprintable(path)}": ${problem}`;
    tls[option] = path;
  }
  return Object.keys(tls).length === 0 ? undefined : tls;
}

// Why `path` is not a file this process can read now, or undefined when it is.
function unreadableFile(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return 'not a file';
    accessSync(path, constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : firstLine(error);
  }
}

/**
 * The first line of an error's message, with every non-printing character escaped: a connection
 * failure as one line of output. The message often quotes the servers as given (`--nats-url`,
 * `NATS_URL`), which may hold anything. Anything else thrown is described by `describeThrown`,
 * which never throws.
 */
export function firstLine(error: unknown): string {
  const text = error instanceof Error && typeof error.message === 'string' ? error.message : describeThrown(error);
  return escapeUnprintable(text.split('\n')[0]!);
}

/**
 * The servers as a command shows them: comma-separated, every non-printing character escaped,
 * and without the user and password a URL may carry (`nats://user:pass@host` is shown as
 * `nats://host`).
 */
export function shownServers(connection: NatsConnectionSettings): string {
  return escapeUnprintable(serversText(connection.servers, ''));
}

