// ESLint flat config: typescript-eslint's recommended rules over src/, test/ and bench/.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Lazy require() is deliberate: the CLI loads a subcommand (and Bolt, SQLite) only when used.
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Parsers strip control characters on purpose.
      'no-control-regex': 'off',
      // A timer assigned after the closure that clears it is declared: `let` is right there.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    // Tests dig into Slack's JSON payloads; typing every one of them buys nothing.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
