/**
 * A schema built the first time it is used rather than when its module loads. The core reads stored settings
 * at start with a handful of schemas; the modules that define them also define the windows' channels, and
 * building all of those at load was a large part of the core's cold start (bench `cold_start`). The schema is
 * the same object on every call, so validation is exactly as strict as a schema built at load.
 */
export function lazySchema<T>(build: () => T): () => T {
  let built: { schema: T } | null = null;
  return () => (built ??= { schema: build() }).schema;
}
