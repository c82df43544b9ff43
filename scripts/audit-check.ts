/**
 * `npm run verify-chains [id …]` and `npm run reconcile [id …]`: the auditor's checks over every partnership (or the
 * ones named), from the command
 * line (DATABASE_URL, and for reconciliation TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE). Prints one line per
 * partnership that fails and a summary; exits 1 when any does.
 */
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { ChainVerifier } from '../libs/database/src/chain-verifier';
import { dataSourceOptions } from '../libs/database/src/data-source-options';
import { reconcileState } from '../libs/database/src/state-diff';
import type { PartnershipState } from '../libs/domain/src';
import { temporalConnectionSettings } from '../libs/temporal/src/connection-options';
import { getStateQuery } from '../workflows/partnership/messages';
import { partnershipWorkflowId } from '../workflows/partnership/types';

async function main(check: string | undefined, only: string[]): Promise<number> {
  if (check !== 'verify-chains' && check !== 'reconcile') throw new Error('usage: audit-check verify-chains|reconcile');
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: must be set to a postgres:// connection URL');
  const dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL)).initialize();
  let failures = 0;
  let checked = 0;
  try {
    // Partnership ids after the check's name narrow it to those; otherwise every partnership is checked.
    const rows: { id: string; revision: number; state: PartnershipState }[] = await dataSource.query(
      `SELECT id, revision, state FROM partnerships WHERE cardinality($1::uuid[]) = 0 OR id = ANY($1::uuid[]) ORDER BY created_at`,
      [only],
    );
    if (check === 'verify-chains') {
      const verifier = new ChainVerifier(dataSource);
      for (const row of rows) {
        checked += 1;
        const result = await verifier.verify(row.id);
        if (!result.valid) {
          failures += 1;
          const link = result.firstBrokenLink!;
          process.stdout.write(`BROKEN ${row.id}: link ${link.seq} (${link.table} ${link.id}) ${link.problem}\n`);
        }
      }
    } else {
      if (!process.env.TEMPORAL_ADDRESS) throw new Error('TEMPORAL_ADDRESS: must be set to host:port');
      const connection = await Connection.connect(temporalConnectionSettings({ TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS, TEMPORAL_API_KEY: process.env.TEMPORAL_API_KEY, TEMPORAL_TLS_CERT_PATH: process.env.TEMPORAL_TLS_CERT_PATH, TEMPORAL_TLS_KEY_PATH: process.env.TEMPORAL_TLS_KEY_PATH, TEMPORAL_TLS: process.env.TEMPORAL_TLS === 'true' ? 'true' : undefined }));
      const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
      for (const row of rows) {
        checked += 1;
        const handle = client.workflow.getHandle(partnershipWorkflowId(row.id));
        const [state, description] = await Promise.all([handle.query(getStateQuery), handle.describe()]);
        const result = reconcileState(row.id, row, { state, status: description.status.name });
        if (!result.consistent) {
          failures += 1;
          process.stdout.write(`DIVERGES ${row.id}: revision ${result.readModelRevision} vs ${result.workflowRevision}; ${result.differences.join(', ')}\n`);
        }
      }
      await connection.close();
    }
  } finally {
    await dataSource.destroy();
  }
  process.stdout.write(`${check}: ${checked} partnerships checked, ${failures} ${check === 'verify-chains' ? 'broken' : 'diverging'}\n`);
  return failures === 0 ? 0 : 1;
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
