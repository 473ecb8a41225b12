/**
 * Characters that change what a terminal shows rather than show themselves: C0 controls but tab and
 * line feed (and a carriage return not before a line feed), DEL, C1 controls (U+009B is a one-byte CSI),
 * and the bidirectional controls (U+202E right-to-left override and its kin, "Trojan Source").
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * Text made safe to print (issue 16.11: a name with an ANSI escape or a right-to-left override was
 * printed raw): each unsafe character becomes its JSON escape, `\u001b`, `\u202e` — visible in a
 * terminal, and, since such characters occur in our JSON output only inside strings, still valid JSON
 * that parses back to the same value.
 */
export function safeTerminalText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

type Write = (chunk: unknown, ...rest: unknown[]) => boolean;

/**
 * Guards the process's output, once, at the CLI's entry: text written to stdout and stderr passes
 * through `safeTerminalText`, and a closed pipe (`solve … | head -1`: EPIPE) ends the process quietly
 * with its exit code instead of an unhandled-error stack trace. Files the commands write (`--xlsx`,
 * `--csv`) are not terminal output and keep names exactly.
 */
export function guardTerminalOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as Write;
    (stream as unknown as { write: Write }).write = (chunk, ...rest) => write(typeof chunk === "string" ? safeTerminalText(chunk) : chunk, ...rest);
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    });
  }
}
