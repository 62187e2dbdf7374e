/*
 * The catalogs' rules, run by `npm run i18n:check` and by the unit tests (test/unit/shared/i18n-catalogs.test.ts):
 * every English key is in every language, with every plural category that language's CLDR rules have and the
 * same placeholders as the English message; no language has a key English lacks; every key is used somewhere
 * in the source (a key built at run time belongs to one of the families listed below).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from '../../src/shared/i18n/en.ts';
import { languages, type Language } from '../../src/shared/i18n/languages.ts';
import type { Messages } from '../../src/shared/i18n/translate.ts';

/**
 * Keys the code builds from a value (`t(\`role.${staff.role}\`)`): a family is used when its prefix is, and
 * TypeScript checks each built key against the catalog.
 */
export const dynamicKeyFamilies = [
  'role.',
  'status.',
  'paymentStatus.',
  'card.state.',
  'refund.state.',
  'readers.', // readers.online / offline / unknown, from the reader's status
  'prefs.methods.journal.',
  'prefs.methods.terminal.',
  'prefs.mp.country.',
  'prefs.mp.mode.',
  'prefs.mp.note.', // what a terminal's mode means, from its operating mode
  'prefs.mp.source.',
  'prefs.staff.roleHint.',
  'prefs.reports.by.', // the sales report's grouping, from the chosen dimension
  'update.waitingFor.', // what a downloaded update waits for, from the core's blocker codes
] as const;

export interface Problem {
  language: Language | 'all';
  key: string;
  problem: string;
}

interface Shape {
  /** Placeholder names, plural and select arguments included. */
  arguments: Set<string>;
  /** Each plural argument's categories (`=0` exact matches left out). */
  plurals: Map<string, Set<string>>;
}

function shapeOf(message: string): Shape {
  const shape: Shape = { arguments: new Set(), plurals: new Map() };
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound || el.type === TYPE.tag) continue;
      shape.arguments.add(el.value);
      if (el.type === TYPE.plural) {
        const categories = shape.plurals.get(el.value) ?? new Set<string>();
        for (const option of Object.keys(el.options)) if (!option.startsWith('=')) categories.add(option);
        shape.plurals.set(el.value, categories);
      }
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return shape;
}

const sorted = (set: Iterable<string>) => [...set].sort().join(', ');

/** What a language's messages break, compared with English. */
export function checkLanguage(language: Language, messages: Readonly<Partial<Messages>>): Problem[] {
  const problems: Problem[] = [];
  const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const add = (key: string, problem: string) => problems.push({ language, key, problem });
  for (const key of Object.keys(messages)) {
    if (!Object.hasOwn(en, key)) add(key, 'is not an English key (renamed or removed?)');
  }
  for (const [key, english] of Object.entries(en) as [keyof Messages, string][]) {
    const message = messages[key];
    if (message === undefined) {
      add(key, 'is missing');
      continue;
    }
    let shape: Shape;
    try {
      shape = shapeOf(message);
    } catch (error) {
      add(key, `is not a valid ICU message: ${String(error)}`);
      continue;
    }
    const reference = shapeOf(english);
    if (sorted(shape.arguments) !== sorted(reference.arguments)) {
      add(key, `has placeholders {${sorted(shape.arguments)}}, English has {${sorted(reference.arguments)}}`);
    }
    for (const [argument, categories] of shape.plurals) {
      const lacking = needed.filter((c) => !categories.has(c));
      const foreign = [...categories].filter((c) => !(needed as string[]).includes(c));
      if (lacking.length > 0) add(key, `plural {${argument}} lacks the categories ${lacking.join(', ')}`);
      if (foreign.length > 0)
        add(key, `plural {${argument}} has categories ${language} never uses: ${foreign}`);
    }
    for (const argument of reference.plurals.keys()) {
      if (!shape.plurals.has(argument)) add(key, `{${argument}} must be a plural, as in English`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'i18n' && dir.endsWith('shared') ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** English keys that no source file names, outside the catalogs themselves. */
export function unusedKeys(root: string): Problem[] {
  const source = sourceFiles(join(root, 'src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return Object.keys(en)
    .filter((key) => !dynamicKeyFamilies.some((family) => key.startsWith(family)))
    .filter((key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`))
    .map((key) => ({ language: 'all' as const, key, problem: 'is used nowhere in src (remove it)' }));
}

export async function checkCatalogs(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const language of languages) {
    const messages: Readonly<Partial<Messages>> =
      language === 'en'
        ? en
        : (
            (await import(`../../src/shared/i18n/locales/${language}.ts`)) as {
              messages: Partial<Messages>;
            }
          ).messages;
    problems.push(...checkLanguage(language, messages));
  }
  return [...problems, ...unusedKeys(root)];
}
