import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "samples/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The first script of the add-in's pages: plain ES5 for Internet Explorer 11 / Edge Legacy webviews.
    files: ["src/legacy/**/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly", Office: "readonly", BigInt: "readonly", Promise: "readonly", SyntaxError: "readonly" },
    },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    // The wall around the engine: the domain is pure TypeScript and knows nothing of its hosts.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["exceljs", "react", "react-dom", "@fluentui/*", "office-*", "@microsoft/office-js", "node:*", "fs", "path"], message: "src/domain is pure: no host, UI or I/O imports." },
          { group: ["../hosts/*", "../taskpane/*", "../commands/*", "../cli/*"], message: "Imports only point downward: the domain imports no outer layer." },
        ],
      }],
      "no-restricted-globals": ["error", { name: "Excel", message: "Keep Office.js in src/hosts/office." }, { name: "Office", message: "Keep Office.js in src/hosts/office." }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
);
