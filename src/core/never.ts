/**
 * The end of a switch over a closed union: the compiler refuses a member left unhandled, and a
 * value that is none (data from outside the types) fails by name instead of passing silently.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
