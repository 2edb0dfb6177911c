/** Where the command line writes: stdout for reports, stderr for progress and problems. Tests capture both. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Raw stderr for a progress bar; absent or not a terminal: progress is printed as plain lines through err. */
  progress?: { isTTY: boolean; write(text: string): void };
}

/** The real process streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: { isTTY: process.stderr.isTTY === true, write: (text) => process.stderr.write(text) },
};

/** Exit codes: 0 no error finding, 1 some workbook has an error finding, 2 some file cannot be used / bad arguments. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
