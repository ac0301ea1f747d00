/**
 * The demo's last scene, the weekly chore of an app in "Testing": with
 * consent-issue: true the action opens an issue two days before the grant
 * ends, a person answers it from a phone by pasting the address the browser
 * landed on, and the re-seed workflow on issue_comment renews the grant,
 * deletes the comment and closes the issue.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionRun } from '../sim/action-runner.js';
import { consentRedirect } from '../sim/browser.js';
import type { GitHubSim } from '../sim/github.js';
import type { SimIssue } from '../sim/github-issues.js';
import type { GoogleSim } from '../sim/google.js';
import { yes } from './demo-text.js';

/** What the scene needs of the demo: its simulators, its way of running and telling. */
export interface WeekStage {
  readonly google: GoogleSim;
  readonly github: GitHubSim;
  readonly repository: string;
  readonly secret: string;
  scene(title: string): void;
  say(text: string): void;
  /** A scheduled run of the keep-alive step, with consent-issue: true. */
  keepAlive(): Promise<ActionRun>;
  /** The re-seed workflow's step, run for the issue_comment event in `eventFile`. */
  reseedFromComment(eventFile: string, verifier: string): Promise<ActionRun>;
}

const DAY_MS = 86_400_000;

export async function playConsentWeek(stage: WeekStage, googleClientId: string, scopes: string) {
  const { google, github, repository, secret } = stage;
  const target = { repository };
  stage.scene('10. The weekly re-consent, answered from a phone (consent-issue: true)');
  const token = google.issueGrant({ clientId: googleClientId, scope: scopes });
  github.setSecret(target, secret, token, new Date(Date.now() - 5 * DAY_MS - 3600_000));
  stage.say('[demo] Day 5 after consent: the scheduled keep-alive run opens the consent issue.');
  await stage.keepAlive();
  const issue = github.issues(repository).find((candidate) => candidate.state === 'open');
  if (!issue) {
    stage.say('[demo] The issue was opened: NO.');
    return { secrets: [] as string[] };
  }
  stage.say(`\nissue #${issue.number}: ${issue.title}\n${indentBody(issue)}`);

  const link = /\[Open the consent page\]\((\S+)\)/.exec(issue.body)?.[1] ?? '';
  const landing = await consentRedirect(
    google.authorizeUrl,
    Object.fromEntries(new URL(link).searchParams),
  );
  const owner = repository.split('/')[0] ?? '';
  const comment = github.commentAs(repository, issue.number, landing.href, 'OWNER', owner);
  stage.say(
    '[demo] On the phone: open the link, allow, copy the address of the page that fails to load,\npaste it as a comment. GitHub runs the re-seed workflow (on: issue_comment):',
  );
  const verifier = github.secretValue(target, `${secret}_VERIFIER`) ?? '';
  const folder = await mkdtemp(join(tmpdir(), 'ftk-demo-event-'));
  try {
    const eventFile = join(folder, 'event.json');
    await writeFile(
      eventFile,
      JSON.stringify({
        action: 'created',
        issue: {
          number: issue.number,
          body: issue.body,
          labels: issue.labels.map((name) => ({ name })),
        },
        comment: {
          id: comment.id,
          body: comment.body,
          author_association: 'OWNER',
          user: { login: owner },
        },
      }),
    );
    await stage.reseedFromComment(eventFile, verifier);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const after = github.issues(repository).find((candidate) => candidate.number === issue.number);
  stage.say(
    `[demo] The comment with the code was deleted: ${yes(after?.deletedComments.includes(comment.id) ?? false)}; the issue is closed: ${yes(after?.state === 'closed')}; ${secret} holds a new grant: ${yes(github.secretValue(target, secret) !== token)}.`,
  );
  return { secrets: [landing.searchParams.get('code') ?? '', verifier] };
}

/** The issue as a person reads it: the link shortened, the folded copy and hidden marker left out. */
function indentBody(issue: SimIssue): string {
  const folded = /<details>[\s\S]*?<\/details>\n?/g;
  return issue.body
    .replace(folded, '')
    .split('\n')
    .filter((line) => !line.startsWith('<!--'))
    .map((line) => line.replace(/\]\(https?:\/\/[^)]+\)/g, '](…consent link…)'))
    .map((line) => `    ${line}`.trimEnd())
    .join('\n');
}
