import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Checkpoint, CheckpointKeys, signCheckpoint } from './checkpoint-signing';

/** The Nest token of this process's checkpoint keys (made from the environment in DatabaseModule). */
export const CHECKPOINT_KEYS = Symbol('CHECKPOINT_KEYS');

export class CheckpointSigningUnavailable extends Error {}

interface CheckpointRow {
  id: string;
  chain_key: string;
  seq: string;
  hash: string;
  signed_at: Date;
  key_id: string;
  signature: string;
}

export type StoredCheckpoint = Checkpoint & { id: string };

const toCheckpoint = (r: CheckpointRow): StoredCheckpoint => ({
  id: r.id,
  chainKey: r.chain_key,
  seq: Number(r.seq),
  hash: r.hash,
  signedAt: new Date(r.signed_at).toISOString(),
  keyId: r.key_id,
  signature: r.signature,
});

const COLUMNS = 'id::text, chain_key, seq, hash, signed_at, key_id, signature';

/** Signed checkpoints of the chains' heads: made, stored, exported to the auditor's file, and read back. */
@Injectable()
export class CheckpointRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(CHECKPOINT_KEYS) private readonly keys: CheckpointKeys = {},
  ) {}

  get canSign(): boolean {
    return Boolean(this.keys.signingKey);
  }

  /**
   * Signs the head of every chain that moved since its last checkpoint, stores the checkpoints and appends them to
   * the export file. Returns those this call stored: a head another signer checkpointed meanwhile is skipped.
   */
  async signMovedHeads(now = new Date()): Promise<Checkpoint[]> {
    const { signingKey } = this.keys;
    if (!signingKey) throw new CheckpointSigningUnavailable('CHAIN_SIGNING_KEY is not set in this process');
    const heads: { chain_key: string; seq: string; hash: string }[] = await this.dataSource.query(
      `SELECT h.chain_key, h.seq, h.hash FROM hash_chain_heads h
       WHERE h.seq > COALESCE((SELECT max(c.seq) FROM chain_checkpoints c WHERE c.chain_key = h.chain_key), 0)
       ORDER BY h.chain_key`,
    );
    if (heads.length === 0) return [];
    const signedAt = now.toISOString();
    const signed = heads.map((h) => signCheckpoint(signingKey, { chainKey: h.chain_key, seq: Number(h.seq), hash: h.hash, signedAt }));
    const stored: CheckpointRow[] = await this.dataSource.query(
      `INSERT INTO chain_checkpoints (chain_key, seq, hash, signed_at, key_id, signature)
       SELECT x."chainKey", x.seq, x.hash, x."signedAt", x."keyId", x.signature
       FROM jsonb_to_recordset($1::jsonb) AS x("chainKey" text, seq bigint, hash text, "signedAt" timestamptz, "keyId" text, signature text)
       ON CONFLICT (chain_key, seq) DO NOTHING
       RETURNING ${COLUMNS}`,
      [JSON.stringify(signed)],
    );
    const checkpoints = stored.map(toCheckpoint).map(({ id: _id, ...checkpoint }) => checkpoint);
    await this.export(checkpoints);
    return checkpoints;
  }

  /** Appends JSON lines to the export file, the copy an auditor takes off the machine. */
  private async export(checkpoints: Checkpoint[]): Promise<void> {
    const file = this.keys.exportFile;
    if (!file || checkpoints.length === 0) return;
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''), { mode: 0o640 });
  }

  /** Every checkpoint of one chain, oldest first; without a chain, the latest checkpoint of every chain. */
  async list(chainKey?: string): Promise<StoredCheckpoint[]> {
    const rows: CheckpointRow[] = chainKey
      ? await this.dataSource.query(`SELECT ${COLUMNS} FROM chain_checkpoints WHERE chain_key = $1 ORDER BY seq`, [chainKey])
      : await this.dataSource.query(`SELECT DISTINCT ON (chain_key) ${COLUMNS} FROM chain_checkpoints ORDER BY chain_key, seq DESC`);
    return rows.map(toCheckpoint);
  }

  /** The export file's checkpoints of one chain. A line that does not parse (one torn by a crash) is no checkpoint. */
  async exported(chainKey: string): Promise<Checkpoint[]> {
    const file = this.keys.exportFile;
    if (!file) return [];
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const found: Checkpoint[] = [];
    for (const line of text.split('\n')) {
      if (!line.includes(JSON.stringify(chainKey))) continue;
      try {
        const c = JSON.parse(line) as Checkpoint;
        if (c.chainKey === chainKey) found.push(c);
      } catch {
        // Not a checkpoint.
      }
    }
    return found;
  }

  get verifyKey() {
    return this.keys.verifyKey;
  }
}
