/**
 * Intl formatters cost far more to build than to use (a table row's dates built three each time),
 * and the same few locale and option pairs come back all the time: each is built once and kept.
 */
const built = new Map<string, object>();

/** The formatter kept under `key` (which must name everything `build` depends on), built on first use. */
export function intlFormatter<T extends object>(key: string, build: () => T): T {
  let formatter = built.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = build();
    built.set(key, formatter);
  }
  return formatter;
}
