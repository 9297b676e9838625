// The explorer's live source: the events stream read through an ordered consumer (ephemeral,
// unacknowledged, removed by the server when the explorer goes), as `tail` reads it. It only
// reads: the stream is looked up, never created. While it is missing, or after it went away
// (deleted, or a memory stream lost in a server restart), the page says so and the source waits.
import { DEFAULT_STREAM_NAME, EVENTS_SUBJECT_FILTER, decode, type DeliverPolicy, type NatsConnectionSettings } from 'mayastor-events';
import { sleepUnlessAborted } from '../../internal/abort.js';
import { withoutCredentials } from '../../internal/servers.js';
import { firstLine, shownServers } from '../nats-options.js';
import { escapeUnprintable } from '../printable.js';
import { StreamReader, type StoredMessage } from '../stream-reader.js';
import { recordOf } from './record.js';
import type { ExploreStatus } from './protocol.js';
import type { ExploreServer } from './server.js';

// How long to wait before connecting again after a failure (the reader reconnects by itself once connected).
const RETRY_MS = 2_000;


/** Options of {@link LiveSource}. */
export interface LiveSourceOptions {
  readonly connection: NatsConnectionSettings;
  readonly deliver: DeliverPolicy;
  /** `--from` as given, for the status line. */
  readonly from: string;
}

/** Feeds an explorer from the events stream: waits for the stream, then follows it until stopped. */
export class LiveSource {
  readonly #options: LiveSourceOptions;
  readonly #server: ExploreServer;
  readonly #url: string;
  readonly #stopping = new AbortController();
  #running: Promise<void> | undefined;
  // What the page showed before NATS was lost, shown again when it is back.
  #beforeLoss: ExploreStatus | undefined;

  constructor(server: ExploreServer, options: LiveSourceOptions) {
    this.#server = server;
    this.#options = options;
    this.#url = shownServers(options.connection);
  }

  /** Starts following in the background; trouble is shown on the page, never thrown. */
  start(): void {
    this.#running ??= this.#run();
  }

  /** Stops reading and closes the connection. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.#running;
  }

  async #run(): Promise<void> {
    const signal = this.#stopping.signal;
    const stream = DEFAULT_STREAM_NAME;
    let deliver = this.#options.deliver;
    let from = escapeUnprintable(this.#options.from);
    let gone = false;
    while (!signal.aborted) {
      let reader: StreamReader | undefined;
      try {
        reader = await StreamReader.connect(this.#options.connection, 'mayastor-events explore', (change) => this.#connectionChanged(change));
        while (!signal.aborted) {
          if (!(await reader.exists(stream))) {
            this.#server.setStatus({
              state: 'waiting',
              text: `${gone ? `the stream ${stream} went away (deleted, or lost in a server restart)` : `the stream ${stream} does not exist on ${this.#url}`}: waiting for the Mayastor services to create it (explore never does)`,
            });
            if (!(await reader.waitFor(stream, signal))) return;
          }
          if (gone) {
            // A stream found after one went away is a new one: every event in it is new here.
            deliver = { policy: 'all' };
            from = 'the first event of the new stream';
          }
          const following = `following ${stream} on ${this.#url} from ${from}`;
          const onStarted = (): void => this.#server.setStatus({ state: 'live', text: following });
          const end = await reader.follow(stream, { filter: EVENTS_SUBJECT_FILTER, deliver, signal, onStarted }, (message) => this.#show(message));
          if (end === 'stopped') return;
          gone = true;
        }
      } catch (error) {
        this.#server.setStatus({ state: 'down', text: `cannot read the stream on ${this.#url}: ${withoutCredentials(firstLine(error))}; trying again` });
        await sleepUnlessAborted(RETRY_MS, signal);
      } finally {
        await reader?.close();
      }
    }
  }

  /**
   * NATS lost and back while connected (nats.js reconnects by itself): the page says so, then
   * shows again what it showed before (reading goes on where it was, or notices a lost stream).
   */
  #connectionChanged(change: string): void {
    const text = withoutCredentials(escapeUnprintable(change));
    // StreamReader's words for a lost connection; anything else it says is the connection back.
    if (change.startsWith('lost the connection')) {
      if (this.#server.status.state !== 'down') this.#beforeLoss = this.#server.status;
      this.#server.setStatus({ state: 'down', text: `${text} (${this.#url}): no events arrive until it is back` });
    } else if (this.#beforeLoss !== undefined && this.#server.status.state === 'down') {
      this.#server.setStatus(this.#beforeLoss);
      this.#beforeLoss = undefined;
    }
  }

  #show(message: StoredMessage): void {
    this.#server.add(recordOf(decode(message.data), message.data, `${message.subject}, sequence ${message.streamSequence}`));
  }
}
