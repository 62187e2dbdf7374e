/**
 * Stripe's v1 wire format: `application/x-www-form-urlencoded` bodies (and query strings) whose keys nest with
 * brackets — `metadata[order]=7`, `expand[0]=latest_charge`, `expand[]=latest_charge`,
 * `line_items[0][price_data][currency]=eur`. Every leaf is a string; the endpoint decides what it means.
 */
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

/** Thrown for keys that cannot be read as a nested structure, such as `a[b` or `a=1&a[b]=2`. */
export class FormSyntaxError extends Error {
  readonly key: string;

  constructor(key: string, message: string) {
    super(message);
    this.name = 'FormSyntaxError';
    this.key = key;
  }
}

/** Parses `a=1&b[c]=2&d[0]=x&d[]=y` into `{ a: '1', b: { c: '2' }, d: ['x', 'y'] }`. */
export function parseForm(text: string): FormObject {
  const root: FormObject = {};
  if (text === '') return root;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = decode(rawKey);
    assign(root, splitKey(key), decode(rawValue), key);
  }
  return arraysFromIndexedObjects(root) as FormObject;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new FormSyntaxError(text, `Invalid URL encoding in ${JSON.stringify(text)}.`);
  }
}

/** `a[b][0]` → `['a', 'b', '0']`; `a[]` → `['a', '']` where '' means "append". */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open === -1) return [key];
  const parts = [key.slice(0, open)];
  let rest = key.slice(open);
  while (rest !== '') {
    const match = /^\[([^[\]]*)\]/.exec(rest);
    if (match === null) throw new FormSyntaxError(key, `Invalid parameter name: ${key}`);
    parts.push(match[1] ?? '');
    rest = rest.slice(match[0].length);
  }
  if (parts[0] === '') throw new FormSyntaxError(key, `Invalid parameter name: ${key}`);
  return parts;
}

// Indexed keys are collected in plain objects first (`{ '0': …, '1': … }`) and turned into arrays at the end, so
// `a[1]=x&a[0]=y` and sparse indexes work regardless of order.
const appendMarker = Symbol('append');
type Building = FormObject & { [appendMarker]?: number };

function assign(target: Building, path: string[], value: string, fullKey: string): void {
  let node: Building = target;
  for (let i = 0; i < path.length; i++) {
    let segment = path[i] ?? '';
    if (segment === '' && i > 0) {
      const next = node[appendMarker] ?? Object.keys(node).length;
      node[appendMarker] = next + 1;
      segment = String(next);
    }
    const last = i === path.length - 1;
    if (last) {
      if (typeof node[segment] === 'object') {
        throw new FormSyntaxError(fullKey, `Invalid parameter: ${fullKey} is both a value and a hash.`);
      }
      node[segment] = value;
      return;
    }
    const existing = node[segment];
    if (existing === undefined) {
      const child: Building = {};
      node[segment] = child;
      node = child;
    } else if (typeof existing === 'string') {
      throw new FormSyntaxError(fullKey, `Invalid parameter: ${fullKey} is both a value and a hash.`);
    } else {
      node = existing as Building;
    }
  }
}

function arraysFromIndexedObjects(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const key of keys) converted[key] = arraysFromIndexedObjects(value[key] as FormValue);
  if (keys.length > 0 && keys.every((k) => /^(0|[1-9][0-9]*)$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => converted[String(index)] as FormValue);
  }
  return converted;
}

/** Canonical text of a parsed form, used to decide whether two requests carried the same parameters. */
export function canonicalForm(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalForm).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalForm(value[k] as FormValue)}`).join(',')}}`;
}
