/**
 * Two projects: everything in Node (domain, hosts, CLI, manifest, browser end-to-end), and the task pane's React
 * components in jsdom. Test files sit beside the code they test (`*.test.ts[x]`) or in test/.
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }];

module.exports = {
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  globalSetup: "<rootDir>/test/globalSetup.js",
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/src"],
      testMatch: ["**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/setupJsdom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
