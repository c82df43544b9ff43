import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Under rules version 3 the level a step aims for is the level chosen for its phase (PROPOSE_PHASE_LEVELS), and none
 * when none was chosen: a step record's `level_aimed_for` may be null. Steps of earlier rules keep theirs. The
 * profiles of the organisations and the choices per phase live in the state the read model already stores, and the
 * per-phase report derives from the steps' evidence: no table of their own, no new grant.
 */
export class AimForLevelsPerPhase1764930000000 implements MigrationInterface {
  name = 'AimForLevelsPerPhase1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE step_records ALTER COLUMN level_aimed_for DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A step that aimed for no level cannot be given one after the fact: down refuses while such steps exist.
    await queryRunner.query(`ALTER TABLE step_records ALTER COLUMN level_aimed_for SET NOT NULL`);
  }
}
