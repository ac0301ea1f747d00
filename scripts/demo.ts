/**
 * `npm run demo`: runs the bundled action (dist/index.js) exactly as the Actions
 * runner does, against the built-in simulators on 127.0.0.1, and prints what a
 * user would see: the workflow step, the step log and the job summary, first
 * for the default (Google) path, then for the failures a user will meet, then
 * for the legacy Fitbit rotation chain, the weekly re-consent, and last the pull
 * action keeping the data, whose folder (README.md, daily.csv, charts/) it keeps
 * and names at the end. No credentials, no network, no token printed. The
 * scenes are in demo-scenes.ts.
 *
 * Its test opens one more pipe and names it in FTK_DEMO_RESULT_FD: the demo
 * writes there, never to its output, every secret it handled and each scene's
 * exit codes, so the test can check the printed text against them.
 */
import { writeSync } from 'node:fs';
import { runDemo } from './demo-scenes.js';

const result = await runDemo((text) => process.stdout.write(`${text}\n`));
const resultPipe = process.env.FTK_DEMO_RESULT_FD;
if (resultPipe) writeSync(Number(resultPipe), JSON.stringify(result));
