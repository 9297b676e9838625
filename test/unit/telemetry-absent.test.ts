// Without @opentelemetry/api installed (an optional peer dependency), the telemetry is simply
// absent: no error, and the import is tried once per process.
import { describe, expect, it, vi } from 'vitest';

let imports = 0;
vi.mock('@opentelemetry/api', () => {
  imports++;
  throw new Error("Cannot find package '@opentelemetry/api'");
});

const { startTelemetry } = await import('../../src/telemetry/telemetry.js');

describe('telemetry - without @opentelemetry/api', () => {
  it('gives no telemetry and throws nothing, however often it is asked', async () => {
    expect(await startTelemetry(undefined)).toBeUndefined();
    expect(await startTelemetry({})).toBeUndefined();
    expect(imports).toBe(1);
  });

  it('still rejects a malformed option, so that a mistake shows without the package too', async () => {
    await expect(startTelemetry({ tracerProvider: {} as never })).rejects.toThrow(/telemetry\.tracerProvider/);
  });
});
