import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signature rests on the approving decision it signs (rules version 3: a decision annulled on appeal is decided
 * again, in the same round). Keyed by round and party alone, the signatures on the new decision were the same key as
 * those on the annulled one and were not stored. The table keeps both (what was signed on the annulled decision is
 * part of the case's history) under the decision's number; rows signed before this column existed keep 0.
 */
export class KeySignaturesByTheirDecision1764940000000 implements MigrationInterface {
  name = 'KeySignaturesByTheirDecision1764940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE signatures ADD COLUMN decision_seq int NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE signatures DROP CONSTRAINT pk_signatures`);
    await queryRunner.query(`ALTER TABLE signatures ADD CONSTRAINT pk_signatures PRIMARY KEY (partnership_id, round, decision_seq, party_key)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The older key holds one signature per party and round: down refuses while a round was signed twice.
    await queryRunner.query(`ALTER TABLE signatures DROP CONSTRAINT pk_signatures`);
    await queryRunner.query(`ALTER TABLE signatures ADD CONSTRAINT pk_signatures PRIMARY KEY (partnership_id, round, party_key)`);
    await queryRunner.query(`ALTER TABLE signatures DROP COLUMN decision_seq`);
  }
}
