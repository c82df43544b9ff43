import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { auditContent, checkpointPayload, GENESIS_HASH, linkHash, signCheckpoint, stepContent } from '../../libs/database/src';
import { useApiAndWorker, useOwnDatabase, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { auditCheck, until } from '../support/processes';
import { AUDITOR, bearer, officerOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };

const camel = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]));

/**
 * What the issue did, as the database's owner: a step's level rewritten to PARTNERSHIP, then every link of the chain
 * after it and the head recomputed with the engine's own hashing, so that the links agree among themselves again.
 */
async function rewriteHistory(partnershipId: string): Promise<void> {
  await withDatabase(async (db) => {
    await db.query('BEGIN');
    // The owner may switch the audit log's append-only trigger off: exactly the power the application role lacks.
    await db.query('SET LOCAL session_replication_role = replica');
    await db.query(`UPDATE step_records SET level_reached = 'PARTNERSHIP' WHERE process_id = $1 AND action = 'PARTNERSHIP_OPENED'`, [partnershipId]);
    const steps = (await db.query(`SELECT * FROM step_records WHERE chain_key = $1`, [partnershipId])).rows.map((r) => ({
      table: 'step_records',
      row: r,
    }));
    const audits = (await db.query(`SELECT * FROM audit_log WHERE chain_key = $1`, [partnershipId])).rows.map((r) => ({
      table: 'audit_log',
      row: r,
    }));
    let previous = GENESIS_HASH;
    for (const { table, row } of [...steps, ...audits].sort((a, b) => Number(a.row.chain_seq) - Number(b.row.chain_seq))) {
      // A step's hash covers its process's id under its first name, partnershipId (the column is process_id now).
      const content =
        table === 'step_records' ? stepContent({ ...camel(row), partnershipId: row.process_id } as never) : auditContent(camel(row) as never);
      const hash = linkHash(previous, content);
      await db.query(`UPDATE ${table} SET prev_hash = $2, hash = $3 WHERE id = $1`, [row.id, previous, hash]);
      previous = hash;
    }
    await db.query(`UPDATE hash_chain_heads SET hash = $2 WHERE chain_key = $1`, [partnershipId, previous]);
    await db.query('COMMIT');
  });
}

describe('signed checkpoints of the hash chains', () => {
  const exportFile = join(process.env.IOP_TEST_WORK_DIR!, `checkpoints-${process.env.IOP_TEST_RUN_ID}-${process.pid}.jsonl`);
  process.env.CHAIN_CHECKPOINT_EXPORT_FILE = exportFile;
  // The worker's own round is the last describe's subject; here only the auditor's request signs.
  process.env.CHAIN_CHECKPOINT_INTERVAL_SECONDS = '86400';
  // Other files' auditors sign every chain that moved in the run's database (the web's auditor page, the fuzzer):
  // this file's chains are signed only by its own requests.
  useOwnDatabase('checkpoints');

  describe("on an auditor's request", () => {
    const app = useApiAndWorker('checkpoints');
    const http = () => request(app().getHttpServer());
    const verification = async (id: string) =>
      (
        await http()
          .get(`/partnerships/${id}/verification`)
          .set(await bearer(AUDITOR))
          .expect(200)
      ).body;
    const openPartnership = async (title: string) => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [NATVERKET], title);
      await iop.move('/invitation-response', { party: NATVERKET.organisationNumber, accept: true });
      return iop;
    };

    let checkpointed: LifecycleClient;
    let signed: { chainKey: string; seq: number; hash: string; signature: string }[];

    beforeAll(async () => {
      checkpointed = await openPartnership('Kontrollpunkt före omskrivning');
      const response = await http()
        .post('/chains/checkpoints')
        .set(await bearer(AUDITOR))
        .expect(201);
      signed = response.body.signed;
    });

    it('signs the head of every chain that moved, and a second request signs nothing new for it', async () => {
      const [head] = (await withDatabase((db) => db.query(`SELECT seq::int, hash FROM hash_chain_heads WHERE chain_key = $1`, [checkpointed.id])))
        .rows;
      expect(signed.find((c) => c.chainKey === checkpointed.id)).toMatchObject({ seq: head.seq, hash: head.hash });
      const again = await http()
        .post('/chains/checkpoints')
        .set(await bearer(AUDITOR))
        .expect(201);
      expect(again.body.signed.map((c: { chainKey: string }) => c.chainKey)).not.toContain(checkpointed.id);
      const listed = await http()
        .get(`/chains/checkpoints?chain=${checkpointed.id}`)
        .set(await bearer(AUDITOR))
        .expect(200);
      expect(listed.body).toHaveLength(1);
      expect((await verification(checkpointed.id)).checkpoint).toMatchObject({ seq: head.seq, holds: true });
    });

    it('refuses a malformed chain key, naming the field, and everyone but auditors', async () => {
      const bad = await http()
        .get('/chains/checkpoints?chain=not-a-chain')
        .set(await bearer(AUDITOR))
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'chain', rule: 'matches' })]);
      const officer = await http()
        .post('/chains/checkpoints')
        .set(await bearer(officerOf('Region Skåne')))
        .expect(403);
      expect(officer.body).toMatchObject({ code: 'AUDITOR_ONLY', messageSv: expect.any(String) });
    });

    it('without a checkpoint, a chain with every hash recomputed still verifies: the rewrite goes unseen', async () => {
      const unsigned = await openPartnership('Ingen kontrollpunkt');
      await rewriteHistory(unsigned.id);
      const result = await verification(unsigned.id);
      expect(result).toMatchObject({ valid: true, checkpoint: null });
      expect((await unsigned.read()).steps.find((s: { action: string }) => s.action === 'PARTNERSHIP_OPENED').levelReached).toBe('PARTNERSHIP');
    });

    it('after a checkpoint, the same rewrite fails verification with CHECKPOINT_MISMATCH', async () => {
      await rewriteHistory(checkpointed.id);
      const result = await verification(checkpointed.id);
      expect(result.valid).toBe(false);
      expect(result.firstBrokenLink).toMatchObject({ table: 'chain_checkpoints', problem: 'CHECKPOINT_MISMATCH' });
      expect(result.checkpoint).toMatchObject({ holds: false });
      const dossier = await http()
        .get(`/partnerships/${checkpointed.id}/dossier`)
        .set(await bearer(AUDITOR))
        .expect(200);
      expect(dossier.body.checkpoints).toHaveLength(1);
      expect(dossier.body.verification.firstBrokenLink.problem).toBe('CHECKPOINT_MISMATCH');
      const printable = await http()
        .get(`/partnerships/${checkpointed.id}/dossier?format=html`)
        .set(await bearer(AUDITOR))
        .expect(200);
      expect(printable.text).toMatch(/Senaste signerade kontrollpunkt \(av 1\): länk \d+, .* Kedjan stämmer inte med den\./);
    });

    it('reports the same from the command line, which also checks the global chain, and signs there on demand', async () => {
      const named = await auditCheck('verify-chains', checkpointed.id);
      expect(named.status).toBe(1);
      expect(named.stdout).toMatch(new RegExp(`BROKEN ${checkpointed.id}: link \\d+ \\(chain_checkpoints \\d+\\) CHECKPOINT_MISMATCH`));
      const all = await auditCheck('verify-chains');
      expect(all.stdout).toContain('verify-chains: the global chain checked');
      expect(all.stdout).not.toContain('BROKEN global');

      const fresh = await openPartnership('Kontrollpunkt från kommandoraden');
      const command = await auditCheck('checkpoint');
      expect(command.status).toBe(0);
      expect(command.stdout).toContain(`SIGNED ${fresh.id}: link`);
    });

    it('keeps every checkpoint in the export file, verifiable with the public key alone, which also catches checkpoints removed from the database', async () => {
      const lines = readFileSync(exportFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      const line = lines.find((c) => c.chainKey === checkpointed.id);
      expect(line).toEqual(expect.objectContaining(signed.find((c) => c.chainKey === checkpointed.id)!));
      const publicKey = createPublicKey(process.env.CHAIN_SIGNING_KEY!);
      expect(verify(null, checkpointPayload(line), publicKey, Buffer.from(line.signature, 'base64'))).toBe(true);

      // The owner removes the checkpoint the rewrite contradicts: the auditor's copy still holds it.
      await withDatabase((db) =>
        db.query(`BEGIN; SET LOCAL session_replication_role = replica; DELETE FROM chain_checkpoints WHERE chain_key = '${checkpointed.id}'; COMMIT`),
      );
      const result = await verification(checkpointed.id);
      expect(result.valid).toBe(false);
      expect(result.checkpoint).toBeNull();
      expect(result.checkpointProblems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ table: 'checkpoint_export', problem: 'CHECKPOINT_MISMATCH', expected: line.hash }),
          expect.objectContaining({ table: 'chain_checkpoints', problem: 'CHECKPOINT_MISMATCH', found: 'no checkpoint' }),
        ]),
      );
    });

    it('refuses a checkpoint forged with another key: CHECKPOINT_SIGNATURE_INVALID', async () => {
      const forged = await openPartnership('Förfalskad kontrollpunkt');
      const [head] = (await withDatabase((db) => db.query(`SELECT seq::int, hash FROM hash_chain_heads WHERE chain_key = $1`, [forged.id]))).rows;
      const checkpoint = signCheckpoint(generateKeyPairSync('ed25519').privateKey, {
        chainKey: forged.id,
        seq: head.seq,
        hash: head.hash,
        signedAt: new Date().toISOString(),
      });
      await withDatabase((db) =>
        db.query(`INSERT INTO chain_checkpoints (chain_key, seq, hash, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6)`, [
          checkpoint.chainKey,
          checkpoint.seq,
          checkpoint.hash,
          checkpoint.signedAt,
          checkpoint.keyId,
          checkpoint.signature,
        ]),
      );
      const result = await verification(forged.id);
      expect(result.valid).toBe(false);
      expect(result.firstBrokenLink).toMatchObject({ table: 'chain_checkpoints', seq: head.seq, problem: 'CHECKPOINT_SIGNATURE_INVALID' });
    });

    it('verifies the chain of commands outside any partnership too, against its checkpoint', async () => {
      await http()
        .post('/signatories')
        .set(await bearer(officerOf('Region Skåne')))
        .send({
          subject: 'officer:kontrollpunkt',
          name: 'Kontrollant',
          validFrom: '2024-01-01',
          basis: { kind: 'DELEGATION_ORDER', reference: 'Regionstyrelsens delegationsordning', date: '2024-01-01', paragraph: '§ 4' },
        })
        .expect(201);
      await http()
        .post('/chains/checkpoints')
        .set(await bearer(AUDITOR))
        .expect(201);
      const result = (
        await http()
          .get('/chains/global/verification')
          .set(await bearer(AUDITOR))
          .expect(200)
      ).body;
      expect(result).toMatchObject({ chainKey: 'global', valid: true, checkpoint: { holds: true } });
      expect(result.links).toBeGreaterThanOrEqual(result.checkpoint.seq);
    });

    it('finds a chain intact while checkpoints are signed at the same moment as it is verified', async () => {
      const findings: unknown[] = [];
      for (let round = 0; round < 12; round++) {
        // A command outside any partnership moves the global chain, so each round has a new head to sign.
        await http()
          .post('/no-such-route')
          .set(await bearer(AUDITOR))
          .send({});
        const [, verified] = await Promise.all([
          http()
            .post('/chains/checkpoints')
            .set(await bearer(AUDITOR))
            .expect(201),
          http()
            .get('/chains/global/verification')
            .set(await bearer(AUDITOR))
            .expect(200),
        ]);
        if (!verified.body.valid) findings.push(verified.body.firstBrokenLink);
      }
      expect(findings).toEqual([]);
    });
  });

  describe('by the worker, at its interval', () => {
    beforeAll(() => {
      process.env.CHAIN_CHECKPOINT_INTERVAL_SECONDS = '1';
    });
    const app = useApiAndWorker('checkpoints-interval');

    it('signs a chain that moved without anyone asking, and exports the checkpoint', async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [NATVERKET], 'Kontrollpunkt av arbetsprocessen');
      const listed = await until(
        async () =>
          (
            await request(app().getHttpServer())
              .get(`/chains/checkpoints?chain=${iop.id}`)
              .set(await bearer(AUDITOR))
          ).body as { chainKey: string; signature: string }[],
        (body: { chainKey: string; signature: string }[]) => body.length > 0,
      );
      expect(listed[0]).toMatchObject({ chainKey: iop.id, seq: expect.any(Number) });
      // The worker appends to the export file once the checkpoint is stored: the list may show it a moment before.
      const exported = await until(
        async () => readFileSync(exportFile, 'utf8'),
        (text: string) => text.includes(listed[0].signature),
      );
      expect(exported).toContain(listed[0].signature);
    });
  });
});
