// `npm run lint`: every source file, with the TypeScript checker's types. The rules chosen are the
// ones that find bugs (promises nobody awaits, awaiting what is not a promise, throwing strings,
// objects printed as "[object Object]", methods losing `this`, switches missing a case); layout is
// Prettier's (`.prettierrc.json`, `npm run format`), which `npm run lint` checks after ESLint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What Node gives a CommonJS or ES module script, for `no-undef` in the plain JavaScript files. */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'require', 'module', '__dirname'].map((name) => [
    name,
    'readonly',
  ]),
);

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', '.data/**', 'test-results/**'] },
  {
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The control characters are the point where they appear: filenames and parsed text are cleaned of them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig that compiles it (the server's or the web app's).
        projectService: { allowDefaultProject: ['apps/web/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Rows from raw SQL and the bodies supertest returns are `any` by their libraries' types; these
      // rules would flag every use of them rather than a mistake.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Not mistakes: an assertion that changes nothing, an `async` function that awaits nothing, `let`
      // where `const` would do. Reporting them would be churn in files others are editing.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      'prefer-const': 'off',
      // A ternary choosing which of two calls to make is a statement; a lone `a === b;` is still caught.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      // React drops what an event handler returns. The async handlers here are react-query refetches,
      // which resolve even on failure, and actions that catch and show their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Component props declared as methods (`onChange(value): void`) are plain callbacks, never bound.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
);
