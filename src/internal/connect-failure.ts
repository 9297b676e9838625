// Why a connect failed, in words: shared by the bus and the stats store's own connection. Imports
// nats.js (its error class) and no SDK error class, so that the stats entry can bundle it.
import { ErrorCode, NatsError } from 'nats';

/** Why nats.js refuses a server without TLS when TLS is required: its own error says only "tls". */
const TLS_NOT_OFFERED =
  'the server does not offer TLS, which a tls:// server URL or TLS settings (the `tls` option; in the CLI --tls-ca, --tls-cert) require: enable TLS on the server, or write nats:// and leave TLS settings out if the connection is meant to be in plain text';

// Node's codes for a server certificate that no trusted CA signed (OpenSSL's verify errors).
const UNTRUSTED_CERTIFICATE = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

/** What to do about a server certificate signed by a CA the process does not trust. */
const UNTRUSTED_ADVICE =
  "the server's TLS certificate is not signed by a CA this process trusts: give the CA that signed it (the `tls` option's `caFile`; in the CLI --tls-ca FILE or NATS_CA)";

/**
 * The reason nats.js gives for a failed connect, in words where its own are a bare option name,
 * with what to do where Node's TLS error only says that a certificate was not verified.
 */
export function connectFailureReason(error: unknown): string {
  if (error instanceof NatsError && error.code === ErrorCode.ServerOptionNotAvailable && error.message === 'tls') return TLS_NOT_OFFERED;
  if (typeof error !== 'object' || error === null) return String(error);
  const { message, code } = error as { message?: unknown; code?: unknown };
  const text = typeof message === 'string' ? message : String(message);
  if (typeof code === 'string' && UNTRUSTED_CERTIFICATE.has(code)) return `${text}: ${UNTRUSTED_ADVICE}`;
  return text;
}
