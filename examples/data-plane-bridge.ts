// A data-plane bridge: reads io-engine events as JSON lines on standard input and forwards
// them to the event bus. Each line is decoded as the Rust services read it: catalogued events
// and unknown ones (well-formed, from an io-engine newer than this SDK: new enum numbers, new
// pairs, other details) are forwarded byte for byte with `bus.forward`, so members this SDK does
// not know reach the consumers that do; an invalid line is reported on standard error with its
// number, the reason and the JSON Pointer of the offending member, and skipped. Lines are split as bytes, never decoded as text
// first, so that a line that is not UTF-8 is reported rather than silently patched up.
//
// Run it against a NATS server with JetStream (`nats-server -js`):
//   NATS_URL=nats://127.0.0.1:4222 npx tsx examples/data-plane-bridge.ts < events.jsonl
//   kubectl logs -f io-engine-xyz | jq -c 'select(.metadata?)' | npx tsx examples/data-plane-bridge.ts
// Environment:
//   NATS_URL  the server(s), comma-separated (default nats://127.0.0.1:4222)
// Prints one line per published event on standard output. Exits with 1 when a line was invalid
// (or an event could not be published), after publishing every valid one. Stops reading on
// SIGINT/SIGTERM, publishes what it read, and exits.
import { DEFAULT_MAX_QUEUE, connectEventBus, decode } from 'mayastor-events';

const servers = (process.env['NATS_URL'] || 'nats://127.0.0.1:4222').split(',').map((url) => url.trim());

const log = (line: string): void => void process.stderr.write(`data-plane-bridge: ${line}\n`);

/** Each line of `input` as raw bytes (without `\n` or `\r\n`) with its 1-based number; nothing is decoded. */
async function* byteLines(input: AsyncIterable<Buffer>): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of input) {
    let data = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (let newline = data.indexOf(0x0a); newline !== -1; newline = data.indexOf(0x0a)) {
      const end = newline > 0 && data[newline - 1] === 0x0d ? newline - 1 : newline;
      yield { line: ++line, bytes: data.subarray(0, end) };
      data = data.subarray(newline + 1);
    }
    pending = data;
  }
  if (pending.length > 0) yield { line: ++line, bytes: pending };
}

/** Events handed to the bus and not yet acknowledged, at most: below the bus's queue limit, so `publish` never refuses one. */
const WINDOW = DEFAULT_MAX_QUEUE;

async function main(): Promise<number> {
  const bus = await connectEventBus({ servers, maxQueue: WINDOW, logger: { warn: (message, details) => log(`${message} ${JSON.stringify(details ?? {})}`) } });
  log(`connected to ${servers.join(',')}, stream ${bus.stream}; reading JSON lines on standard input`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    log(`${signal}: reading no more lines`);
    stopping = true;
    process.stdin.destroy();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  let published = 0;
  let lost = 0;
  let invalid = 0;
  const unsettled = new Set<Promise<void>>();
  // Hands one event to the bus without waiting for its ack, unless the window is full: then the
  // input is read no faster than the server stores it. The bus sends the events in this order.
  const forward = async (bytes: Uint8Array, what: string, line: number): Promise<void> => {
    while (unsettled.size >= WINDOW) await Promise.race(unsettled);
    const stored = bus.forward(bytes).then(
      (ack) => {
        published++;
        process.stdout.write(`line ${line}: ${what} published as #${ack.sequence}${ack.duplicate ? ' (duplicate, stored once)' : ''}\n`);
      },
      (error: unknown) => {
        // A PublishError: the bus retried and the server never stored it. Report and go on.
        lost++;
        log(`line ${line}: ${what} not published: ${(error as Error).message}`);
      },
    );
    unsettled.add(stored);
    void stored.finally(() => unsettled.delete(stored));
  };

  try {
    for await (const { line, bytes } of byteLines(process.stdin)) {
      if (bytes.length === 0) continue; // blank lines separate nothing in JSON lines
      const result = decode(bytes);
      switch (result.kind) {
        case 'event':
          await forward(bytes, result.key, line);
          break;
        case 'unknown':
          // Forwarded too: consumers that know the newer event get it, the others skip it.
          await forward(bytes, `unknown event (${result.reason})`, line);
          break;
        case 'invalid': {
          invalid++;
          const { code, reason, path } = result.error;
          log(`line ${line}: invalid (${code}) at ${path === '' ? '"" (the whole message)' : path}: ${reason}`);
          break;
        }
      }
    }
  } catch (error) {
    if (!stopping) throw error; // destroying stdin on a signal ends the loop with a premature close
  } finally {
    await Promise.all(unsettled);
    await bus.close(); // waits for every queued publish
  }
  log(`done: ${published} event(s) published, ${invalid} invalid line(s)${lost > 0 ? `, ${lost} not published` : ''}`);
  return invalid > 0 || lost > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`failed: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
