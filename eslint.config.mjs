import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** The domain's stage folders, bottom first: a stage imports only the ones before it in this list. */
const DOMAIN_STAGES = ["base", "read", "tree", "check", "plan", "layout"];

const domainWall = [
  { group: ["exceljs", "react", "react-dom", "@fluentui/*", "office-*", "@microsoft/office-js", "node:*", "fs", "path"], message: "src/domain is pure: no host, UI or I/O imports." },
  { regex: "^(\\.\\./)+(hosts|taskpane|commands|cli)(/|$)", message: "Imports only point downward: the domain imports no outer layer." },
];

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
    // The wall around the engine: the domain is pure TypeScript and knows nothing of its hosts.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: domainWall }],
      "no-restricted-globals": ["error", { name: "Excel", message: "Keep Office.js in src/hosts/office." }, { name: "Office", message: "Keep Office.js in src/hosts/office." }],
    },
  },
  // The domain by stage: each stage folder imports only the stages below it (and never index.ts or analyzeWorkbook.ts,
  // which run the whole pipeline from the top). Later blocks replace the rule's options, so each repeats the wall.
  ...DOMAIN_STAGES.map((stage, i) => ({
    files: [`src/domain/${stage}/**/*.ts`],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          ...domainWall,
          ...(i < DOMAIN_STAGES.length - 1
            ? [{ regex: `^(\\.\\./)+(${DOMAIN_STAGES.slice(i + 1).join("|")})(/|$)`, message: `src/domain/${stage} imports only the stages below it (${DOMAIN_STAGES.slice(0, i).join(", ") || "none"}).` }]
            : []),
          { regex: "^(\\.\\./)*\\.\\.(/(index|analyzeWorkbook)?)?$", message: "A stage never imports the domain's door or its pipeline runner." },
        ],
      }],
    },
  })),
  {
    // Outside the engine, the domain is reached only through its door, src/domain/index.ts.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["src/domain/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "^(\\.\\.?/)+(src/)?domain/(?!index$)", message: "Import the domain from src/domain (its index.ts), never a file inside it." },
      ] }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
);
