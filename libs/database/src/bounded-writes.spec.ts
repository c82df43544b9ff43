import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { decide, openPartnership, Outcome, PartnershipCommand, PartnershipState } from '../../domain/src';
import { movesToDialogue } from '../../domain/src/partnership/decide-builders.test';
import { readModelDelta } from '../../../workflows/partnership/read-model-delta';
import { applyStatePatch, diffState } from '../../../workflows/shared/state-patch';
import { dataSourceOptions } from './data-source-options';
import { isStatePatchGap, PartnershipReadModelRepository } from './partnership-read-model.repository';
import type { ReadModelSync } from './read-model-write';
import { TaskInboxRepository } from './task-inbox.repository';

/** Against this run's real PostgreSQL: writes that carry what a move changed, the state as a patch from its base. */
describe('bounded read-model writes', () => {
  let dataSource: DataSource;
  let sut: PartnershipReadModelRepository;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
    sut = new PartnershipReadModelRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const ORG = '802456-1238';
  const ctx = (minute: number) => ({ actor: 'officer', now: new Date(Date.UTC(2026, 10, 23, 10, minute)).toISOString() });
  const count = async (table: string, id: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE process_id = $1`, [id]))[0].n as number;

  /** A partnership opened (whole) and moved through `commands`, each write bounded. */
  function lifecycle(id: string, commands: PartnershipCommand[]) {
    const opening = openPartnership(
      id,
      { title: 'IOP', publicParty: { name: 'Region Skåne' }, organisations: [{ name: 'N', organisationNumber: ORG }] },
      ctx(0),
    );
    const outcomes: Outcome[] = [opening];
    for (const [i, command] of commands.entries()) {
      const decided = decide(outcomes[outcomes.length - 1].state, command, ctx(i + 1));
      if (!decided.ok) throw new Error(decided.refusal.code);
      outcomes.push(decided.value);
    }
    const base = { partnershipId: id, workflowId: `partnership-${id}` };
    const whole = (o: Outcome): ReadModelSync => ({ ...base, state: o.state, steps: o.steps });
    const bounded = (i: number): ReadModelSync => ({
      ...base,
      delta: readModelDelta(outcomes[i - 1].state, outcomes[i].state),
      steps: outcomes[i].steps,
    });
    return { outcomes, whole, bounded };
  }

  const meeting = (minutes: string): PartnershipCommand => ({
    type: 'RECORD_MEETING',
    party: 'PUBLIC',
    date: '2026-12-01',
    minutes,
    attendees: [{ party: 'PUBLIC', names: ['A'] }],
  });
  const toDialogue: PartnershipCommand[] = [...movesToDialogue(ORG), meeting('Första mötet'), meeting('Andra mötet')];

  it('leaves the same read model as whole writes: the state, the organisation, the tasks and every step', async () => {
    const id = randomUUID();
    const { outcomes, whole, bounded } = lifecycle(id, toDialogue);
    await sut.sync(whole(outcomes[0]));
    for (let i = 1; i < outcomes.length; i++) await sut.sync(bounded(i));

    const last = outcomes[outcomes.length - 1].state;
    const row = await sut.findById(id);
    expect(row?.revision).toBe(last.revision);
    expect(row?.state).toEqual(JSON.parse(JSON.stringify(last)));
    const [party] = await dataSource.query(`SELECT status FROM parties WHERE process_id = $1 AND party_key = $2`, [id, ORG]);
    expect(party.status).toBe('ACCEPTED');
    const tasks = await new TaskInboxRepository(dataSource).findTasks({ processId: id, today: '2026-11-23' });
    expect(tasks.map((t) => [t.type, t.status])).toEqual(last.tasks.map((t) => [t.type, t.status]));
    expect((await sut.findSteps(id)).map((s) => s.action)).toEqual(outcomes.flatMap((o) => o.steps.map((s) => s.action)));
  });

  it('writes a bounded write once, whoever makes it and however often, and never lets an older one back in', async () => {
    const id = randomUUID();
    const { outcomes, whole, bounded } = lifecycle(id, toDialogue.slice(0, 2));
    await sut.sync(whole(outcomes[0]));
    await Promise.all([sut.sync(bounded(1)), sut.sync(bounded(1))]);
    await sut.sync(bounded(2));
    // Late: the API's copy of an earlier write, after the workflow's activity has made the next.
    await sut.sync(bounded(1));
    await sut.sync(bounded(2));

    const row = await sut.findById(id);
    expect(row?.revision).toBe(2);
    expect(row?.state).toEqual(JSON.parse(JSON.stringify(outcomes[2].state)));
    expect(await count('step_records', id)).toBe(3);
  });

  it('refuses a patch on top of a revision other than its base, as a gap, and writes nothing of it; the whole write then goes in', async () => {
    const id = randomUUID();
    const { outcomes, whole, bounded } = lifecycle(id, toDialogue.slice(0, 3));
    await sut.sync(whole(outcomes[0]));
    // Write 1 never arrived (refused as data, or a restored database): write 2's base is missing.
    const refusal = await sut.sync(bounded(2)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isStatePatchGap(refusal)).toBe(true);
    expect((await sut.findById(id))?.revision).toBe(0);
    expect(await count('step_records', id)).toBe(1);

    await sut.sync(whole(outcomes[2]));
    await sut.sync(bounded(3));
    expect((await sut.findById(id))?.state).toEqual(JSON.parse(JSON.stringify(outcomes[3].state)));
  });

  it('refuses a patch for a partnership the read model does not have at all, as a gap', async () => {
    const id = randomUUID();
    const { bounded } = lifecycle(id, toDialogue.slice(0, 1));
    const refusal = await sut.sync(bounded(1)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isStatePatchGap(refusal)).toBe(true);
    expect(await sut.findById(id)).toBeNull();
  });

  it('applies a patch in SQL as the workflow computes it', async () => {
    const before: PartnershipState = lifecycle(randomUUID(), toDialogue).outcomes[3].state;
    const after = {
      ...before,
      phase: 'DRAFTING',
      problemDefinition: undefined,
      dialogue: { ...before.dialogue, sharedGoal: 'Mål', meetings: [] },
      extra: { list: ['a'] },
    };
    const ops = diffState(before, after);
    const [{ patched }] = await dataSource.query(`SELECT iop_apply_state_patch($1::jsonb, $2::jsonb) AS patched`, [
      JSON.stringify(before),
      JSON.stringify(ops),
    ]);
    expect(patched).toEqual(applyStatePatch(before, ops));
    expect(patched).toEqual(JSON.parse(JSON.stringify(after)));
  });
});
