/** What a command may touch of the outside world; tests and the entry point supply it. */
export interface CommandIo {
  /** A line for standard output: only what the user asked for (the URL, a key, a token). */
  out(line: string): void;
  /** A line for standard error: progress and errors. */
  err(line: string): void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  openUrl(url: string): Promise<void>;
  readStdin(): Promise<string>;
}
