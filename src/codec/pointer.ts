/** JSON Pointer (RFC 6901) escaping of one member name. */
export function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
