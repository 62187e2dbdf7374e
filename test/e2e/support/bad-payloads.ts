/**
 * Wrong requests for a channel, generated from its zod schema: start from a request the schema accepts, then
 * break it one field at a time (wrong types, null, missing, strings for numbers, negative, fractional and
 * huge numbers) and add fields that do not belong. Only payloads the schema itself rejects are kept, so every
 * one of them must come back as an error. Deterministic: no randomness, the same list every run.
 */
import type { z } from 'zod';

type Path = (string | number)[];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const sampleStrings = [
  '6f1c2a47-3b0e-4b8a-9a51-2f6d3c1e8b90',
  '2000000000015',
  'milk',
  'EUR',
  '1234',
  'cash',
  'a',
];
const sampleNumbers = [1, 100, 0];

function candidates(schema: z.ZodType): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const sampled = sample(field);
        if (sampled !== undefined) value[key] = sampled;
      }
      return [value];
    }
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType ? candidates(def.innerType) : [];
    case 'nullable':
      return [...(def.innerType ? candidates(def.innerType) : []), null];
    case 'pipe':
      return def.in ? candidates(def.in) : [];
    case 'string':
      return sampleStrings;
    case 'number':
    case 'int':
      return sampleNumbers;
    case 'boolean':
      return [true, false];
    case 'array':
      return def.element ? [[sample(def.element)], []] : [[]];
    case 'enum':
      return Object.values(def.entries ?? {});
    case 'literal':
      return def.values ?? [];
    case 'union':
      return (def.options ?? []).flatMap(candidates);
    default:
      return [];
  }
}

/** A value the schema accepts, or undefined when none of the usual candidates fits. */
export function sample(schema: z.ZodType): unknown {
  return candidates(schema).find((c) => c !== undefined && schema.safeParse(c).success);
}

const wrongValues: unknown[] = [null, 'text', '', '12', 42, -1, 0.5, 1e300, 2 ** 60, true, [], {}];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return [...(path.length > 0 ? [path] : []), ...entries.flatMap(([k, v]) => leafPaths(v, [...path, k]))];
  }
  return [path];
}

function objectPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
  }
  return [];
}

function edit(
  base: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) change(parent, last);
  return copy;
}

/** What reaches main: the bridge sends `{}` for a missing request, and JSON carries the rest. */
const asSent = (payload: unknown): unknown => JSON.parse(JSON.stringify(payload ?? {})) as unknown;

export function badPayloads(request: z.ZodType): unknown[] {
  const base = sample(request) ?? {};
  const generated: unknown[] = [null, 'text', 42, true, [], [base], { ...(base as object), unexpected: 1 }];
  for (const path of leafPaths(base)) {
    generated.push(
      edit(base, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      }),
    );
    for (const wrong of wrongValues) generated.push(edit(base, path, (parent, key) => (parent[key] = wrong)));
  }
  for (const path of objectPaths(base)) {
    if (path.length === 0) continue;
    generated.push(
      edit(base, path, (parent, key) => {
        parent[key] = { ...(parent[key] as object), unexpected: 'field' };
      }),
    );
  }
  const seen = new Set<string>();
  return generated.map(asSent).filter((payload) => {
    const key = JSON.stringify(payload);
    if (seen.has(key)) return false;
    seen.add(key);
    return !request.safeParse(payload).success;
  });
}
