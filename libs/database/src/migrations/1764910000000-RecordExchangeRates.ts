import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764597600000-CreateApplicationRole';

/**
 * The exchange rates a public party records for the de minimis ledger (kronor per euro from a date on): the aid
 * granted or declared in kronor is converted at the rate in force on its grant date. Append-only like the evidence:
 * a rate is corrected by recording another for the same date, the later recorded wins, and the first stays for the
 * auditor, so the application role may SELECT and INSERT only.
 */
export class RecordExchangeRates1764910000000 implements MigrationInterface {
  name = 'RecordExchangeRates1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exchange_rates (
        id bigserial PRIMARY KEY,
        public_party text NOT NULL,
        valid_from date NOT NULL,
        sek_per_eur numeric(10, 4) NOT NULL CHECK (sek_per_eur > 0),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX exchange_rates_party_date ON exchange_rates (public_party, valid_from, id)`);
    await queryRunner.query(`GRANT SELECT, INSERT ON exchange_rates TO ${APPLICATION_ROLE}`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE exchange_rates_id_seq TO ${APPLICATION_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE exchange_rates`);
  }
}
