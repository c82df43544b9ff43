import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const N = NATVERKET.organisationNumber;

/** The decision's justering and anslag over HTTP, and the last day of appeal the engine computes from them. */
describe('the appeal window of a political decision', () => {
  const app = useApiAndWorker('appeal-window');

  async function awaitingDecision(): Promise<LifecycleClient> {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Beslut med överklagandetid');
    await iop.toDrafting([N]);
    await iop.move('/drafts', iop.draft([N]));
    for (const p of ['PUBLIC', N]) await iop.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    return iop;
  }

  const decision = {
    party: 'PUBLIC',
    body: 'Regionstyrelsen',
    meetingDate: '2026-12-01',
    diarienummer: 'RS 2026/00500',
    paragraph: '§ 30',
    outcome: 'APPROVED',
  };

  it('records justering and anslag and gives the last day of appeal, moved past Christmas, on the page and in the dossier', async () => {
    const iop = await awaitingDecision();
    // Three weeks after an anslag on 3 December 2026 is julafton; juldagen, annandag jul and the weekend follow.
    await iop.move('/decisions', { ...decision, protocolApprovedOn: '2026-12-02', announcedOn: '2026-12-03' });
    const p = await iop.read();
    expect(p.decisions[0]).toMatchObject({ protocolApprovedOn: '2026-12-02', announcedOn: '2026-12-03', lastDayOfAppeal: '2026-12-28' });
    const dossier = await request(app().getHttpServer())
      .get(`/partnerships/${iop.id}/dossier?format=html`)
      .set(await bearer(AUDITOR))
      .expect(200);
    const text = dossier.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Sista dag för överklagande');
    expect(text).toContain('2026-12-28');
  });

  it('refuses an anslag before the justering, naming the field in both languages, and changes nothing', async () => {
    const iop = await awaitingDecision();
    const before = await iop.read();
    const response = await iop.attempt('/decisions', { ...decision, protocolApprovedOn: '2026-12-04', announcedOn: '2026-12-03' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).toMatchObject({ code: 'ANNOUNCED_BEFORE_JUSTERING' });
    expect(response.body.message).toContain('announcedOn');
    expect(response.body.messageSv).toContain('announcedOn');
    const after = await iop.read();
    expect({ revision: after.revision, decisions: after.decisions }).toEqual({ revision: before.revision, decisions: [] });
  });

  it('refuses an anslag date out of range, 400 naming the field and the rule', async () => {
    const iop = await awaitingDecision();
    const response = await iop.attempt('/decisions', { ...decision, announcedOn: '2200-01-01' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'announcedOn' })]);
    expect((await iop.read()).decisions).toEqual([]);
  });
  describe('the anslag recorded after the decision (POST /partnerships/:id/decisions/:decision/announcement)', () => {
    it('is offered to the officer, records justering and anslag and the last day of appeal, on the timeline and in the dossier', async () => {
      const iop = await awaitingDecision();
      await iop.move('/decisions', decision);
      const offered = (await iop.get(`/partnerships/${iop.id}/available-moves`)).body.find(
        (m: { type: string }) => m.type === 'RECORD_PROTOCOL_ANNOUNCEMENT',
      );
      expect(offered.route).toEqual({ method: 'POST', path: `/partnerships/${iop.id}/decisions/1/announcement` });
      const asOrganisation = (await iop.get(`/partnerships/${iop.id}/available-moves`, N)).body.map((m: { type: string }) => m.type);
      expect(asOrganisation).not.toContain('RECORD_PROTOCOL_ANNOUNCEMENT');

      await iop.move('/decisions/1/announcement', { party: 'PUBLIC', protocolApprovedOn: '2026-12-02', announcedOn: '2026-12-03' });
      const p = await iop.read();
      expect(p.decisions[0]).toMatchObject({ protocolApprovedOn: '2026-12-02', announcedOn: '2026-12-03', lastDayOfAppeal: '2026-12-28' });
      expect(p.steps.map((s: { action: string }) => s.action)).toContain('PROTOCOL_ANNOUNCEMENT_RECORDED');
      const dossier = await request(app().getHttpServer())
        .get(`/partnerships/${iop.id}/dossier?format=html`)
        .set(await bearer(AUDITOR))
        .expect(200);
      expect(dossier.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('2026-12-28');
      // Once recorded, the window runs: a second anslag is refused and no longer offered.
      const again = await iop.attempt('/decisions/1/announcement', { party: 'PUBLIC', announcedOn: '2026-12-04' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'ANNOUNCEMENT_ALREADY_RECORDED' });
    });

    it('refuses bad input naming the field, and an organisation, changing nothing', async () => {
      const iop = await awaitingDecision();
      await iop.move('/decisions', decision);
      const before = await iop.read();
      const missing = await iop.attempt('/decisions/1/announcement', { party: 'PUBLIC' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'announcedOn' })]);
      const early = await iop.attempt('/decisions/1/announcement', { party: 'PUBLIC', protocolApprovedOn: '2026-11-30', announcedOn: '2026-12-03' });
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'JUSTERING_BEFORE_MEETING' });
      expect(early.body.message).toContain('protocolApprovedOn');
      const other = await iop.attempt('/decisions/2/announcement', { party: 'PUBLIC', announcedOn: '2026-12-03' });
      expect(other.status).toBe(409);
      expect(other.body).toMatchObject({ code: 'DECISION_NOT_LATEST' });
      const organisation = await iop.attempt('/decisions/1/announcement', { party: N, announcedOn: '2026-12-03' });
      expect(organisation.status).toBe(403);
      const after = await iop.read();
      expect({ revision: after.revision, decisions: after.decisions }).toEqual({ revision: before.revision, decisions: before.decisions });
    });
  });

  describe('an appeal and its ruling (POST /partnerships/:id/decisions/:decision/appeal and .../appeal/outcome)', () => {
    const appeal = { party: 'PUBLIC', court: 'Förvaltningsrätten i Malmö', caseNumber: '4711-26' };

    async function announced(): Promise<LifecycleClient> {
      const iop = await awaitingDecision();
      // The last day of appeal is 28 December 2026.
      await iop.move('/decisions', { ...decision, protocolApprovedOn: '2026-12-02', announcedOn: '2026-12-03' });
      return iop;
    }

    it('refuses an appeal lodged after the window, naming the field in both languages, and an outcome without an appeal, changing nothing', async () => {
      const iop = await announced();
      const before = await iop.read();
      const late = await iop.attempt('/decisions/1/appeal', { ...appeal, lodgedOn: '2026-12-29' });
      expect(late.status).toBe(422);
      expect(late.body).toMatchObject({ code: 'APPEAL_AFTER_WINDOW' });
      expect(late.body.message).toContain('lodgedOn');
      expect(late.body.messageSv).toContain('lodgedOn');
      const missing = await iop.attempt('/decisions/1/appeal', { party: 'PUBLIC', court: 'Förvaltningsrätten i Malmö', lodgedOn: '2026-12-20' });
      expect(missing.status).toBe(400);
      // Every rule the missing case number breaks, each naming the field.
      expect(new Set(missing.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['caseNumber']));
      const ruling = await iop.attempt('/decisions/1/appeal/outcome', { party: 'PUBLIC', outcome: 'UPHELD', decidedOn: '2027-02-01' });
      expect(ruling.status).toBe(409);
      expect(ruling.body).toMatchObject({ code: 'NO_APPEAL_PENDING' });
      const after = await iop.read();
      expect({ revision: after.revision, decisions: after.decisions }).toEqual({ revision: before.revision, decisions: before.decisions });
    });

    it('records an appeal offered to the officer; annulled, the partnership is back at the decision with its task', async () => {
      const iop = await announced();
      const offered = (await iop.get(`/partnerships/${iop.id}/available-moves`)).body.find((m: { type: string }) => m.type === 'RECORD_APPEAL');
      expect(offered.route).toEqual({ method: 'POST', path: `/partnerships/${iop.id}/decisions/1/appeal` });
      const asOrganisation = (await iop.get(`/partnerships/${iop.id}/available-moves`, N)).body.map((m: { type: string }) => m.type);
      expect(asOrganisation).not.toContain('RECORD_APPEAL');

      await iop.move('/decisions/1/appeal', { ...appeal, lodgedOn: '2026-12-28' });
      expect((await iop.read()).decisions[0].appeal).toMatchObject({
        court: 'Förvaltningsrätten i Malmö',
        caseNumber: '4711-26',
        lodgedOn: '2026-12-28',
      });
      await iop.move('/decisions/1/appeal/outcome', { party: 'PUBLIC', outcome: 'ANNULLED', decidedOn: '2027-02-01' });
      const p = await iop.read();
      expect(p.phase).toBe('POLITICAL_APPROVAL');
      expect(p.decisions[0].appeal).toMatchObject({ outcome: 'ANNULLED', decidedOn: '2027-02-01' });
      expect(p.decisions[0].legalForceOn).toBeUndefined();
      expect(p.steps.map((s: { action: string }) => s.action)).toEqual(expect.arrayContaining(['APPEAL_RECORDED', 'DECISION_ANNULLED']));
      expect(p.tasks.filter((t: { status: string }) => t.status === 'OPEN').map((t: { type: string }) => t.type)).toEqual(['RECORD_DECISION']);
      const moves = (await iop.get(`/partnerships/${iop.id}/available-moves`)).body.map((m: { type: string }) => m.type);
      expect(moves).toContain('RECORD_POLITICAL_DECISION');
      expect(moves).not.toContain('SIGN');
      const dossier = await request(app().getHttpServer())
        .get(`/partnerships/${iop.id}/dossier?format=html`)
        .set(await bearer(AUDITOR))
        .expect(200);
      expect(dossier.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(
        'Förvaltningsrätten i Malmö, mål 4711-26, inkom 2026-12-28. Domstolens avgörande 2027-02-01: Beslutet upphävs.',
      );
      // The new decision on the same agreed draft.
      await iop.move('/decisions', { ...decision, meetingDate: '2027-02-15', paragraph: '§ 8' });
      expect((await iop.read()).phase).toBe('SIGNATURE');
    });
    it('rules version 4: signed within the window the agreement waits; after an annulment the new decision is signed before legal force, with its reason', async () => {
      const iop = await announced();
      for (const p of ['PUBLIC', N]) await iop.move('/signatures', { party: p });
      const waiting = await iop.read();
      expect(waiting.phase).toBe('SIGNATURE');
      expect(waiting.agreement).toBeUndefined();
      await iop.move('/decisions/1/appeal', { ...appeal, lodgedOn: '2026-12-10' });
      await iop.move('/decisions/1/appeal/outcome', { party: 'PUBLIC', outcome: 'ANNULLED', decidedOn: '2027-02-01' });
      await iop.move('/decisions', { ...decision, meetingDate: '2027-02-15', paragraph: '§ 8' });

      // A blank reason is refused naming the field, in both languages, and changes nothing.
      const blank = await iop.attempt('/decisions/2/signing-before-legal-force', { party: 'PUBLIC', reason: '   ' });
      expect(blank.status).toBeGreaterThanOrEqual(400);
      expect(blank.status).toBeLessThan(500);
      expect(JSON.stringify(blank.body)).toContain('reason');
      expect((await iop.read()).decisions[1].signingBeforeLegalForce).toBeUndefined();
      const asOrganisation = await iop.attempt('/decisions/2/signing-before-legal-force', { party: N, reason: 'Vi vill börja' });
      expect(asOrganisation.status).toBe(403);

      await iop.move('/decisions/2/signing-before-legal-force', { party: 'PUBLIC', reason: 'Verksamheten startar vid terminsstart' });
      for (const p of ['PUBLIC', N]) await iop.move('/signatures', { party: p });
      const inForce = await iop.read();
      expect(inForce.phase).toBe('IMPLEMENTATION');
      expect(inForce.decisions[1].signingBeforeLegalForce).toMatchObject({ reason: 'Verksamheten startar vid terminsstart' });
      expect(inForce.signatures.map((s: { decisionSeq: number }) => s.decisionSeq)).toEqual([2, 2]);

      // The read model keeps the signatures given on the annulled decision beside the new ones, and the chain verifies.
      const timeline = (
        await request(app().getHttpServer())
          .get(`/partnerships/${iop.id}/timeline`)
          .set(await bearer(AUDITOR))
          .expect(200)
      ).body;
      const entries = Array.isArray(timeline) ? timeline : timeline.entries;
      expect(entries.filter((e: { kind: string }) => e.kind === 'SIGNATURE')).toHaveLength(4);
      const verification = (
        await request(app().getHttpServer())
          .get(`/partnerships/${iop.id}/verification`)
          .set(await bearer(AUDITOR))
          .expect(200)
      ).body;
      expect(verification.valid).toBe(true);
      const dossier = await request(app().getHttpServer())
        .get(`/partnerships/${iop.id}/dossier?format=html`)
        .set(await bearer(AUDITOR))
        .expect(200);
      expect(dossier.text).toContain('Ja: Verksamheten startar vid terminsstart');
    });
  });
});
