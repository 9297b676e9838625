// A JSON Schema node as plain data: the form of src/generated/shapes.ts, the event schemas as the
// JSON of their TypeBox twins (bigints kept as bigints, no `Kind` symbols), which the testing kit
// walks without loading TypeBox.

/** A JSON-Schema-shaped node: the keywords the generated event schemas use, in TypeBox's spelling. */
export interface SchemaNode {
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  /** JSON Schema's types, and TypeBox's `bigint` (a u64 or i64 past 2^53). */
  readonly type?: string;
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  /** What a missing member reads as (a Duration's members). */
  readonly default?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly additionalProperties?: boolean;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}
