import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HISTORIES = join(__dirname, '__histories__');

const historyOf = (file: string) => historyFromJSON(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));

/**
 * Replays recorded histories of the initiative workflow (made by scripts/record-initiative-histories.ts) against the
 * workflow code of this commit. A change that would break running executions fails here; the remedy is
 * `patched()`, never new fixtures.
 */
describe('recorded initiative histories', () => {
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
        // Submitted, assessed in two moves (one criterion assessed again), a partnership opened; completed.
        'open-partnership.first.json',
        // Assessed, another form (a grant) proposed; completed.
        'other-form.first.json',
        // Assessed, declined; completed.
        'declined.first.json',
        // A decision refused before any criterion is assessed and again with half of them assessed; left open.
        'decision-refused-before-assessment.first.json',
      ]),
    );
  });

  it('keep no trace of a refused decision but workflow tasks: no update accepted, no write, no phase', () => {
    const events = historyOf('decision-refused-before-assessment.first.json').events ?? [];
    const accepted = events.flatMap((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? []);
    expect(accepted).toEqual(['awaitInitiativeSubmissionRecorded', 'assessInitiativeUpdate']);
    // The submission's write and the assessment's, their phases (SUBMITTED, ASSESSING), and nothing else.
    expect(events.filter((e) => e.activityTaskScheduledEventAttributes)).toHaveLength(2);
    expect(events.filter((e) => e.upsertWorkflowSearchAttributesEventAttributes)).toHaveLength(2);
    expect(events.some((e) => e.workflowExecutionCompletedEventAttributes)).toBe(false);
  });

  it.each(files)('replay without nondeterminism: %s', async (file) => {
    await Worker.runReplayHistory({ workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! } }, historyOf(file), file);
  });
});
