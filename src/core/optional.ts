/**
 * `{ [key]: value }` when the value is defined, else `{}`: spread into an object, the key is absent
 * rather than present as `undefined`, so JSON output and `in` checks stay honest.
 */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
