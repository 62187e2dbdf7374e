import { invalidParam } from './errors.ts';

/**
 * Stripe's search query language, the subset PaymentIntents need: `field:'value'`, `field~'substring'`,
 * `metadata['key']:'value'`, numeric comparisons (`amount>1000`, `created>=1700000000`), `-` to negate a clause, and
 * clauses joined by `AND` or by `OR` (Stripe does not allow mixing the two).
 */
export type Fields = (field: string, metadataKey: string | null) => string | number | null | undefined;

interface Clause {
  field: string;
  metadataKey: string | null;
  operator: ':' | '~' | '>' | '<' | '>=' | '<=';
  value: string;
  negated: boolean;
}

const clausePattern =
  /^(-)?([a-z_]+)(?:\[['"]([^'"]+)['"]\])?\s*(:|~|>=|<=|>|<)\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?[0-9]+|null))/;

export function parseSearchQuery(query: string): { clauses: Clause[]; joiner: 'AND' | 'OR' } {
  const clauses: Clause[] = [];
  const joiners = new Set<string>();
  let rest = query.trim();
  if (rest === '') throw invalidParam('The search query must not be empty.', 'query');
  for (;;) {
    const match = clausePattern.exec(rest);
    if (match === null) throw invalidParam(`Invalid search query: could not read "${rest}".`, 'query');
    clauses.push({
      negated: match[1] === '-',
      field: match[2] as string,
      metadataKey: match[3] ?? null,
      operator: match[4] as Clause['operator'],
      value: (match[5] ?? match[6] ?? match[7] ?? '').replace(/\\(.)/g, '$1'),
    });
    rest = rest.slice(match[0].length).trim();
    if (rest === '') break;
    const joiner = /^(AND|OR)\s+/.exec(rest);
    if (joiner === null)
      throw invalidParam(`Invalid search query: expected AND or OR before "${rest}".`, 'query');
    joiners.add(joiner[1] as string);
    rest = rest.slice(joiner[0].length);
  }
  if (joiners.size > 1) {
    throw invalidParam(
      'Search queries cannot mix AND and OR: use one of them throughout the query.',
      'query',
    );
  }
  if (clauses.length > 10) throw invalidParam('A search query can have at most 10 clauses.', 'query');
  return { clauses, joiner: joiners.has('OR') ? 'OR' : 'AND' };
}

/** Builds a predicate from a query and the fields a resource lets you search. */
export function searchPredicate<T>(
  query: string,
  searchable: readonly string[],
  fieldsOf: (item: T) => Fields,
): (item: T) => boolean {
  const { clauses, joiner } = parseSearchQuery(query);
  for (const clause of clauses) {
    if (!searchable.includes(clause.field)) {
      throw invalidParam(
        `Field '${clause.field}' is not supported in search queries. Supported fields are: ${searchable.join(', ')}.`,
        'query',
      );
    }
    if (clause.field === 'metadata' && clause.metadataKey === null) {
      throw invalidParam("Search metadata with metadata['key']:'value'.", 'query');
    }
  }
  return (item) => {
    const fields = fieldsOf(item);
    const results = clauses.map((clause) => {
      const matched = matches(fields(clause.field, clause.metadataKey), clause);
      return clause.negated ? !matched : matched;
    });
    return joiner === 'AND' ? results.every(Boolean) : results.some(Boolean);
  };
}

function matches(actual: string | number | null | undefined, clause: Clause): boolean {
  if (clause.value === 'null' && clause.operator === ':') return actual === null || actual === undefined;
  if (actual === null || actual === undefined) return false;
  switch (clause.operator) {
    case ':':
      return String(actual).toLowerCase() === clause.value.toLowerCase();
    case '~':
      return String(actual).toLowerCase().includes(clause.value.toLowerCase());
    default: {
      const a = Number(actual);
      const b = Number(clause.value);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      if (clause.operator === '>') return a > b;
      if (clause.operator === '<') return a < b;
      if (clause.operator === '>=') return a >= b;
      return a <= b;
    }
  }
}
