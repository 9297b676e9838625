/** Base class of every error this SDK throws: catch it to handle them all. */
export class MayastorEventsError extends Error {
  override readonly name: string = 'MayastorEventsError';
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
