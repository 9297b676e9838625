/** The type of one wire member, as the careful reader sees it. */
export type WireType = 'string' | 'i32' | 'u64' | 'i64' | 'timestamp' | WireMessage;

/** One member of a wire message, in serialization order. */
export interface WireMember {
  readonly name: string;
  readonly type: WireType;
  /** May be null or missing on read; written as null. */
  readonly nullable: boolean;
  /** What the member reads as when it is missing (serde's `#[serde(default)]`); null is still an error. */
  readonly default?: number;
}

/** A wire message: a struct of members in serialization order. */
export interface WireMessage {
  readonly name: string;
  readonly members: readonly WireMember[];
}
