import { availableInitiativeMoves, decideInitiative, SKR_CRITERIA, InitiativeState, NewInitiative, submitInitiative } from '..';

const ctx = { actor: 'anna@skane.example', now: '2027-03-01T09:00:00.000Z' };
const ORGANISATION = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const NEW: NewInitiative = {
  title: 'Läxhjälp i Vårsta',
  challenge: 'Barn i Vårsta lämnar grundskolan utan behörighet.',
  targetGroup: 'Barn i årskurs 4–9 och deras föräldrar',
  contribution: 'Volontärer, lokaler och egna medel',
  publicParty: { name: 'Region Skåne' },
  organisation: ORGANISATION,
};

const submitted = (): InitiativeState => {
  const result = submitInitiative('i-1', NEW, ctx);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.value.state;
};

const allMet = SKR_CRITERIA.map((criterion) => ({ criterion, verdict: 'MET' as const, comment: 'Ja.' }));

function assessed(): InitiativeState {
  const result = decideInitiative(submitted(), { type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: allMet }, ctx);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.value.state;
}

describe('an initiative from an organisation', () => {
  it('is submitted by the organisation, which carries the step, and asks the public party to assess it', () => {
    const result = submitInitiative('i-1', NEW, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.state).toMatchObject({ status: 'SUBMITTED', organisation: ORGANISATION, revision: 0 });
    expect(result.value.state.tasks).toEqual([expect.objectContaining({ type: 'ASSESS_INITIATIVE', addressedTo: 'PUBLIC', status: 'OPEN' })]);
    expect(result.value.steps).toEqual([
      expect.objectContaining({
        action: 'INITIATIVE_SUBMITTED',
        responsible: { kind: 'ORGANISATION', organisationNumber: ORGANISATION.organisationNumber },
        levelAimedFor: 'INFORMATION',
      }),
    ]);
  });

  it.each([
    ['challenge', { ...NEW, challenge: '  ' }, 'TEXT_REQUIRED'],
    ['organisation.organisationNumber', { ...NEW, organisation: { ...ORGANISATION, organisationNumber: '802003-4528' } }, undefined],
  ])('refuses a submission with a bad %s, naming it', (field, initiative, code) => {
    const result = submitInitiative('i-1', initiative, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.field).toBe(field);
    if (code) expect(result.refusal.code).toBe(code);
  });

  it('is assessed criterion by criterion, a criterion assessed again replacing the earlier assessment', () => {
    const first = decideInitiative(
      submitted(),
      { type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: [{ criterion: 'NOT_DETAIL_REGULATED', verdict: 'UNCLEAR', comment: 'Fråga.' }] },
      ctx,
    );
    if (!first.ok) throw new Error(first.refusal.code);
    expect(first.value.state.status).toBe('ASSESSING');
    const again = decideInitiative(first.value.state, { type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: allMet }, ctx);
    if (!again.ok) throw new Error(again.refusal.code);
    expect(again.value.state.assessments.map((a) => [a.criterion, a.verdict])).toEqual(SKR_CRITERIA.map((c) => [c, 'MET']));
    expect(again.value.steps[0]).toMatchObject({ action: 'INITIATIVE_ASSESSED', responsible: { kind: 'PUBLIC' } });
  });

  it('refuses an assessment by the organisation, an unknown criterion and a blank comment', () => {
    const state = submitted();
    const byOrganisation = decideInitiative(state, { type: 'ASSESS_INITIATIVE', party: ORGANISATION.organisationNumber, assessments: allMet }, ctx);
    expect(byOrganisation.ok || byOrganisation.refusal).toMatchObject({ code: 'PUBLIC_PARTY_ONLY', kind: 'FORBIDDEN' });
    const unknown = decideInitiative(
      state,
      { type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: [{ criterion: 'CHEAP' as never, verdict: 'MET', comment: 'x' }] },
      ctx,
    );
    expect(unknown.ok || unknown.refusal).toMatchObject({ code: 'VALUE_NOT_ALLOWED', field: 'assessments.0.criterion' });
    const blank = decideInitiative(
      state,
      { type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: [{ criterion: 'NOT_DETAIL_REGULATED', verdict: 'MET', comment: ' ' }] },
      ctx,
    );
    expect(blank.ok || blank.refusal).toMatchObject({ code: 'TEXT_REQUIRED', field: 'assessments.0.comment' });
  });

  it('refuses a decision before every criterion is assessed, naming the criteria missing', () => {
    const partly = decideInitiative(submitted(), { type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: allMet.slice(0, 6) }, ctx);
    if (!partly.ok) throw new Error(partly.refusal.code);
    const result = decideInitiative(partly.value.state, { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'Nej.' }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toMatchObject({ code: 'INITIATIVE_CRITERIA_NOT_ASSESSED', field: 'assessments' });
    expect(result.refusal.message.en).toContain('MUTUAL_IN_A_MARKET, LASTING_AND_DEVELOPING');
    expect(availableInitiativeMoves(partly.value.state, 'PUBLIC')).toEqual(['ASSESS_INITIATIVE']);
  });

  it('opens a partnership, recording its id and the goals proposed, and takes no move after', () => {
    const state = assessed();
    expect(availableInitiativeMoves(state, 'PUBLIC')).toEqual(['ASSESS_INITIATIVE', 'DECIDE_ON_INITIATIVE']);
    expect(availableInitiativeMoves(state, ORGANISATION.organisationNumber)).toEqual([]);
    const partnership = { partnershipId: 'p-1', title: 'Läxhjälp', goals: ['Fler behöriga'] };
    const result = decideInitiative(state, { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'OPEN_PARTNERSHIP', partnership }, ctx);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.value.state.decision).toMatchObject({ outcome: 'OPEN_PARTNERSHIP', partnershipId: 'p-1', partnershipGoals: ['Fler behöriga'] });
    expect(result.value.state.tasks[0].status).toBe('DONE');
    expect(result.value.steps[0]).toMatchObject({
      action: 'INITIATIVE_PARTNERSHIP_OPENED',
      evidence: { informed: [ORGANISATION.organisationNumber] },
    });
    const again = decideInitiative(result.value.state, { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'x' }, ctx);
    expect(again.ok || again.refusal).toMatchObject({ code: 'INITIATIVE_DECIDED', kind: 'CONFLICT' });
  });

  it.each([
    [{ outcome: 'OTHER_FORM' as const, reason: 'Passar som bidrag.' }, 'INITIATIVE_OTHER_FORM_REQUIRED', 'otherForm'],
    [{ outcome: 'OTHER_FORM' as const, otherForm: 'GRANT' as const }, 'INITIATIVE_REASON_REQUIRED', 'reason'],
    [{ outcome: 'DECLINED' as const, reason: ' ' }, 'INITIATIVE_REASON_REQUIRED', 'reason'],
    [{ outcome: 'OPEN_PARTNERSHIP' as const }, 'INITIATIVE_PARTNERSHIP_TERMS_REQUIRED', 'partnership'],
  ])('refuses the decision %j without what it needs', (decision, code, field) => {
    const result = decideInitiative(assessed(), { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', ...decision }, ctx);
    expect(result.ok || result.refusal).toMatchObject({ code, field });
  });

  it('proposes another form, or declines, with the reason', () => {
    const grant = decideInitiative(
      assessed(),
      { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'OTHER_FORM', otherForm: 'GRANT', reason: 'Bidrag.' },
      ctx,
    );
    if (!grant.ok) throw new Error(grant.refusal.code);
    expect(grant.value.steps[0].action).toBe('INITIATIVE_OTHER_FORM_PROPOSED');
    expect(grant.value.state.decision).toMatchObject({ outcome: 'OTHER_FORM', otherForm: 'GRANT', reason: 'Bidrag.' });
    const declined = decideInitiative(assessed(), { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'Nej.' }, ctx);
    if (!declined.ok) throw new Error(declined.refusal.code);
    expect(declined.value.steps[0].action).toBe('INITIATIVE_DECLINED');
  });
});
