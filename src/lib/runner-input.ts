/** The runner's inputs to a JavaScript action, as both actions read them. */

/** One input as the runner passed it (INPUT_<NAME>); undefined when it passed none at all. */
export type InputReader = (name: string) => string | undefined;

/** The runner passes input NAME as INPUT_NAME, upper-cased, spaces as _, hyphens kept. */
export function runnerInputs(env: NodeJS.ProcessEnv): InputReader {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
