// @opentelemetry/api, loaded on first use and only then: it is an optional peer dependency, so
// nothing imports it statically (the root entry's module count and the decode-only bundle stay as
// they are), and its absence is an answer (`undefined`), never an error.
import type * as OpenTelemetryApi from '@opentelemetry/api';

/** The module `@opentelemetry/api`. */
export type OpenTelemetryApiModule = typeof OpenTelemetryApi;

let loading: Promise<OpenTelemetryApiModule | undefined> | undefined;

/** `@opentelemetry/api`, or `undefined` when it is not installed; imported once per process. */
export function loadOpenTelemetryApi(): Promise<OpenTelemetryApiModule | undefined> {
  loading ??= import('@opentelemetry/api').then(
    (api) => api,
    () => undefined,
  );
  return loading;
}
