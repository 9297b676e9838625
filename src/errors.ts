/** Base class of every error this SDK throws: catch it to handle them all. */
export class MayastorEventsError extends Error {
  override readonly name: string = 'MayastorEventsError';
}

/**
 * An option is invalid: `option` names it, `reason` says what is wrong in words (the message
 * without the option's name, for a CLI to name its own flag instead). The bus's and the stats
 * service's option errors extend it: catch it to handle both.
 */
export class OptionsError extends MayastorEventsError {
  override readonly name: string = 'OptionsError';
  /** The offending option, e.g. `concurrency` or `listen`. */
  readonly option: string;
  /** What is wrong with it, in words (the message without the option's name). */
  readonly reason: string;

  constructor(option: string, reason: string, options?: { cause?: unknown }) {
    super(`invalid option \`${option}\`: ${reason}`, options);
    this.option = option;
    this.reason = reason;
  }
}

/** One problem found in an event: where (a JSON Pointer into the event) and what. */
export interface ValidationIssue {
  /** JSON Pointer of the offending member, e.g. `/metadata/source/node`; `""` is the whole event. */
  readonly path: string;
  /** What is wrong with it. */
  readonly message: string;
}

/** An event to publish or encode does not satisfy its schema; `issues` lists every problem by path. */
export class EventValidationError extends MayastorEventsError {
  override readonly name = 'EventValidationError';
  /** Every problem found, in document order. */
  readonly issues: readonly ValidationIssue[];
  /** The subject key of the event that was checked, when it was checked as a catalogued event. */
  readonly key: string | undefined;

  constructor(issues: readonly ValidationIssue[], options?: { key?: string; cause?: unknown }) {
    const list = issues.map((issue) => `  ${issue.path || '/'}: ${issue.message}`).join('\n');
    super(`invalid ${options?.key ?? 'event'}: ${issues.length} problem(s)\n${list}`, options);
    this.issues = issues;
    this.key = options?.key;
  }
}
