import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HISTORIES = join(__dirname, '__histories__');

/**
 * Replays recorded histories of the Partnership workflow (made by `npm run histories:record`, exported with the
 * temporal CLI) against the workflow code of this commit. A change that would break running executions fails
 * here; the remedy is `patched()` (see the README), never new fixtures.
 */
describe('recorded Partnership histories', () => {
  beforeAll(() => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // installed already in this test file's context
    }
  });

  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));

  it('are kept in the repository for every scenario', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        // Recorded before read-model writes became local activities: executions of that version replay the old path.
        'lifecycle-to-expiry.json',
        'withdrawal-and-termination.json',
        'continue-as-new-run1.json',
        // Recorded after it, behind patched('read-model-writes-as-local-activity').
        'lifecycle-to-expiry.local-writes.json',
        'withdrawal-and-termination.local-writes.json',
        'continue-as-new-run1.local-writes.json',
        // Recorded after moves came to be answered before their writes, behind patched('answer-moves-before-read-model-write').
        'lifecycle-to-expiry.answer-before-write.json',
        'withdrawal-and-termination.answer-before-write.json',
        'continue-as-new-run1.answer-before-write.json',
        'continue-as-new-run2.answer-before-write.json',
        // A start that brought its problem definition (the start's input gained an optional field; no patch).
        'start-with-problem-definition.one-request-start.json',
        // Rules version 3 (patch rules-version-3): every scenario again, and the legal and democratic frame (opened at
        // the instant its input carries, levels per phase, a profile, why IOP, state aid, the announcement recorded
        // after the decision, legal force and an organisation's own leaving by timers, the public party's notice).
        'lifecycle-to-expiry.rules-v3.json',
        'withdrawal-and-termination.rules-v3.json',
        'start-with-problem-definition.rules-v3.json',
        'legal-and-democratic-frame.rules-v3.json',
        'continue-as-new-run1.rules-v3.json',
        'continue-as-new-run2.rules-v3.json',
        // Rules version 4 (patch rules-version-4): every scenario again; the parties of the lifecycle and the withdrawal
        // sign before legal force, and the legal and democratic frame's signed agreement enters into force with the
        // legal-force timer.
        'lifecycle-to-expiry.rules-v4.json',
        'withdrawal-and-termination.rules-v4.json',
        'start-with-problem-definition.rules-v4.json',
        'legal-and-democratic-frame.rules-v4.json',
        'continue-as-new-run1.rules-v4.json',
        'continue-as-new-run2.rules-v4.json',
        // Rules version 5 (patch rules-version-5): every scenario again; the approvals name the agreement document and
        // the signatures its SHA-256.
        'lifecycle-to-expiry.rules-v5.json',
        'withdrawal-and-termination.rules-v5.json',
        'start-with-problem-definition.rules-v5.json',
        'legal-and-democratic-frame.rules-v5.json',
        'continue-as-new-run1.rules-v5.json',
        'continue-as-new-run2.rules-v5.json',
      ]),
    );
  });

  it.each(files)('replay without nondeterminism: %s', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));
    await Worker.runReplayHistory({ workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! } }, history, file);
  });
});
