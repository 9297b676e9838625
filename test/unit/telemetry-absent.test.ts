// Without @opentelemetry/api installed (an optional peer dependency), the telemetry is simply
// absent: no error, and the import is tried once per process; `bus.events()` items still run
// `inContext(fn)`, as a plain call.
import { describe, expect, it, vi } from 'vitest';

let imports = 0;
vi.mock('@opentelemetry/api', () => {
  imports++;
  throw new Error("Cannot find package '@opentelemetry/api'");
});

const { startTelemetry } = await import('../../src/telemetry/telemetry.js');
const { createMemoryBus } = await import('../../src/bus/memory.js');
const { createEvent } = await import('../../src/events.js');

describe('telemetry - without @opentelemetry/api', () => {
  it('gives no telemetry and throws nothing, however often it is asked', async () => {
    expect(await startTelemetry(undefined)).toBeUndefined();
    expect(await startTelemetry({})).toBeUndefined();
    expect(imports).toBe(1);
  });

  it('still rejects a malformed option, so that a mistake shows without the package too', async () => {
    await expect(startTelemetry({ tracerProvider: {} as never })).rejects.toThrow(/telemetry\.tracerProvider/);
  });

  it('bus.events() items: inContext(fn) calls fn, returns what it returns and throws what it throws', async () => {
    await using bus = createMemoryBus();
    await bus.publish(createEvent('volume.create', { target: '0b6f5d2e-8f3e-4d1a-9a57-3c2e1f0a9b77' }));
    const failure = new Error('thrown in the loop body');
    let caught: unknown;
    for await (const item of bus.events('volume.create')) {
      expect(item.inContext(() => item.key)).toBe('volume.create');
      try {
        item.inContext(() => {
          throw failure;
        });
      } catch (error) {
        caught = error;
      }
      item.ack();
      break;
    }
    expect(caught).toBe(failure);
  });
});
