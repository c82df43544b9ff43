import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764597600000-CreateApplicationRole';

/** The SQLSTATE of a patch whose base revision the read model does not hold (see iop_written_state). */
export const STATE_PATCH_GAP_SQLSTATE = 'IOP01';

/**
 * A move's write carries the state snapshot as a patch from the revision before it (workflows/shared/state-patch.ts),
 * no longer the whole state, so that a write stays the size of the move however long the partnership has lived.
 * - `iop_apply_state_patch(doc, ops)`: the patch's operations (set, append, delete at a path), in order;
 * - `iop_written_state(stored revision, stored state, written)`: the state a write leaves: a whole state as it is,
 *   a patch (`{ baseRevision, patch }`) applied only on top of its base; on any other revision (a gap: an earlier
 *   write was skipped, a restored database) it refuses with SQLSTATE IOP01, so that the write is made again whole;
 * - `iop_state_to_insert(exists, written)`: the state of a first row; a patch can make none (a gap too).
 * A refused operation is SQLSTATE 22023, a data error: retrying it would never succeed.
 */
export class ApplyStatePatchesInTheReadModel1764702000000 implements MigrationInterface {
  name = 'ApplyStatePatchesInTheReadModel1764702000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION iop_apply_state_patch(doc jsonb, ops jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        op jsonb;
        at text[];
      BEGIN
        FOR op IN SELECT value FROM jsonb_array_elements(ops) LOOP
          at := ARRAY(SELECT jsonb_array_elements_text(op->'path'));
          IF op->>'op' = 'set' AND op ? 'value' THEN
            doc := CASE WHEN cardinality(at) = 0 THEN op->'value' ELSE jsonb_set(doc, at, op->'value', true) END;
          ELSIF op->>'op' = 'append' AND jsonb_typeof(op->'values') = 'array' AND jsonb_typeof(COALESCE(doc #> at, 'null')) = 'array' THEN
            doc := CASE WHEN cardinality(at) = 0 THEN doc || (op->'values') ELSE jsonb_set(doc, at, (doc #> at) || (op->'values'), false) END;
          ELSIF op->>'op' = 'delete' THEN
            doc := doc #- at;
          ELSE
            RAISE EXCEPTION 'Not a state patch operation on this state: %', op USING ERRCODE = '22023';
          END IF;
        END LOOP;
        RETURN doc;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION iop_written_state(stored_revision int, stored_state jsonb, written jsonb) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
      BEGIN
        IF NOT written ? 'baseRevision' THEN RETURN written; END IF;
        IF stored_state IS NULL OR stored_revision IS DISTINCT FROM (written->>'baseRevision')::int THEN
          RAISE EXCEPTION 'The read model holds revision %, not the base revision % of this patch', stored_revision, written->>'baseRevision'
            USING ERRCODE = '${STATE_PATCH_GAP_SQLSTATE}';
        END IF;
        RETURN iop_apply_state_patch(stored_state, written->'patch');
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION iop_state_to_insert(partnership_exists boolean, written jsonb) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
      BEGIN
        IF NOT written ? 'baseRevision' THEN RETURN written; END IF;
        -- The row exists: ON CONFLICT DO UPDATE patches its own state, and this value is never stored.
        IF partnership_exists THEN RETURN NULL; END IF;
        RAISE EXCEPTION 'The read model holds no revision, not the base revision % of this patch', written->>'baseRevision'
          USING ERRCODE = '${STATE_PATCH_GAP_SQLSTATE}';
      END $$`);
    for (const signature of FUNCTIONS) await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${APPLICATION_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const signature of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${signature}`);
  }
}

const FUNCTIONS = ['iop_apply_state_patch(jsonb, jsonb)', 'iop_written_state(int, jsonb, jsonb)', 'iop_state_to_insert(boolean, jsonb)'];
