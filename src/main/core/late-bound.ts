/**
 * A port to an object that is built later than the one holding the port: for the one place where two parts of
 * the core need each other (see kassa-core.ts). Bound exactly once; using it before then is a programming error
 * that fails loudly instead of reading `undefined`.
 */
export function lateBound<T extends object>(what: string) {
  let target: T | null = null;
  return {
    bind(value: T): void {
      if (target) throw new Error(`${what} is already bound`);
      target = value;
    },
    get(): T {
      if (!target) throw new Error(`${what} was used before it was built`);
      return target;
    },
  };
}
