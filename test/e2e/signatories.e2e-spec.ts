import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { luhnCheckDigit } from '../../libs/domain/src';
import type { Principal } from '../../libs/identity/src';
import { seedDemoSignatories } from '../../scripts/demo-identity';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf, representativeOf, secondOfficerOf } from '../support/tokens';

/** An organisation of this run only, so that no other test's partnership puts it within anyone's reach. */
function freshOrganisation(): { name: string; organisationNumber: string } {
  const nine = `8${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return { name: 'Röda Korset, sjukhusvärdar', organisationNumber: `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}` };
}

const BOARD_DECISION = { kind: 'BOARD_DECISION', reference: 'Styrelseprotokoll 2026-03-12, § 7', date: '2026-03-12' };
const DELEGATION_ORDER = {
  kind: 'DELEGATION_ORDER',
  reference: 'Regionstyrelsens delegationsordning, RS 2025/118',
  date: '2025-02-03',
  paragraph: '§ 4',
};

/** Firmatecknare with proof: proposed with a basis, valid for signing only once someone else confirms it. */
describe('the signatory register', () => {
  const app = useApiAndWorker('signatories');
  const http = () => request(app().getHttpServer());

  const propose = async (as: Principal, body: Record<string, unknown>, requestId = randomUUID()) =>
    http()
      .post('/signatories')
      .set(await bearer(as))
      .set('X-Request-Id', requestId)
      .send(body);
  const proposeOwn = (as: Principal, basis: Record<string, unknown>) =>
    propose(as, { subject: as.subject, name: as.name, validFrom: '2020-01-01', basis });
  const confirm = async (as: Principal, id: string, requestId = randomUUID()) =>
    http()
      .post(`/signatories/${id}/confirmation`)
      .set(await bearer(as))
      .set('X-Request-Id', requestId)
      .send();
  const refusal = (response: request.Response) => ({ status: response.status, code: response.body.code, sv: typeof response.body.messageSv });

  /** A partnership of Region Skåne with a fresh organisation, waiting for signatures. */
  async function partnershipAtSignature() {
    const organisation = freshOrganisation();
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [organisation], 'Firmatecknarprov');
    await iop.toSignature([organisation.organisationNumber]);
    return { iop, organisation, representative: representativeOf(organisation.organisationNumber) };
  }

  it("refuses a representative's self-proposed entry at signing, and signs once an officer of the partnership's public party confirms it", async () => {
    const { iop, representative } = await partnershipAtSignature();
    const proposed = await proposeOwn(representative, BOARD_DECISION);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'PROPOSED', basis: { ...BOARD_DECISION, paragraph: null }, confirmedBy: null, confirmedAt: null });

    const refused = await http()
      .post(`/partnerships/${iop.id}/signatures`)
      .set(await bearer(representative))
      .send({});
    expect(refusal(refused)).toEqual({ status: 403, code: 'SIGNATORY_NOT_CONFIRMED', sv: 'string' });
    expect((await iop.read()).signatures).toEqual([]);

    const officer = officerOf('Region Skåne');
    const confirmed = await confirm(officer, proposed.body.id);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', confirmedBy: officer.email });
    await http()
      .post(`/partnerships/${iop.id}/signatures`)
      .set(await bearer(representative))
      .send(await iop.agreementToSign(representative))
      .expect(200);
    expect((await iop.read()).signatures).toEqual([expect.objectContaining({ signatoryName: representative.name })]);
  });

  it('keeps NOT_A_SIGNATORY for a person with no entry at all', async () => {
    const { iop, representative } = await partnershipAtSignature();
    const stranger: Principal = { ...representative, subject: `rep:${randomUUID()}` };
    const refused = await http()
      .post(`/partnerships/${iop.id}/signatures`)
      .set(await bearer(stranger))
      .send({});
    expect(refusal(refused)).toEqual({ status: 403, code: 'NOT_A_SIGNATORY', sv: 'string' });
  });

  it('refuses self-confirmation by the person named and by the proposer, and accepts a third officer', async () => {
    const party = 'Region Skåne';
    const proposer: Principal = { ...officerOf(party), subject: `officer:${randomUUID()}`, email: undefined };
    const named: Principal = { ...secondOfficerOf(party), subject: `officer:${randomUUID()}`, email: undefined };
    const third: Principal = { ...officerOf(party), subject: `officer:${randomUUID()}`, email: undefined };
    const proposed = await propose(proposer, { subject: named.subject, name: 'Lena Berg', validFrom: '2020-01-01', basis: DELEGATION_ORDER });
    expect(proposed.body.status).toBe('PROPOSED');

    for (const self of [proposer, named]) {
      const refused = await confirm(self, proposed.body.id);
      expect(refusal(refused)).toEqual({ status: 403, code: 'SELF_CONFIRMATION', sv: 'string' });
    }
    const own = await proposeOwn(third, DELEGATION_ORDER);
    expect(refusal(await confirm(third, own.body.id))).toEqual({ status: 403, code: 'SELF_CONFIRMATION', sv: 'string' });

    const mine = (
      await http()
        .get('/signatories')
        .set(await bearer(third))
    ).body.find((s: { id: string }) => s.id === proposed.body.id);
    expect(mine).toMatchObject({ status: 'PROPOSED', mayConfirm: true });
    const confirmed = await confirm(third, proposed.body.id);
    expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', confirmedBy: third.subject, mayConfirm: false });
    // Asked again by the same officer: the same answer; by anyone else: already confirmed, by whom.
    expect((await confirm(third, proposed.body.id)).status).toBe(200);
    const again = await confirm({ ...officerOf(party), subject: `officer:${randomUUID()}` }, proposed.body.id);
    expect({ ...refusal(again), message: again.body.message }).toEqual({
      status: 409,
      code: 'SIGNATORY_ALREADY_CONFIRMED',
      sv: 'string',
      message: expect.stringContaining(third.subject),
    });
  });

  it('lets no representative or auditor confirm, and answers an officer of an unrelated public party as if the entry did not exist', async () => {
    const { representative, organisation } = await partnershipAtSignature();
    const proposed = await proposeOwn(representative, BOARD_DECISION);

    expect(refusal(await confirm(representativeOf('802456-1238'), proposed.body.id))).toEqual({ status: 403, code: 'OFFICER_ONLY', sv: 'string' });
    expect(refusal(await confirm(AUDITOR, proposed.body.id))).toEqual({ status: 403, code: 'READ_ONLY_ROLE', sv: 'string' });

    const unrelated = officerOf('Region Västernorrland');
    const outside = await confirm(unrelated, proposed.body.id);
    const unknown = await confirm(unrelated, randomUUID());
    expect(refusal(outside)).toEqual({ status: 404, code: 'SIGNATORY_NOT_FOUND', sv: 'string' });
    expect(refusal(unknown)).toEqual(refusal(outside));
    const theirs = (
      await http()
        .get('/signatories')
        .set(await bearer(unrelated))
    ).body;
    expect(theirs.map((s: { partyRef: string }) => s.partyRef)).not.toContain(organisation.organisationNumber);

    // The officer of the partnership's public party sees it waiting; it is still unconfirmed after the refusals.
    const skane = (
      await http()
        .get('/signatories')
        .set(await bearer(officerOf('Region Skåne')))
    ).body;
    expect(skane.find((s: { id: string }) => s.id === proposed.body.id)).toMatchObject({
      status: 'PROPOSED',
      mayConfirm: true,
      partyKind: 'ORGANISATION',
    });
    const malformed = await confirm(officerOf('Region Skåne'), 'not-a-uuid');
    expect({ status: malformed.status, errors: malformed.body.errors }).toEqual({
      status: 400,
      errors: [expect.objectContaining({ field: 'id', rule: 'isUuid' })],
    });
  });

  it('validates the basis: the kind fits the party, a delegation order has its paragraph, the day is a calendar day', async () => {
    const representative = representativeOf(freshOrganisation().organisationNumber);
    const officer: Principal = { ...officerOf('Region Skåne'), subject: `officer:${randomUUID()}` };
    const cases: [Principal, Record<string, unknown>, string, string][] = [
      [representative, DELEGATION_ORDER, 'basis.kind', 'fitsParty'],
      [officer, BOARD_DECISION, 'basis.kind', 'fitsParty'],
      [representative, { ...BOARD_DECISION, kind: 'SELF_APPOINTED' }, 'basis.kind', 'isIn'],
      [officer, { ...DELEGATION_ORDER, paragraph: undefined }, 'basis.paragraph', 'isProtocolParagraph'],
      [officer, { ...DELEGATION_ORDER, paragraph: 'fyra' }, 'basis.paragraph', 'isProtocolParagraph'],
      [representative, { ...BOARD_DECISION, paragraph: '§ 4' }, 'basis.paragraph', 'onlyForDelegationOrder'],
      [representative, { ...BOARD_DECISION, date: '2026-02-30' }, 'basis.date', 'isCalendarDate'],
      [representative, { ...BOARD_DECISION, reference: '' }, 'basis.reference', 'isLength'],
    ];
    for (const [as, basis, field, rule] of cases) {
      const response = await proposeOwn(as, basis);
      expect({ status: response.status, code: response.body.code, errors: response.body.errors }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: expect.arrayContaining([expect.objectContaining({ field, rule })]),
      });
    }
    // The old free-text self-appointment is no longer a basis.
    const selfAppointed = await propose(representative, {
      subject: representative.subject,
      name: representative.name,
      validFrom: '2020-01-01',
      authority: 'Jag utser mig själv',
    });
    expect(selfAppointed.status).toBe(400);
    expect(selfAppointed.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['basis', 'authority']));

    for (const as of [representative, officer]) {
      const listed = (
        await http()
          .get('/signatories')
          .set(await bearer(as))
      ).body;
      expect(listed.filter((s: { subject: string }) => s.subject === as.subject)).toEqual([]);
    }
  });

  it('keeps a confirmed entry as confirmed when it is proposed again with another basis', async () => {
    const { representative } = await partnershipAtSignature();
    const proposed = await proposeOwn(representative, BOARD_DECISION);
    await confirm(officerOf('Region Skåne'), proposed.body.id);
    const again = await proposeOwn(representative, { kind: 'REGISTER_EXTRACT', reference: 'Registreringsbevis', date: '2026-11-01' });
    expect(again.body).toMatchObject({ id: proposed.body.id, status: 'CONFIRMED', basis: { kind: 'BOARD_DECISION' } });
  });

  it('writes an audit-log row for the proposal, the confirmation and a refused confirmation', async () => {
    const { representative } = await partnershipAtSignature();
    const officer = officerOf('Region Skåne');
    const ids = { propose: randomUUID(), self: randomUUID(), confirm: randomUUID() };
    const proposed = await propose(
      representative,
      { subject: representative.subject, name: representative.name, validFrom: '2020-01-01', basis: BOARD_DECISION },
      ids.propose,
    );
    const proposedBySelf = await propose(officer, { subject: officer.subject, name: officer.name, validFrom: '2020-01-01', basis: DELEGATION_ORDER });
    await confirm(officer, proposedBySelf.body.id, ids.self);
    await confirm(officer, proposed.body.id, ids.confirm);

    const logged = await withDatabase((db) =>
      db.query(
        `SELECT request_id, actor, actor_role, action, target, outcome, status_code, reason FROM audit_log WHERE request_id = ANY($1) ORDER BY id`,
        [Object.values(ids)],
      ),
    );
    expect(logged.rows).toEqual([
      {
        request_id: ids.propose,
        actor: representative.email,
        actor_role: 'organisation_rep',
        action: 'POST /signatories',
        target: proposed.body.id,
        outcome: 'ACCEPTED',
        status_code: 201,
        reason: null,
      },
      {
        request_id: ids.self,
        actor: officer.email,
        actor_role: 'officer',
        action: 'POST /signatories/:id/confirmation',
        target: null,
        outcome: 'REFUSED',
        status_code: 403,
        reason: 'SELF_CONFIRMATION',
      },
      {
        request_id: ids.confirm,
        actor: officer.email,
        actor_role: 'officer',
        action: 'POST /signatories/:id/confirmation',
        target: proposed.body.id,
        outcome: 'ACCEPTED',
        status_code: 200,
        reason: null,
      },
    ]);
  });

  it("seeds the demo firmatecknare through the same path: the officers confirm each other's, a representative's once a partnership exists", async () => {
    const url = await app().getUrl();
    const first = await seedDemoSignatories(url, process.env.DEV_AUTH_SECRET!);
    expect(first).toEqual(
      expect.arrayContaining([
        'Anna Lindqvist: firmatecknare for Region Skåne, confirmed by johan.berg@skane.example',
        'Johan Berg: firmatecknare for Region Skåne, confirmed by anna.lindqvist@skane.example',
      ]),
    );
    const demoOfficer = {
      subject: 'demo-officer-skane',
      name: 'Anna Lindqvist',
      email: 'anna.lindqvist@skane.example',
      role: 'officer' as const,
      publicParty: 'Region Skåne',
    };
    await http()
      .post('/partnerships')
      .set(await bearer(demoOfficer))
      .send({
        title: 'Demopartnerskap',
        publicParty: { name: 'Region Skåne' },
        organisations: [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' }],
      })
      .expect(201);
    const second = await seedDemoSignatories(url, process.env.DEV_AUTH_SECRET!);
    expect(second).toContain('Erik Holm: firmatecknare for 802456-1238, confirmed by anna.lindqvist@skane.example');
    // Run again, nothing changes: the confirmed entries keep their confirmation.
    expect(await seedDemoSignatories(url, process.env.DEV_AUTH_SECRET!)).toEqual(second);
  });
});
