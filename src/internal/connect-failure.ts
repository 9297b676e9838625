// Why a connect failed, in words: shared by the bus and the stats store's own connection. Imports
// nats.js (its error class) and no SDK error class, so that the stats entry can bundle it.
import { ErrorCode, NatsError } from 'nats';

/** Why nats.js refuses a server without TLS when TLS is required: its own error says only "tls". */
const TLS_NOT_OFFERED =
  'the server does not offer TLS, which a tls:// server URL (or the `tls` option) requires: enable TLS on the server, or write nats:// if the connection is meant to be in plain text';

/** The reason nats.js gives for a failed connect, in words where its own are a bare option name. */
export function connectFailureReason(error: unknown): string {
  if (error instanceof NatsError && error.code === ErrorCode.ServerOptionNotAvailable && error.message === 'tls') return TLS_NOT_OFFERED;
  return (error as Error).message;
}
