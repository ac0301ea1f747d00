/** What a command may touch of the outside world; tests and the entry point supply it. */
export interface CommandIo {
  /** A line for standard output: only what the user asked for (the URL, a key, a token). */
  out(line: string): void;
  /** A line for standard error: progress and errors. */
  err(line: string): void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** The user's home folder, for the default place of the recovery key. */
  readonly home: string;
  /** Standard input is a terminal: a person types or pastes, so prompt them. */
  readonly stdinIsTTY: boolean;
  openUrl(url: string): Promise<void>;
  /** Standard input to its end. */
  readStdin(): Promise<string>;
  /** The next line of standard input (a paste and Enter); undefined when it ends first. Rejects on abort. */
  readLine(signal: AbortSignal): Promise<string | undefined>;
}
