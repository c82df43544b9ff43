import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Large texts by their SHA-256 (the claim-check pattern): the API stores a move's long texts here before it sends
 * the move, and the workflow, its history and the read model hold `sha256:<hex>` in their place. A row is named by
 * its content, so it never changes: the apps may read and add, never update or delete.
 */
export class CreateStoredTexts1764701000000 implements MigrationInterface {
  name = 'CreateStoredTexts1764701000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stored_texts (
        sha256 text CONSTRAINT pk_stored_texts PRIMARY KEY CONSTRAINT ck_stored_texts_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content text NOT NULL,
        -- Characters (code points), for sizing the table without reading every text.
        length int NOT NULL CONSTRAINT ck_stored_texts_length CHECK (length >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`GRANT SELECT, INSERT ON stored_texts TO iop_application`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE stored_texts`);
  }
}
