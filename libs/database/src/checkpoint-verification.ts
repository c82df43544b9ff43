import type { KeyObject } from 'node:crypto';
import { Checkpoint, checkpointSignatureHolds } from './checkpoint-signing';
import type { StoredCheckpoint } from './checkpoint.repository';

export type CheckpointProblem = 'CHECKPOINT_MISMATCH' | 'CHECKPOINT_SIGNATURE_INVALID';

/** A checkpoint that does not hold: where it was found, which link it signs, and what differs. */
export interface CheckpointFinding {
  /** `chain_checkpoints` for a row of the database, `checkpoint_export` for a line of the export file. */
  table: 'chain_checkpoints' | 'checkpoint_export';
  id: string;
  seq: number;
  problem: CheckpointProblem;
  expected: string;
  found: string;
}

/** The chain's latest checkpoint in the database, and whether the chain as it is now still matches it. */
export interface LatestCheckpoint {
  seq: number;
  hash: string;
  signedAt: string;
  keyId: string;
  holds: boolean;
}

/**
 * Checks a chain whose links verify among themselves against what was signed: the latest checkpoint in the
 * database, and every checkpoint of the chain in the export file (which a rewrite of the database cannot reach).
 * `hashes[seq - 1]` is the hash of link `seq` as stored now.
 */
export function checkAgainstCheckpoints(input: {
  hashes: string[];
  latest: StoredCheckpoint | undefined;
  stored: (seq: number) => StoredCheckpoint | undefined;
  exported: Checkpoint[];
  verifyKey: KeyObject | undefined;
}): { latest: LatestCheckpoint | null; findings: CheckpointFinding[] } {
  const findings: CheckpointFinding[] = [];
  const check = (c: Checkpoint, table: CheckpointFinding['table'], id: string): boolean => {
    const before = findings.length;
    // Without the public key nothing proves who signed: such a checkpoint attests nothing.
    if (!input.verifyKey || !checkpointSignatureHolds(input.verifyKey, c)) {
      findings.push({ table, id, seq: c.seq, problem: 'CHECKPOINT_SIGNATURE_INVALID', expected: 'a signature by CHAIN_VERIFY_KEY', found: c.keyId });
      return false;
    }
    const now = input.hashes[c.seq - 1];
    if (now !== c.hash) findings.push({ table, id, seq: c.seq, problem: 'CHECKPOINT_MISMATCH', expected: c.hash, found: now ?? 'no such link' });
    if (table === 'checkpoint_export') {
      // The database lost (or changed) what the auditor's copy holds: a rewrite that removed its checkpoints too.
      const row = input.stored(c.seq);
      if (!row || row.hash !== c.hash || row.signature !== c.signature) {
        findings.push({
          table: 'chain_checkpoints',
          id,
          seq: c.seq,
          problem: 'CHECKPOINT_MISMATCH',
          expected: c.hash,
          found: row?.hash ?? 'no checkpoint',
        });
      }
    }
    return findings.length === before;
  };
  const latest = input.latest
    ? {
        seq: input.latest.seq,
        hash: input.latest.hash,
        signedAt: input.latest.signedAt,
        keyId: input.latest.keyId,
        holds: check(input.latest, 'chain_checkpoints', input.latest.id),
      }
    : null;
  input.exported.forEach((c) => check(c, 'checkpoint_export', `line for link ${c.seq}`));
  return { latest, findings };
}
