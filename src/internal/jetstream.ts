// JetStream API error codes the SDK acts on, and how to read one from a nats.js error. Needs no
// import of nats.js: the code is read from the error's `api_error`.

/** `err_code` of a JetStream API error: the stream does not exist. */
export const JS_STREAM_NOT_FOUND = 10059;
/** `err_code`: a stream of that name exists already (created meanwhile). */
export const JS_STREAM_NAME_IN_USE = 10058;
/** `err_code`: the consumer does not exist. */
export const JS_CONSUMER_NOT_FOUND = 10014;
/** `err_code`: no message at that sequence (deleted, or past the stream's end). */
export const JS_NO_MESSAGE_FOUND = 10037;
/** `err_code`: a compare-and-set write found another last sequence (a key-value update lost a race). */
export const JS_WRONG_LAST_SEQUENCE = 10071;

/** The JetStream API error code (`api_error.err_code`) a nats.js error carries, or undefined. */
export function jetStreamErrorCode(error: unknown): number | undefined {
  const code = (error as { api_error?: { err_code?: unknown } } | null | undefined)?.api_error?.err_code;
  return typeof code === 'number' ? code : undefined;
}
