import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      'scripts/measure/anchor/node_modules',
      'scripts/measure/anchor/dist',
      'scripts/measure/anchor/public/dsfr',
      // A measurement fixture for npm run perf, written as a typical react-dsfr app: its types
      // come from its own node_modules, installed only when the measurement runs.
      'scripts/measure/anchor/src',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // One UI runtime: what the tests run is what ships (React, in development, tests,
      // shells and production alike). typescript-eslint's copy of the rule, so that the
      // folders' own no-restricted-imports below do not replace it.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(preact|inferno|solid-js|million)(/|$)',
              message: 'The app runs on React only (react, react-dom).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='console'][callee.property.name=/^(log|info|debug)$/]",
          message: 'No console output in the app: it could carry a secret.',
        },
      ],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/mocks/**'],
              message: 'Shared code never imports a feature, the app or the mocks.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract is the shared kernel: the tab and the server import it, never the reverse.
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '**/server/**', '#src/*'],
              message: 'The contract imports neither the tab nor the server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    // The Vitest tests of the kit's own modules are not journeys.
    ignores: ['e2e/**/*.test.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/**/*.test.ts'],
    rules: {
      // A journey skips itself only on a condition, with a reason.
      'playwright/no-skipped-test': ['error', { allowConditional: true }],
      // The tags that say where a journey runs (e2e/support/where.ts), and no others.
      'playwright/valid-test-tags': [
        'error',
        { allowedTags: ['@backend', '@mock', '@reference-server'] },
      ],
    },
  },
)
