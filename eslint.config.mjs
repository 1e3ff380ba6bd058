// @ts-check
/**
 * `npm run lint`: ESLint's and typescript-eslint's recommended rules, and the Office add-in rules
 * (eslint-plugin-office-addins: no context.sync() in a loop, load before read, sync before read…)
 * at the levels of the plugin's own recommended config. The plugin's recommended config itself also
 * turns on Prettier through ESLint; here Prettier runs on its own (`prettier --check .` in
 * `npm run lint`, `.prettierrc.json`), so only the plugin's rules are taken.
 */
import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The office-addins/* rules, at the severity the plugin recommends. */
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => name.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", "coverage/", "test-results/", "node_modules/", "bench/"] },
  // A disable comment that no longer silences anything is itself an error.
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // An `_` name says "unused on purpose"; a caught error need not be used.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    // No import circle in src, type-only ones included: a circle means two modules that cannot change
    // apart, and it is how an upward import between the layers would start.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
      // The rule parses each imported module itself, so it must be told how to read TypeScript.
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js"],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // The Excel double's own tests read without load or sync on purpose: they prove it throws then.
    files: ["test/doubles/**/*.test.ts"],
    rules: Object.fromEntries(Object.keys(officeRules).map((name) => [name, "off"])),
  },
  {
    // Node scripts, the webpack and jest configs, the e2e runner: CommonJS on Node.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Playwright runs the callbacks of page.evaluate in the browser.
    files: ["test/e2e/**/*.js", "scripts/bench-merge-browser.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The older-Excel guard runs in IE11 as well: ES5, browser globals only.
    files: ["src/taskpane/guard.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
);
