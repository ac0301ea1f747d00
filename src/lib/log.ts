/** Where the flow's progress lines go: core.info / core.warning in the action, stderr in the command. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
}
