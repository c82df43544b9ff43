import {
  approve,
  bothSides,
  draft,
  legalBasis,
  meeting,
  NATVERKET,
  open,
  proposal,
  run,
  toApproval,
  toDialogue,
  toDrafting,
  toImplementation,
  VARSTA,
} from '../partnership/decide-builders.test';
import type { PartnershipState } from '../partnership/state';
import { publicRegisterEntry } from './public-register';

/** From DRAFTING (`drafting`) to signed, with this draft instead of the builders' default one. */
function signedWith(overrides: Parameters<typeof draft>[1], organisations = [NATVERKET], drafting = toDrafting(organisations)): PartnershipState {
  let state = run(drafting, draft(organisations, overrides));
  for (const p of ['PUBLIC', ...organisations])
    state = run(state, { type: 'REVIEW_DRAFT', party: p, version: state.drafts.length, decision: 'APPROVED' });
  state = approve(state, { body: 'Regionfullmäktige', meetingDate: '2026-02-11', diarienummer: 'RS 2026/777', paragraph: '§ 41' });
  for (const p of ['PUBLIC', ...organisations]) state = run(state, { type: 'SIGN', party: p, signatoryName: `Firmatecknare Person ${p}` });
  return state;
}

describe('the public register entry of a partnership', () => {
  it('lists an agreement in force with its parties, purpose, period, grant and approving decision', () => {
    const entry = publicRegisterEntry(toImplementation(), 'RS 2026/100');
    expect(entry).toEqual({
      partnershipId: 'p-1',
      title: 'IOP',
      status: 'IN_FORCE',
      publicParty: 'Region Skåne',
      organisations: [{ name: `Org ${NATVERKET}`, organisationNumber: NATVERKET, leftOn: null }],
      purpose: 'Stärka den idéburna sektorn',
      period: { start: '2026-03-01', end: '2029-03-01' },
      ended: null,
      // One amount over four calendar years: the agreement does not say how it falls per year.
      publicGrant: { totalSek: 1_500_000, perYear: [] },
      decision: { body: 'Regionstyrelsen', meetingDate: '2026-02-10', diarienummer: 'RS 2026/101', paragraph: '§ 12' },
      caseDiarienummer: 'RS 2026/100',
    });
  });

  it('keeps the agreement in force listed while an amendment of it is drafted', () => {
    const state = run(toImplementation(), { type: 'PROPOSE_AMENDMENT', party: 'PUBLIC', reason: 'Fler mötesplatser' });
    expect(state.phase).toBe('DRAFTING');
    expect(publicRegisterEntry(state, null)).toMatchObject({ status: 'IN_FORCE', period: { start: '2026-03-01', end: '2029-03-01' } });
  });

  it('has no entry before the parties signed', () => {
    expect(publicRegisterEntry(toApproval(), null)).toBeNull();
    expect(publicRegisterEntry(approve(toApproval()), null)).toBeNull();
  });

  it('gives the grant per year as the signed version splits it', () => {
    const years = [
      { year: 2026, amountSek: 400_000 },
      { year: 2027, amountSek: 600_000 },
    ];
    const state = signedWith({
      startDate: '2026-03-01',
      endDate: '2027-12-31',
      contributions: [
        { party: 'PUBLIC', amountSek: 1_000_000, years },
        { party: NATVERKET, amountSek: 0, ownContribution: 'Ideella timmar' },
      ],
    });
    const entry = publicRegisterEntry(state, null)!;
    expect(entry.publicGrant).toEqual({ totalSek: 1_000_000, perYear: years });
    expect(entry.decision).toEqual({ body: 'Regionfullmäktige', meetingDate: '2026-02-11', diarienummer: 'RS 2026/777', paragraph: '§ 41' });
  });

  it('gives an unsplit grant of a period within one year as that year', () => {
    const state = signedWith({ startDate: '2026-03-01', endDate: '2026-12-31' });
    expect(publicRegisterEntry(state, null)!.publicGrant).toEqual({ totalSek: 1_500_000, perYear: [{ year: 2026, amountSek: 1_500_000 }] });
  });

  it('keeps an ended agreement with the day and the reason it ended', () => {
    const state = run(signedWith({ terminationNoticeMonths: 0 }), { type: 'TERMINATE', party: 'PUBLIC', reason: 'Verksamheten upphör' });
    const entry = publicRegisterEntry(state, null)!;
    expect(entry.status).toBe('ENDED');
    expect(entry.ended).toEqual({ on: state.ended!.at.slice(0, 10), reason: 'TERMINATED' });
    expect(entry.period).toEqual({ start: '2026-03-01', end: '2029-03-01' });
  });

  it('leaves out an organisation that declined its invitation', () => {
    const declined = run(open([NATVERKET, VARSTA]), { type: 'RESPOND_TO_INVITATION', party: VARSTA, accept: false, reason: 'Ingen tid' }, proposal, {
      type: 'AGREE_TO_PROBLEM_DEFINITION',
      party: NATVERKET,
    });
    const drafting = run(declined, { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Fler delaktiga' }, legalBasis(), {
      type: 'CLOSE_DIALOGUE',
      party: 'PUBLIC',
    });
    const entry = publicRegisterEntry(signedWith({}, [NATVERKET], drafting), null)!;
    expect(entry.organisations.map((o) => o.organisationNumber)).toEqual([NATVERKET]);
  });

  it('names an organisation that left the agreement with the day it left', () => {
    let state = signedWith({ terminationNoticeMonths: 0 }, [NATVERKET, VARSTA]);
    state = run(state, { type: 'TERMINATE', party: VARSTA, reason: 'Styrelsebeslut' });
    const entry = publicRegisterEntry(state, null)!;
    expect(entry.status).toBe('IN_FORCE');
    expect(entry.organisations).toEqual([
      { name: `Org ${NATVERKET}`, organisationNumber: NATVERKET, leftOn: null },
      { name: `Org ${VARSTA}`, organisationNumber: VARSTA, leftOn: state.leavings![0].leftAt!.slice(0, 10) },
    ]);
  });

  it('carries nothing of the people in the state: signatories, attendees, contact persons, actors', () => {
    const dialogue = run(toDialogue(), meeting(bothSides), {
      type: 'RECORD_ORGANISATION_PROFILE',
      party: NATVERKET,
      organisationNumber: NATVERKET,
      legalForm: 'NON_PROFIT_ASSOCIATION',
      registeredAsIdeburen: false,
      contact: { name: 'Cilla Kontakt', email: 'cilla@natverket.example', phone: '070-123 45 67' },
      attachments: [],
    });
    const drafting = run(dialogue, { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Fler delaktiga' }, legalBasis(), {
      type: 'CLOSE_DIALOGUE',
      party: 'PUBLIC',
    });
    const state = signedWith({}, [NATVERKET], drafting);
    expect(state.organisations[0].profile?.contact?.name).toBe('Cilla Kontakt');
    const text = JSON.stringify(publicRegisterEntry(state, null));
    for (const person of ['Firmatecknare Person', 'Anna Region', 'Bo Nätverket', 'Cilla', 'natverket.example', '070-123', 'tester']) {
      expect(text).not.toContain(person);
    }
  });
});
