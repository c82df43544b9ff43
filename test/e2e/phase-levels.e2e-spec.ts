import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const N = NATVERKET.organisationNumber;

// Long enough to travel by reference (claim check): every read shows it resolved.
const DIALOGUE_REASON = 'Vi möts och samtalar om mötesplatserna, lokalerna och de ideella krafter som organisationen bidrar med.';
const levels = {
  levels: [
    { phase: 'PROBLEM_DEFINITION', level: 'PARTNERSHIP', reason: 'Problemet formuleras gemensamt' },
    { phase: 'DIALOGUE', level: 'DIALOGUE', reason: DIALOGUE_REASON },
    { phase: 'DRAFTING', level: null, reason: 'Regionen skriver utkastet' },
  ],
};

interface PhaseAim {
  phase: string;
  levelAimedFor: string | null;
  levelReached: string | null;
  missingEvidence: string | null;
}

describe('participation levels chosen per phase (PUT /partnerships/:id/phase-levels)', () => {
  const app = useApiAndWorker('phase-levels');

  it('lets the officer choose per phase at the start; the organisation sees it, each step aims for its phase, the report compares per phase', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.move('/phase-levels', { party: 'PUBLIC', ...levels }, 'put');
    const seen = await iop.read(N);
    // Rules version 3 and later choose the levels per phase.
    expect(seen.rulesVersion).toBeGreaterThanOrEqual(3);
    expect(seen.phaseLevels.DIALOGUE).toMatchObject({ level: 'DIALOGUE', reason: DIALOGUE_REASON });
    expect(seen.phaseLevels.DRAFTING.level).toBeNull();

    await iop.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: 'Ensamhet bland äldre',
      targetGroup: 'Äldre som bor ensamma',
      goals: ['Fler mötesplatser'],
    });
    await iop.move('/problem-definition/agreements', { party: N });
    // In DIALOGUE only written input: the phase reaches consultation, short of the dialogue it aimed for.
    await iop.move('/inputs', { party: N, text: 'Vårt inspel om mötesplatserna' });

    const partnership = await iop.read();
    const input = partnership.steps.find((s: { action: string }) => s.action === 'WRITTEN_INPUT_SUBMITTED');
    expect(input).toMatchObject({ phase: 'DIALOGUE', levelAimedFor: 'DIALOGUE', levelReached: 'CONSULTATION' });

    const report = (await iop.get(`/partnerships/${iop.id}/participation-levels`)).body as { rulesVersion: number; phaseAims: PhaseAim[] };
    expect(report.rulesVersion).toBeGreaterThanOrEqual(3);
    const byPhase = Object.fromEntries(report.phaseAims.map((a) => [a.phase, a]));
    expect(byPhase.PROBLEM_DEFINITION).toMatchObject({ levelAimedFor: 'PARTNERSHIP', levelReached: 'PARTNERSHIP', missingEvidence: null });
    expect(byPhase.DIALOGUE).toMatchObject({
      levelAimedFor: 'DIALOGUE',
      reason: DIALOGUE_REASON,
      levelReached: 'CONSULTATION',
      missingEvidence: 'MET',
    });
    expect(byPhase.DRAFTING).toMatchObject({ levelAimedFor: null, levelReached: null, missingEvidence: null });

    // The overview across partnerships lists the phase below its aim with the evidence missing.
    const across = await iop
      .http()
      .get('/reports/participation-levels/by-phase')
      .set(await bearer(AUDITOR));
    expect(across.status).toBe(200);
    expect(across.body.phaseShortfalls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          partnershipId: iop.id,
          phase: 'DIALOGUE',
          levelAimedFor: 'DIALOGUE',
          reason: DIALOGUE_REASON,
          missingEvidence: 'MET',
        }),
      ]),
    );
    expect(across.body.phaseAims.find((p: { phase: string }) => p.phase === 'DIALOGUE')).toEqual(
      expect.objectContaining({ belowAim: expect.any(Number) }),
    );

    const dossier = await iop
      .http()
      .get(`/partnerships/${iop.id}/dossier?format=html`)
      .set(await bearer(AUDITOR));
    expect(dossier.text).toContain('Eftersträvad delaktighetsnivå per fas');
    expect(dossier.text).toContain(DIALOGUE_REASON);
  });

  it('refuses the organisation (403), a phase already passed, a phase named twice, an unknown level and a missing reason, changing nothing', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([N]);
    const before = await iop.read();
    const attempt = (party: string, body: Record<string, unknown>) => iop.attempt('/phase-levels', { party, ...body }, 'put');

    const organisation = await attempt(N, levels);
    expect({ status: organisation.status, code: organisation.body.code }).toEqual({ status: 403, code: 'PUBLIC_PARTY_ONLY' });
    const passed = await attempt('PUBLIC', { levels: [{ phase: 'DIALOGUE', level: 'DIALOGUE', reason: 'För sent' }] });
    expect({ status: passed.status, code: passed.body.code, field: passed.body.errors?.[0]?.field }).toEqual({
      status: 409,
      code: 'PHASE_ALREADY_PASSED',
      field: 'levels.0.phase',
    });
    const twice = await attempt('PUBLIC', { levels: [levels.levels[2], levels.levels[2]] });
    expect({ status: twice.status, code: twice.body.code, field: twice.body.errors?.[0]?.field }).toEqual({
      status: 422,
      code: 'PHASE_NAMED_TWICE',
      field: 'levels.1.phase',
    });
    const unknown = await attempt('PUBLIC', { levels: [{ phase: 'DRAFTING', level: 'CO_CREATION', reason: 'Nytt ord' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['levels.0.level']);
    expect(unknown.body.errors[0].messageSv).toEqual(expect.any(String));
    const noReason = await attempt('PUBLIC', { levels: [{ phase: 'DRAFTING', level: 'DIALOGUE' }] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('levels.0.reason');

    const after = await iop.read();
    expect({ revision: after.revision, phaseLevels: after.phaseLevels }).toEqual({ revision: before.revision, phaseLevels: before.phaseLevels });
  });
});
