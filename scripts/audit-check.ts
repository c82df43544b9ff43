/**
 * `npm run verify-chains [id …]` and `npm run reconcile [id …]`: the auditor's checks over every partnership (or the
 * ones named), from the command
 * line (DATABASE_URL, and for reconciliation TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and TEMPORAL_PAYLOAD_KEYS). Prints one line per
 * partnership that fails and a summary; exits 1 when any does. verify-chains also verifies the chain of commands
 * outside any partnership, and each chain against its signed checkpoints (CHAIN_VERIFY_KEY or CHAIN_SIGNING_KEY,
 * and CHAIN_CHECKPOINT_EXPORT_FILE when the auditor's copy is at hand).
 *
 * `npm run checkpoint`: signs now the head of every chain that moved since its last checkpoint (CHAIN_SIGNING_KEY),
 * and appends the checkpoints to CHAIN_CHECKPOINT_EXPORT_FILE.
 */
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { GLOBAL_CHAIN } from '../libs/database/src/audit-log.repository';
import { ChainVerifier } from '../libs/database/src/chain-verifier';
import { CheckpointRepository } from '../libs/database/src/checkpoint.repository';
import { checkpointKeys } from '../libs/database/src/checkpoint-signing';
import { dataSourceOptions } from '../libs/database/src/data-source-options';
import { reconcileState } from '../libs/database/src/state-diff';
import type { PartnershipState } from '../libs/domain/src';
import { temporalConnectionSettings } from '../libs/temporal/src/connection-options';
import { dataConverterFrom } from '../libs/temporal/src/data-converter';
import { getStateQuery } from '../workflows/partnership/messages';
import { partnershipWorkflowId } from '../workflows/partnership/types';

async function main(check: string | undefined, only: string[]): Promise<number> {
  if (check !== 'verify-chains' && check !== 'reconcile' && check !== 'checkpoint')
    throw new Error('usage: audit-check verify-chains|reconcile|checkpoint');
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: must be set to a postgres:// connection URL');
  const keys = checkpointKeys(process.env);
  const dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL)).initialize();
  const checkpoints = new CheckpointRepository(dataSource, keys);
  if (check === 'checkpoint') {
    try {
      if (!keys.signingKey) throw new Error('CHAIN_SIGNING_KEY: must be set to the Ed25519 key that signs the checkpoints');
      const signed = await checkpoints.signMovedHeads();
      for (const c of signed) process.stdout.write(`SIGNED ${c.chainKey}: link ${c.seq} ${c.hash}\n`);
      process.stdout.write(`checkpoint: ${signed.length} chains signed${keys.exportFile ? `, appended to ${keys.exportFile}` : ''}\n`);
      return 0;
    } finally {
      await dataSource.destroy();
    }
  }
  let failures = 0;
  let checked = 0;
  try {
    // Partnership ids after the check's name narrow it to those; otherwise every partnership is checked.
    const rows: { id: string; revision: number; state: PartnershipState }[] = await dataSource.query(
      `SELECT id, revision, state FROM partnerships WHERE cardinality($1::uuid[]) = 0 OR id = ANY($1::uuid[]) ORDER BY created_at`,
      [only],
    );
    if (check === 'verify-chains') {
      const verifier = new ChainVerifier(dataSource, checkpoints);
      // The chain of commands outside any partnership (signatories) too, unless only some partnerships are asked for.
      const chains = [...rows.map((row) => row.id), ...(only.length === 0 ? [GLOBAL_CHAIN] : [])];
      for (const chain of chains) {
        if (chain !== GLOBAL_CHAIN) checked += 1;
        const result = await verifier.verify(chain);
        if (!result.valid) {
          failures += 1;
          const link = result.firstBrokenLink!;
          process.stdout.write(`BROKEN ${chain}: link ${link.seq} (${link.table} ${link.id}) ${link.problem}\n`);
        }
      }
      if (only.length === 0) process.stdout.write(`verify-chains: the ${GLOBAL_CHAIN} chain checked\n`);
    } else {
      if (!process.env.TEMPORAL_ADDRESS) throw new Error('TEMPORAL_ADDRESS: must be set to host:port');
      const connection = await Connection.connect(
        temporalConnectionSettings({
          TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
          TEMPORAL_API_KEY: process.env.TEMPORAL_API_KEY,
          TEMPORAL_TLS_CERT_PATH: process.env.TEMPORAL_TLS_CERT_PATH,
          TEMPORAL_TLS_KEY_PATH: process.env.TEMPORAL_TLS_KEY_PATH,
          TEMPORAL_TLS: process.env.TEMPORAL_TLS === 'true' ? 'true' : undefined,
        }),
      );
      // The workflow's state comes back encrypted, as everything the worker writes.
      const client = new Client({
        connection,
        namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
        dataConverter: dataConverterFrom(process.env),
      });
      for (const row of rows) {
        checked += 1;
        const handle = client.workflow.getHandle(partnershipWorkflowId(row.id));
        // An ended partnership's workflow has completed: its result is the state it ended with.
        const description = await handle.describe();
        const state = description.status.name === 'COMPLETED' ? ((await handle.result()) as PartnershipState) : await handle.query(getStateQuery);
        const result = reconcileState(row.id, row, { state, status: description.status.name });
        if (!result.consistent) {
          failures += 1;
          process.stdout.write(
            `DIVERGES ${row.id}: revision ${result.readModelRevision} vs ${result.workflowRevision}; ${result.differences.join(', ')}\n`,
          );
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
