import { invalidParam, missingParam, unknownParam } from './errors.ts';
import type { FormObject, FormValue } from './form.ts';

export interface RangeFilter {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

const metadataLimits = { keys: 50, keyLength: 40, valueLength: 500 };

/**
 * Reads an endpoint's form parameters the way Stripe validates them: unknown names first, then each value's type,
 * with Stripe's error codes and messages. Every endpoint lists the parameters it accepts, so a typo in Kassa's
 * client is a 400 here just as it is against Stripe.
 */
export class Params {
  private readonly values: FormObject;
  private readonly prefix: string;

  constructor(values: FormObject, allowed: readonly string[], prefix = '') {
    this.values = values;
    this.prefix = prefix;
    for (const key of Object.keys(values)) {
      if (!allowed.includes(key)) throw unknownParam(this.name(key));
    }
  }

  /** The full bracketed name Stripe reports in `param`, such as `payment_method_options[card_present]`. */
  name(key: string): string {
    return this.prefix === '' ? key : `${this.prefix}[${key}]`;
  }

  has(key: string): boolean {
    return this.values[key] !== undefined;
  }

  private scalar(key: string, required: boolean): string | undefined {
    const value = this.values[key];
    if (value === undefined || value === '') {
      if (required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof value !== 'string') throw invalidParam(`Invalid string: ${describe(value)}`, this.name(key));
    return value;
  }

  string(key: string, options: { required?: boolean; maxLength?: number } = {}): string | undefined {
    const value = this.scalar(key, options.required ?? false);
    if (value !== undefined && options.maxLength !== undefined && value.length > options.maxLength) {
      throw invalidParam(
        `Invalid string: ${value.slice(0, 20)}...; must be at most ${options.maxLength} characters`,
        this.name(key),
      );
    }
    return value;
  }

  requiredString(key: string, maxLength?: number): string {
    return this.string(
      key,
      maxLength === undefined ? { required: true } : { required: true, maxLength },
    ) as string;
  }

  /** `''` clears a nullable field on update; this returns `null` for it and `undefined` when the key is absent. */
  nullableString(key: string, maxLength?: number): string | null | undefined {
    if (this.values[key] === '') return null;
    return this.string(key, maxLength === undefined ? {} : { maxLength });
  }

  integer(key: string, options: { required?: boolean; min?: number } = {}): number | undefined {
    const text = this.scalar(key, options.required ?? false);
    if (text === undefined) return undefined;
    if (!/^-?[0-9]+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw invalidParam(`Invalid integer: ${text}`, this.name(key), 'parameter_invalid_integer');
    }
    const value = Number(text);
    if (options.min !== undefined && value < options.min) {
      throw invalidParam(
        `This value must be greater than or equal to ${options.min}.`,
        this.name(key),
        'parameter_invalid_integer',
      );
    }
    return value;
  }

  requiredInteger(key: string, min?: number): number {
    return this.integer(key, min === undefined ? { required: true } : { required: true, min }) as number;
  }

  boolean(key: string): boolean | undefined {
    const text = this.scalar(key, false);
    if (text === undefined) return undefined;
    if (text !== 'true' && text !== 'false') throw invalidParam(`Invalid boolean: ${text}`, this.name(key));
    return text === 'true';
  }

  oneOf<T extends string>(
    key: string,
    choices: readonly T[],
    options: { required?: boolean } = {},
  ): T | undefined {
    const text = this.scalar(key, options.required ?? false);
    if (text === undefined) return undefined;
    if (!(choices as readonly string[]).includes(text)) {
      throw invalidParam(`Invalid ${this.name(key)}: must be one of ${listWithOr(choices)}`, this.name(key));
    }
    return text as T;
  }

  stringArray(key: string, options: { maxItems?: number } = {}): string[] | undefined {
    const value = this.values[key];
    if (value === undefined || value === '') return undefined;
    if (!Array.isArray(value)) throw invalidParam('Invalid array', this.name(key));
    if (options.maxItems !== undefined && value.length > options.maxItems) {
      throw invalidParam(`Invalid array: must contain at most ${options.maxItems} items`, this.name(key));
    }
    return value.map((item, index) => {
      if (typeof item !== 'string')
        throw invalidParam(`Invalid string: ${describe(item)}`, `${this.name(key)}[${index}]`);
      return item;
    });
  }

  /** Array items that are hashes, such as `inputs[0][type]`. */
  objectArray(key: string): FormObject[] | undefined {
    const value = this.values[key];
    if (value === undefined || value === '') return undefined;
    if (!Array.isArray(value)) throw invalidParam('Invalid array', this.name(key));
    return value.map((item, index) => {
      if (typeof item !== 'object' || Array.isArray(item))
        throw invalidParam('Invalid object', `${this.name(key)}[${index}]`);
      return item;
    });
  }

  /** A nested hash, read with its own list of accepted keys. */
  object(key: string, allowed: readonly string[]): Params | undefined {
    const value = this.values[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
      throw invalidParam('Invalid object', this.name(key));
    return new Params(value, allowed, this.name(key));
  }

  /** A hash the simulator takes as given: Stripe accepts it, but nothing here depends on its inner keys. */
  looseObject(key: string): FormObject | undefined {
    const value = this.values[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
      throw invalidParam('Invalid object', this.name(key));
    return value;
  }

  /**
   * Metadata follows Stripe's limits (50 keys, 40-character keys, 500-character values). An empty value asks to
   * remove that key on update, so it comes back as `null`.
   */
  metadata(key = 'metadata'): Record<string, string | null> | null | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (value === '') return null;
    if (typeof value !== 'object' || Array.isArray(value))
      throw invalidParam('Invalid object', this.name(key));
    const entries = Object.entries(value);
    if (entries.length > metadataLimits.keys) {
      throw invalidParam(
        `You can only specify up to ${metadataLimits.keys} keys in metadata.`,
        this.name(key),
      );
    }
    const result: Record<string, string | null> = {};
    for (const [k, v] of entries) {
      if (typeof v !== 'string') throw invalidParam('Invalid string', `${this.name(key)}[${k}]`);
      if (k.length > metadataLimits.keyLength) {
        throw invalidParam(
          `Metadata keys can have up to ${metadataLimits.keyLength} characters. The key '${k}' has ${k.length}.`,
          `${this.name(key)}[${k}]`,
        );
      }
      if (v.length > metadataLimits.valueLength) {
        throw invalidParam(
          `Metadata values can have up to ${metadataLimits.valueLength} characters, but you passed in a value that is ${v.length} characters.`,
          `${this.name(key)}[${k}]`,
        );
      }
      result[k] = v === '' ? null : v;
    }
    return result;
  }

  /** Timestamps filters are either a number or a hash of `gt`, `gte`, `lt`, `lte`. */
  range(key: string): RangeFilter | undefined {
    const value = this.values[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'string') {
      const exact = this.integer(key) as number;
      return { gte: exact, lte: exact };
    }
    const nested = this.object(key, ['gt', 'gte', 'lt', 'lte']);
    if (nested === undefined) return undefined;
    const range: RangeFilter = {};
    for (const bound of ['gt', 'gte', 'lt', 'lte'] as const) {
      const n = nested.integer(bound);
      if (n !== undefined) range[bound] = n;
    }
    return range;
  }

  expand(): string[] {
    return this.stringArray('expand') ?? [];
  }
}

export function inRange(value: number, range: RangeFilter | undefined): boolean {
  if (range === undefined) return true;
  if (range.gt !== undefined && !(value > range.gt)) return false;
  if (range.gte !== undefined && !(value >= range.gte)) return false;
  if (range.lt !== undefined && !(value < range.lt)) return false;
  if (range.lte !== undefined && !(value <= range.lte)) return false;
  return true;
}

/** Applies a metadata update: `null` values remove keys, `null` as a whole clears everything. */
export function mergeMetadata(
  current: Record<string, string>,
  update: Record<string, string | null> | null | undefined,
): Record<string, string> {
  if (update === undefined) return current;
  if (update === null) return {};
  const next = { ...current };
  for (const [k, v] of Object.entries(update)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next;
}

function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

function describe(value: FormValue): string {
  return typeof value === 'string' ? value : Array.isArray(value) ? 'array' : 'hash';
}
