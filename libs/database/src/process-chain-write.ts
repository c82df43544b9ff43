import type { EntityManager } from 'typeorm';
import { auditContent, AuditContentFields, GENESIS_HASH, linkHash, stepContent, StepContentFields } from './hash-chain';
import { named } from './named-sql';
import { AUDIT_COLUMNS, INSERT_MOVE_AUDIT_ENTRIES, INSERT_STEP_RECORDS, STEP_COLUMNS } from './read-model-write';
import { prepared } from './prepared-statements';

/**
 * Writes each step once, and then the move's audit entry once, as the next links of a process's hash chain (keyed
 * by the process's id, whatever its kind), inside the caller's transaction. Under the chain head's lock, rows a
 * retried write already stored are found and skipped: they get no second row and no second link.
 */
export async function appendChainedRecords(
  manager: EntityManager,
  processId: string,
  steps: StepContentFields[],
  audit?: AuditContentFields,
): Promise<void> {
  if (steps.length === 0 && !audit) return;
  const locked = named(
    `WITH head AS (
       INSERT INTO hash_chain_heads (chain_key, seq, hash) VALUES (:chainKey, 0, :genesis)
       ON CONFLICT (chain_key) DO UPDATE SET seq = hash_chain_heads.seq RETURNING seq, hash
     )
     SELECT head.seq, head.hash, ARRAY(SELECT step_key FROM step_records WHERE process_id = :processId AND step_key = ANY(:stepKeys::text[])) AS known,
            EXISTS (SELECT 1 FROM audit_log WHERE command_key = :commandKey) AS audited
     FROM head`,
    // The process id twice: as the chain's key (text) and as the steps' process (uuid).
    {
      chainKey: processId,
      genesis: GENESIS_HASH,
      stepKeys: steps.map((s) => s.stepKey),
      processId,
      commandKey: audit?.commandKey ?? null,
    },
  );
  const [head] = (await manager.query(prepared(locked.text), locked.values)) as { seq: string; hash: string; known: string[]; audited: boolean }[];
  const known = new Set(head.known);
  let seq = Number(head.seq);
  let previous = head.hash;
  const link = (content: unknown) => {
    const hash = linkHash(previous, content);
    const placed = { seq: (seq += 1), prevHash: previous, hash };
    previous = hash;
    return placed;
  };
  const rows = steps.filter((step) => !known.has(step.stepKey)).map((row) => ({ ...row, ...link(stepContent(row)) }));
  const auditRows = audit && !head.audited ? [{ ...audit, ...link(auditContent(audit)) }] : [];
  if (rows.length === 0 && auditRows.length === 0) return;
  const written = named(
    `WITH written AS (
       ${INSERT_STEP_RECORDS}
       SELECT :processId, x."stepKey", x.phase, x.action, x."responsibleKind", x."responsibleOrganisationNumber", x."levelAimedFor",
              x."levelReached", x.actor, x."occurredAt", x.evidence, x."requestId", x.record, x."hashVersion", :chainKey, x.seq, x."prevHash", x.hash
       FROM jsonb_to_recordset(:steps::jsonb) AS x(${STEP_COLUMNS}, seq bigint, "prevHash" text, hash text)
     ),
     audited AS (
       ${INSERT_MOVE_AUDIT_ENTRIES}
       SELECT x."occurredAt", x."requestId", x.actor, x."actorRole", x."actorPublicParty", x."actorOrganisation", x.action, x.target,
              x.outcome, x."statusCode", NULL, x."commandKey", x."hashVersion", :chainKey, x.seq, x."prevHash", x.hash
       FROM jsonb_to_recordset(:audit::jsonb) AS x(${AUDIT_COLUMNS}, seq bigint, "prevHash" text, hash text)
     )
     UPDATE hash_chain_heads SET seq = :seq, hash = :hash WHERE chain_key = :chainKey`,
    { chainKey: processId, processId, steps: JSON.stringify(rows), seq, hash: previous, audit: JSON.stringify(auditRows) },
  );
  await manager.query(prepared(written.text), written.values);
}
