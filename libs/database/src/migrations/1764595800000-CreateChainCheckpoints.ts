import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of the hash chains: now and then the head of every chain (its last link's place and hash) is
 * signed with an Ed25519 key that the database never holds. Whoever can write the database can recompute every
 * link, but cannot sign a new head, so verification against the last checkpoint finds the rewrite.
 */
export class CreateChainCheckpoints1764595800000 implements MigrationInterface {
  name = 'CreateChainCheckpoints1764595800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE chain_checkpoints (
        id bigserial PRIMARY KEY,
        chain_key text NOT NULL,
        seq bigint NOT NULL CONSTRAINT ck_chain_checkpoints_seq CHECK (seq > 0),
        hash text NOT NULL,
        signed_at timestamptz NOT NULL,
        key_id text NOT NULL,
        signature text NOT NULL,
        -- One checkpoint per link: two signers of the same head (the worker's interval and an auditor's request) agree.
        CONSTRAINT uq_chain_checkpoints_chain_seq UNIQUE (chain_key, seq)
      )`);
    // Checkpoints are evidence, like the audit log: no UPDATE or DELETE, whoever asks.
    await queryRunner.query(`
      CREATE FUNCTION chain_checkpoints_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'chain_checkpoints is append-only: % is not allowed', TG_OP;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_chain_checkpoints_append_only BEFORE UPDATE OR DELETE ON chain_checkpoints
      FOR EACH ROW EXECUTE FUNCTION chain_checkpoints_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_chain_checkpoints_append_only ON chain_checkpoints`);
    await queryRunner.query(`DROP FUNCTION chain_checkpoints_refuse_change()`);
    await queryRunner.query(`DROP TABLE chain_checkpoints`);
  }
}
