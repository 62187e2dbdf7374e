// Lint rules double as architecture rules: they keep the layers of DESIGN.md apart.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'src/shared is pure TypeScript: no Node built-ins.' };
const electron = { name: 'electron', message: 'Only src/main/app and src/preload may import electron.' };
const mainFromShared = {
  group: ['**/main/**', '**/sim/**'],
  message: 'src/shared is used by main and the renderer alike: it imports neither main nor the simulators.',
};
const appFromCore = {
  group: ['**/app/**', '**/main/index*'],
  message: 'The core runs without Electron (host, tests, benchmarks): it never imports src/main/app.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.vitest-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Rules that need the types: a promise nobody awaits, a promise where a plain value is expected, a switch
    // that forgets a case. The project service finds each file's tsconfig (shared, node or web).
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, 'react'], patterns: [nodeBuiltins, mainFromShared] },
      ],
    },
  },
  {
    files: ['src/sim/**/*.ts', 'src/main/host/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron] }] },
  },
  {
    // Words a person reads go through the catalogs (src/shared/i18n): a letter in JSX text or in a string
    // given to a label-like attribute is an untranslated sentence. Symbols, digits, punctuation, key caps
    // and key formats such as "pk_live_…" may stay.
    files: ['src/renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Key caps (<kbd>Esc</kbd>) and a lone letter (the logo's K) are not words.
          selector: "JSXElement:not([openingElement.name.name='kbd']) > JSXText[value=/\\p{L}{2}/u]",
          message: "User-visible text goes through t('key') (src/shared/i18n/en.ts), not a literal in JSX.",
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt)$/] > Literal[value=/\\p{L}/u]:not([value=/^[a-z]+(_[a-z]+)*_…$/])',
          message: "Labels a person reads go through t('key') (src/shared/i18n/en.ts), not a literal.",
        },
        {
          selector: 'JSXExpressionContainer > Literal[value=/\\p{L}{2}/u]',
          message: "User-visible text goes through t('key') (src/shared/i18n/en.ts), not a literal in JSX.",
        },
        {
          selector: "NewExpression[callee.name='KassaError']",
          message:
            "An error a person reads is a code with a catalog key: translatedError(code, 'err.…', params) (src/shared/i18n/errors.ts).",
        },
      ],
    },
  },
  {
    // Errors travel as codes with catalog keys (issue 10.3): nothing outside the error modules builds a
    // KassaError from a sentence.
    files: ['src/main/**/*.ts', 'src/shared/**/*.ts', 'src/renderer/**/*.ts'],
    ignores: ['src/shared/errors.ts', 'src/shared/i18n/errors.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='KassaError']",
          message:
            "An error a person reads is a code with a catalog key: translatedError(code, 'err.…', params) (src/shared/i18n/errors.ts).",
        },
      ],
    },
  },
  {
    // A field check's message is a catalog key packed by words() (src/shared/ipc/field-words.ts), never a
    // sentence: the dispatcher's fromZod sends the key and the window says it in its own language.
    files: ['src/shared/ipc/**/*.ts', 'src/main/core/payments/provider-settings.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='KassaError']",
          message:
            "An error a person reads is a code with a catalog key: translatedError(code, 'err.…', params) (src/shared/i18n/errors.ts).",
        },
        {
          selector:
            'Property[key.name=/^(error|message)$/] > :matches(Literal[value=/\\p{L}{2}/u], TemplateLiteral)',
          message: "A field check's message is words('check.…', params) (src/shared/ipc/field-words.ts).",
        },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [appFromCore] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            { group: ['node:*'], message: 'The renderer is sandboxed: talk to main through window.kassa.' },
            {
              group: ['**/main/**', '**/sim/**'],
              message: 'The renderer only imports src/shared and its own code.',
            },
          ],
        },
      ],
    },
  },
);
