// An OpenTelemetry SDK that records in memory, for the telemetry tests: a tracer provider with an
// in-memory span exporter, a meter provider read on demand, and the W3C propagator. Passed to a
// bus through its `telemetry` option, or registered globally with `registerGlobally()`.
import { context, metrics, propagation, trace, type Attributes } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { DataPointType, MeterProvider, MetricReader, type DataPoint, type Histogram, type MetricData } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';

/** A metric reader that exports nothing: the test collects when it wants to look. */
class OnDemandReader extends MetricReader {
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
}

/** The kind of instrument a metric came from, as README.md's table names it. */
function instrumentOf(metric: MetricData): string {
  if (metric.dataPointType === DataPointType.SUM) return metric.isMonotonic ? 'Counter' : 'UpDownCounter';
  if (metric.dataPointType === DataPointType.GAUGE) return 'Gauge';
  return 'Histogram';
}

/** One data point of a collected metric: its attributes and value (a number, or a histogram's count and sum). */
export interface Point {
  readonly attributes: Attributes;
  readonly value: number;
  /** For histograms: the recorded values' count (`value` is then their sum). */
  readonly count?: number;
}

/** A recording SDK and what it has recorded. */
export interface TelemetryRecorder {
  readonly tracerProvider: BasicTracerProvider;
  readonly meterProvider: MeterProvider;
  readonly propagator: W3CTraceContextPropagator;
  /** The spans ended so far. */
  spans(): ReadableSpan[];
  /** Collects the metrics now: name -> points (unit included for the checks). */
  collect(): Promise<Map<string, { unit: string; type: string; points: Point[] }>>;
  /** Registers the providers, the propagator and an async-hooks context manager globally; returns the undo. */
  registerGlobally(): () => void;
  shutdown(): Promise<void>;
}

/** A recording SDK; the context manager is registered too (handlers' spans nest under `process`). */
export function recordTelemetry(): TelemetryRecorder {
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const reader = new OnDemandReader();
  const meterProvider = new MeterProvider({ readers: [reader] });
  const propagator = new W3CTraceContextPropagator();
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  return {
    tracerProvider,
    meterProvider,
    propagator,
    spans: () => exporter.getFinishedSpans(),
    async collect() {
      const { resourceMetrics, errors } = await reader.collect();
      if (errors.length > 0) throw new AggregateError(errors, 'metric collection failed');
      const found = new Map<string, { unit: string; type: string; points: Point[] }>();
      for (const scope of resourceMetrics.scopeMetrics) {
        for (const metric of scope.metrics) {
          const points = (metric.dataPoints as DataPoint<number | Histogram>[]).map((point): Point => {
            const value = point.value;
            return typeof value === 'number'
              ? { attributes: point.attributes, value }
              : { attributes: point.attributes, value: value.sum ?? 0, count: value.count };
          });
          found.set(metric.descriptor.name, { unit: metric.descriptor.unit, type: instrumentOf(metric), points });
        }
      }
      return found;
    },
    registerGlobally() {
      trace.setGlobalTracerProvider(tracerProvider);
      metrics.setGlobalMeterProvider(meterProvider);
      propagation.setGlobalPropagator(propagator);
      return () => {
        trace.disable();
        metrics.disable();
        propagation.disable();
      };
    },
    async shutdown() {
      context.disable();
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
    },
  };
}

/** The sum of a counter's (or the count of a histogram's) points whose attributes include `match`. */
export function total(points: readonly Point[] | undefined, match: Attributes = {}): number {
  let sum = 0;
  for (const point of points ?? []) {
    if (!Object.entries(match).every(([key, value]) => point.attributes[key] === value)) continue;
    sum += point.count ?? point.value;
  }
  return sum;
}
