import { MigrationInterface, QueryRunner } from 'typeorm';
import { ACCEPTED_MEDIA_TYPES, DOCUMENT_KINDS, HANDLING_ORIGINS, HANDLING_TARGETS, RETENTION_KINDS } from '../../../domain/src/records';
import { APPLICATION_ROLE } from './1764597600000-CreateApplicationRole';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The case's records (ärendets handlingar). A file's bytes are stored once per SHA-256 (`document_contents`, its
 * bytes in `document_chunks` of at most 256 KiB, so that it is written and read piece by piece and never held whole
 * in memory); each registration of a file in a case is a handling (`handlings`), numbered within its case (the
 * diarienummer's löpnummer) and chained as the next link of the case's hash chain. The case's diarienummer is the
 * public party's, given once (`case_files`). Evidence: the application role may read and add, never change or
 * remove; gallring is the archivist's act, outside the engine, which only lists what is due.
 */
export class RegisterDocumentsAsHandlings1765000000000 implements MigrationInterface {
  name = 'RegisterDocumentsAsHandlings1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_files (
        process_id uuid PRIMARY KEY REFERENCES processes (id),
        diarienummer text NOT NULL CHECK (length(btrim(diarienummer)) BETWEEN 1 AND 60),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE document_contents (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        media_type text NOT NULL CHECK (media_type IN (${list(ACCEPTED_MEDIA_TYPES)})),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        chunk_count int NOT NULL CHECK (chunk_count > 0),
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE document_chunks (
        content_sha256 text NOT NULL REFERENCES document_contents (sha256),
        seq int NOT NULL CHECK (seq >= 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (content_sha256, seq)
      )`);
    await queryRunner.query(`
      CREATE TABLE handlings (
        id uuid PRIMARY KEY,
        process_id uuid NOT NULL REFERENCES processes (id),
        number int NOT NULL CHECK (number > 0),
        target text NOT NULL CHECK (target IN (${list(HANDLING_TARGETS)})),
        target_seq int,
        origin text NOT NULL CHECK (origin IN (${list(HANDLING_ORIGINS)})),
        document_kind text NOT NULL CHECK (document_kind IN (${list(DOCUMENT_KINDS)})),
        dated_on date NOT NULL,
        counterpart text NOT NULL,
        subject text NOT NULL,
        file_name text NOT NULL,
        content_sha256 text NOT NULL REFERENCES document_contents (sha256),
        secrecy_provision text,
        secrecy_decided_by text,
        retention_kind text NOT NULL CHECK (retention_kind IN (${list(RETENTION_KINDS)})),
        retention_years int CHECK (retention_years > 0),
        registered_by text NOT NULL,
        registered_by_party text NOT NULL,
        registered_at timestamptz NOT NULL,
        request_id text NOT NULL,
        chain_key text NOT NULL,
        chain_seq bigint NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        hash_version int NOT NULL,
        CONSTRAINT uq_handlings_process_number UNIQUE (process_id, number),
        CONSTRAINT ck_handlings_target_seq CHECK ((target = 'PROCESS') = (target_seq IS NULL)),
        CONSTRAINT ck_handlings_secrecy CHECK ((secrecy_provision IS NULL) = (secrecy_decided_by IS NULL)),
        CONSTRAINT ck_handlings_retention CHECK ((retention_kind = 'DISPOSE') = (retention_years IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX ux_handlings_chain ON handlings (chain_key, chain_seq)`);
    await queryRunner.query(`CREATE INDEX ix_handlings_content ON handlings (content_sha256)`);
    // The agreement the engine renders is registered once per decision, however often its registration is retried.
    await queryRunner.query(
      `CREATE UNIQUE INDEX ux_handlings_agreement ON handlings (process_id, target_seq, content_sha256) WHERE document_kind = 'AGREEMENT'`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON case_files TO ${APPLICATION_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON document_contents, document_chunks, handlings TO ${APPLICATION_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE handlings`);
    await queryRunner.query(`DROP TABLE document_chunks`);
    await queryRunner.query(`DROP TABLE document_contents`);
    await queryRunner.query(`DROP TABLE case_files`);
  }
}
