// The errors of the stats service.
import { MayastorEventsError } from 'mayastor-events';

/** Another writer changed the stored counts since they were read (compare-and-set failed): reload and apply again. */
export class CounterConflictError extends MayastorEventsError {
  override readonly name = 'CounterConflictError';
}

/** The counter store cannot be reached, opened or read. */
export class CounterStoreError extends MayastorEventsError {
  override readonly name = 'CounterStoreError';
}

/** An option of the stats service is invalid. */
export class StatsOptionsError extends MayastorEventsError {
  override readonly name = 'StatsOptionsError';
  /** The offending option, e.g. `listen`. */
  readonly option: string;
  /** What is wrong with it, in words (the message without the option's name), e.g. for a CLI to name its own flag. */
  readonly reason: string;

  constructor(option: string, reason: string, options?: { cause?: unknown }) {
    super(`invalid option \`${option}\`: ${reason}`, options);
    this.option = option;
    this.reason = reason;
  }
}
