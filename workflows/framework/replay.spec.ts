import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HISTORIES = join(__dirname, '__histories__');

/**
 * Replays recorded histories of the framework agreement workflow (made by scripts/record-framework-histories.ts)
 * against the workflow code of this commit. A change that would break running executions fails here; the remedy is
 * `patched()`, never new fixtures.
 */
describe('recorded framework agreement histories', () => {
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
        // A start with its first version, the adoption, in force by a timer, joining, the steering group, a meeting,
        // the quarter's check.
        'lifecycle-in-force.first.json',
        // Continue-as-new with the state, and moves in the run after.
        'continue-as-new-run1.first.json',
        'continue-as-new-run2.first.json',
      ]),
    );
  });

  it.each(files)('replay without nondeterminism: %s', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));
    await Worker.runReplayHistory({ workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! } }, history, file);
  });
});
