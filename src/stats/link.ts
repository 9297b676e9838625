// Whether the service can reach NATS now, from the status of its connections (the bus's and the
// store's): one line when the link goes down, one when it is back, and a summary per interval
// while it stays down, instead of a line per reconnect attempt.
import type { StatsLogger } from './logger.js';

/** A status change as nats.js reports it (`disconnect`, `reconnecting`, `reconnect`, `error`…). */
export interface LinkStatus {
  readonly type: string;
  readonly data?: unknown;
}

/** A connection whose status can be followed: nats.js `NatsConnection` has this shape. */
export interface WatchedConnection {
  status(): AsyncIterable<LinkStatus>;
}

/** A duration for a log line or a reason: `4.2 s`, `75 s`, `14 min`. */
export function describeDuration(ms: number): string {
  return ms < 10_000 ? `${(ms / 1_000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1_000)} s` : `${Math.round(ms / 60_000)} min`;
}

/** Follows the connections' status; down while any of them is disconnected. */
export class NatsLink {
  readonly #logger: StatsLogger;
  readonly #summaryInterval: number;
  readonly #down = new Set<number>();
  readonly #iterators: { return?(): unknown; stop?(): unknown }[] = [];
  #downSince = 0;
  #downAt = '';
  // Reconnect attempts per connection since the link went down (each tries on its own).
  readonly #attempts = new Map<number, number>();
  #server: unknown;
  #summary: ReturnType<typeof setInterval> | undefined;
  #closed = false;

  constructor(logger: StatsLogger, summaryInterval: number) {
    this.#logger = logger;
    this.#summaryInterval = summaryInterval;
  }

  /** Follows one more connection (connected now). */
  watch(connection: WatchedConnection): void {
    const id = this.#iterators.length;
    const statuses = connection.status();
    this.#iterators.push(statuses as { return?(): unknown; stop?(): unknown });
    void (async () => {
      try {
        for await (const status of statuses) {
          if (this.#closed) break;
          this.#on(id, status);
        }
      } catch {
        // a status iterator that fails ends like a closed connection: nothing more to follow
      }
    })();
  }

  /** Why NATS cannot be used now, or undefined while every connection is up. */
  get reason(): string | undefined {
    if (this.#down.size === 0) return undefined;
    return `NATS is disconnected (since ${this.#downAt}, ${describeDuration(performance.now() - this.#downSince)})`;
  }

  /** Stops following the connections. */
  close(): void {
    this.#closed = true;
    clearInterval(this.#summary);
    for (const iterator of this.#iterators) {
      // nats.js's status iterator ends on `stop()`; a generic one on `return()`.
      if (typeof iterator.stop === 'function') iterator.stop();
      else void iterator.return?.();
    }
  }

  #on(id: number, status: LinkStatus): void {
    switch (status.type) {
      case 'disconnect':
        this.#server = status.data;
        if (this.#down.has(id)) return;
        this.#down.add(id);
        if (this.#down.size === 1) this.#wentDown();
        return;
      case 'reconnecting':
        this.#attempts.set(id, (this.#attempts.get(id) ?? 0) + 1);
        return;
      case 'reconnect':
        if (!this.#down.delete(id)) return;
        if (this.#down.size === 0) this.#cameBack();
        return;
      default:
        this.#logger.debug?.(`nats connection: ${status.type}`, { data: status.data });
    }
  }

  #wentDown(): void {
    this.#downSince = performance.now();
    this.#downAt = new Date().toISOString();
    this.#attempts.clear();
    this.#logger.warn?.('NATS disconnected: counting paused, reconnecting (one summary line per interval until it is back)', { server: this.#server });
    this.#summary = setInterval(() => {
      this.#logger.warn?.(`NATS still disconnected after ${describeDuration(performance.now() - this.#downSince)}: ${this.#tries()} reconnect attempts so far`, { server: this.#server });
    }, this.#summaryInterval);
    this.#summary.unref?.();
  }

  #tries(): number {
    return Math.max(0, ...this.#attempts.values());
  }

  #cameBack(): void {
    clearInterval(this.#summary);
    this.#summary = undefined;
    this.#logger.info?.(`NATS reconnected after ${describeDuration(performance.now() - this.#downSince)} (${this.#tries()} reconnect attempts): counting goes on`, { server: this.#server });
  }
}
