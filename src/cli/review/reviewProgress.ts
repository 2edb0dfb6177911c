/** Where progress goes: a terminal gets a redrawn bar, anything else plain lines. */
export interface ProgressSink {
  isTTY: boolean;
  /** Raw text (a terminal's bar is redrawn with "\r"). */
  write(text: string): void;
}

export interface Progress {
  /** One more file done. */
  step(file: string, done: number): void;
  /** Ends the bar's line. */
  finish(): void;
}

const BAR = 24;

/**
 * Progress of `cchc review` on stderr: on a terminal one line "[██████░░░░] 12/40 tệp.xlsx · còn ~8 s" redrawn in
 * place; otherwise one line per file "[12/40] tệp.xlsx" (logs stay readable).
 */
export function createProgress(total: number, sink: ProgressSink, left: (seconds: number) => string): Progress {
  const started = Date.now();
  // An empty bar at once on a terminal: starting the worker threads takes a moment before the first file is done.
  if (sink.isTTY) sink.write(`\r\x1b[K[${"░".repeat(BAR)}] 0/${total}`);
  return {
    step(file, done) {
      if (!sink.isTTY) {
        sink.write(`[${done}/${total}] ${file}\n`);
        return;
      }
      const filled = Math.round((done / total) * BAR);
      const elapsed = (Date.now() - started) / 1000;
      const remaining = done === 0 ? 0 : Math.round((elapsed / done) * (total - done));
      const name = file.length > 40 ? `…${file.slice(-39)}` : file;
      sink.write(`\r\x1b[K[${"█".repeat(filled)}${"░".repeat(BAR - filled)}] ${done}/${total} ${name} · ${left(remaining)}`);
    },
    finish() {
      if (sink.isTTY) sink.write("\n");
    },
  };
}
