/**
 * A copy of plain data whose strings are its own. Strings cut from a letter's text (a 文号, a
 * title, a YAML value) can keep the whole text alive in V8; what a long run keeps of each letter
 * is copied so that its memory stays flat. Pure.
 */
export function flatCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
