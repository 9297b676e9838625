// The `telemetry` option of the buses. Typed structurally, so that a program without
// @opentelemetry/api (an optional peer dependency) type-checks against the package: the real
// providers and propagator of @opentelemetry/api fit these shapes.

/** The part of an OpenTelemetry `TracerProvider` the bus uses (any `TracerProvider` fits). */
export interface TelemetryTracerProvider {
  getTracer(name: string, version?: string): unknown;
}

/** The part of an OpenTelemetry `MeterProvider` the bus uses (any `MeterProvider` fits). */
export interface TelemetryMeterProvider {
  getMeter(name: string, version?: string): unknown;
}

/** The part of an OpenTelemetry `TextMapPropagator` the bus uses (any `TextMapPropagator` fits). */
export interface TelemetryPropagator {
  inject(context: unknown, carrier: unknown, setter: unknown): void;
  extract(context: unknown, carrier: unknown, getter: unknown): unknown;
  fields(): string[];
}

/**
 * OpenTelemetry traces and metrics of a bus. They need the optional peer dependency
 * `@opentelemetry/api`: without it the bus records nothing and costs nothing. By default the bus
 * uses what is registered globally (`trace`, `metrics`, `propagation`), as OpenTelemetry
 * instrumentations do; register the SDK before connecting, since a meter is taken once, at connect.
 * @example { tracerProvider: provider, meterProvider: meters }
 */
export interface TelemetryOptions {
  /**
   * `false`: no spans, no metrics, no trace headers, and `@opentelemetry/api` is not loaded.
   * @default true (when `@opentelemetry/api` can be loaded)
   */
  enabled?: boolean;
  /**
   * Where the `send` and `process` spans go.
   * @default the global tracer provider (`trace.getTracerProvider()`)
   */
  tracerProvider?: TelemetryTracerProvider;
  /**
   * Where the metrics go.
   * @default the global meter provider (`metrics.getMeterProvider()`), as registered when the bus is made
   */
  meterProvider?: TelemetryMeterProvider;
  /**
   * How the trace context is written to and read from NATS message headers.
   * @default the global propagator (`propagation`; W3C `traceparent`/`tracestate` with the SDK's defaults)
   */
  propagator?: TelemetryPropagator;
}

const SHAPES = {
  tracerProvider: ['getTracer'],
  meterProvider: ['getMeter'],
  propagator: ['inject', 'extract', 'fields'],
} as const;

/**
 * Checks the `telemetry` option when the bus is made (before anything is loaded); returns the
 * offending option and what was expected, or `undefined` when it is well-formed.
 */
export function telemetryOptionsProblem(options: unknown): { option: string; message: string } | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) return { option: 'telemetry', message: 'expected an object' };
  const given = options as Record<string, unknown>;
  if (given['enabled'] !== undefined && typeof given['enabled'] !== 'boolean') return { option: 'telemetry.enabled', message: 'expected a boolean' };
  for (const [name, methods] of Object.entries(SHAPES)) {
    const value = given[name];
    if (value === undefined) continue;
    const missing = methods.filter((method) => typeof (value as Record<string, unknown> | null)?.[method] !== 'function');
    if (missing.length > 0) {
      return { option: `telemetry.${name}`, message: `expected an OpenTelemetry ${name} (an object with ${methods.map((m) => `${m}()`).join(', ')}); missing ${missing.join(', ')}` };
    }
  }
  return undefined;
}
