import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { partnershipWorkflow } from '../../workflows';
import { awaitOpeningRecordedUpdate } from '../../workflows/partnership/messages';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { connectTemporalClient } from '../support/temporal-client';
import { AUDITOR, bearer } from '../support/tokens';

/**
 * Defence in depth behind the validators: a write PostgreSQL refuses as data (here a NUL in the title of a
 * partnership started past the API, as a client of Temporal could) is recorded and raised for operators, and the
 * workflow goes on, instead of its activity retrying for ever with the start request hanging.
 */
describe('a read-model write that PostgreSQL refuses as data', () => {
  const app = useApiAndWorker('read-model-alerts');
  let temporal: Client;

  beforeAll(async () => {
    temporal = await connectTemporalClient();
  });
  afterAll(async () => temporal?.connection.close());

  it('answers the start, records an alert, marks the workflow and shows it to operators', async () => {
    const partnershipId = randomUUID();
    const started = temporal.workflow.executeUpdateWithStart(awaitOpeningRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(partnershipWorkflow, {
        workflowId: partnershipWorkflowId(partnershipId),
        taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [
          {
            partnershipId,
            partnership: {
              title: 'Trasig\u0000titel',
              publicParty: { name: 'Region Skåne' },
              organisations: [{ name: 'Org', organisationNumber: '802456-1238' }],
            },
            startedBy: 'a-client-of-temporal',
            requestId: `poison-${partnershipId}`,
          },
        ],
      }),
    });
    // Answered, not retried for ever (the activity's retry policy has no limit on attempts).
    await expect(
      Promise.race([started, new Promise((_, reject) => setTimeout(() => reject(new Error('the start hangs')), 30_000))]),
    ).resolves.toBeDefined();

    const alerts = await withDatabase(
      async (db) => (await db.query(`SELECT revision, sql_state FROM read_model_alerts WHERE partnership_id = $1`, [partnershipId])).rows,
    );
    expect(alerts).toEqual([{ revision: 0, sql_state: '22021' }]);

    const description = await temporal.workflow.getHandle(partnershipWorkflowId(partnershipId)).describe();
    expect(description.searchAttributes.IopReadModelAlert).toEqual(['22021 at revision 0']);

    const report = await request(app().getHttpServer())
      .get('/reports/read-model-alerts')
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(report.body).toEqual(expect.arrayContaining([expect.objectContaining({ partnershipId, revision: 0, sqlState: '22021' })]));
    const health = await request(app().getHttpServer()).get('/health');
    expect(health.body.details.readModel).toEqual({ status: 'up', alerts: expect.any(Number) });
    expect(health.body.details.readModel.alerts).toBeGreaterThan(0);
  });
});
