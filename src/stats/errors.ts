// The errors of the stats service.
import { MayastorEventsError, OptionsError } from 'mayastor-events';

/** Another writer changed the stored counts since they were read (compare-and-set failed): reload and apply again. */
export class CounterConflictError extends MayastorEventsError {
  override readonly name = 'CounterConflictError';
}

/** The counter store cannot be reached, opened or read. */
export class CounterStoreError extends MayastorEventsError {
  override readonly name = 'CounterStoreError';
}

/** An option of the stats service is invalid. */
export class StatsOptionsError extends OptionsError {
  override readonly name = 'StatsOptionsError';
}
