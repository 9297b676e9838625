// Lookups both ways between enum names and the numbers that travel on the wire.
export { EventAction, EventCategory, EventComponent, EventVersion, RebuildStatus, SwitchOverStatus } from './generated/enums.js';

const reverse = new WeakMap<object, Map<number, string>>();

/**
 * The name of an enum number, or undefined for a number this SDK does not know (enums are open).
 *
 * @example
 * enumName(EventCategory, 2); // 'Volume'
 */
export function enumName(names: Readonly<Record<string, number>>, value: number): string | undefined {
  let byValue = reverse.get(names);
  if (byValue === undefined) {
    byValue = new Map(Object.entries(names).map(([name, number]) => [number, name]));
    reverse.set(names, byValue);
  }
  return byValue.get(value);
}

/**
 * The number of an enum name, or undefined when the name is not one of it.
 *
 * @example
 * enumValue(EventAction, 'RebuildBegin'); // 4
 */
export function enumValue<E extends Readonly<Record<string, number>>>(names: E, name: string): E[keyof E] | undefined {
  return Object.hasOwn(names, name) ? (names[name] as E[keyof E]) : undefined;
}
