/**
 * The ribbon's ExecuteFunction names: manifest.xml's <FunctionName> elements must match these exactly
 * (test/manifest.test.ts checks it), and commands.ts associates a handler with each.
 */
export const COMMAND_IDS = {
  checkWorkbook: "checkWorkbook",
  createRemediation: "createRemediation",
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];
