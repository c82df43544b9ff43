import request from 'supertest';
import { SKR_CRITERIA } from '../../libs/domain/src';
import { useApiAndWorker } from '../support/harness';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const HSO = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: '802011-2341' };
const REGION = 'Region Skåne';

const submission = (title: string, organisation = VARSTA) => ({
  title,
  challenge: 'Barn i Vårsta lämnar grundskolan utan behörighet till gymnasiet, och föräldrarna når inte skolan.',
  targetGroup: 'Barn i årskurs 4–9 och deras föräldrar',
  contribution: 'Trettio volontärer, lokaler på kvällstid och 200 000 kronor av egna medel om året',
  publicParty: { name: REGION },
  organisation,
});

const allCriteria = (verdict = 'MET') => SKR_CRITERIA.map((criterion) => ({ criterion, verdict, comment: `Bedömt: ${criterion}` }));

describe('initiatives from organisations (IOP-initiativ) over HTTP', () => {
  const app = useApiAndWorker('initiatives');
  const http = () => request(app().getHttpServer());
  const asRep = async () => bearer(representativeOf(VARSTA.organisationNumber));
  const asOfficer = async () => bearer(officerOf(REGION));

  async function submitted(title: string): Promise<string> {
    const response = await http()
      .post('/initiatives')
      .set(await asRep())
      .send(submission(title))
      .expect(201);
    return response.body.id;
  }

  async function assessedAll(id: string): Promise<void> {
    await http()
      .post(`/initiatives/${id}/assessments`)
      .set(await asOfficer())
      .send({ assessments: allCriteria() })
      .expect(200);
  }

  it('is submitted by a representative for their own organisation, addressed to the public party, on its timeline', async () => {
    const id = await submitted('Läxhjälp i Vårsta');
    const read = await http()
      .get(`/initiatives/${id}`)
      .set(await asRep())
      .expect(200);
    expect(read.body).toMatchObject({ id, status: 'SUBMITTED', organisation: VARSTA, publicParty: { name: REGION } });
    // The long texts travel by reference and are read back as themselves.
    expect(read.body.challenge).toBe(submission('x').challenge);
    const officerList = await http()
      .get('/initiatives')
      .set(await asOfficer())
      .expect(200);
    expect(officerList.body.items.map((i: { id: string }) => i.id)).toContain(id);
    const otherRegion = await http()
      .get('/initiatives')
      .set(await bearer(officerOf('Region Västernorrland')))
      .expect(200);
    expect(otherRegion.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const timeline = await http()
      .get(`/initiatives/${id}/timeline`)
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(timeline.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'STEP', action: 'INITIATIVE_SUBMITTED', party: VARSTA.organisationNumber, levelAimedFor: 'INFORMATION' }),
        expect.objectContaining({ kind: 'TASK_OPENED', action: 'ASSESS_INITIATIVE', party: 'PUBLIC' }),
        expect.objectContaining({ kind: 'AUDIT', action: 'POST /initiatives' }),
      ]),
    );
    const tasks = await http()
      .get(`/initiatives/${id}/available-moves`)
      .set(await asOfficer())
      .expect(200);
    expect(tasks.body.moves.map((m: { type: string }) => m.type)).toEqual(['ASSESS_INITIATIVE']);
    const repMoves = await http()
      .get(`/initiatives/${id}/available-moves`)
      .set(await asRep())
      .expect(200);
    expect(repMoves.body.moves).toEqual([]);
  });

  it("refuses another organisation's representative, both submitting for it and reading its initiative", async () => {
    const refused = await http()
      .post('/initiatives')
      .set(await bearer(representativeOf(HSO.organisationNumber)))
      .send(submission('Fel organisation'))
      .expect(403);
    expect(refused.body.code).toBe('NOT_YOUR_ORGANISATION');
    const officer = await http()
      .post('/initiatives')
      .set(await asOfficer())
      .send(submission('Tjänsteperson'))
      .expect(403);
    expect(officer.body.code).toBe('REPRESENTATIVE_ONLY');
    const id = await submitted('Bara Vårstas');
    const read = await http()
      .get(`/initiatives/${id}`)
      .set(await bearer(representativeOf(HSO.organisationNumber)))
      .expect(404);
    expect(read.body.code).toBe('INITIATIVE_NOT_FOUND');
    const assessByRep = await http()
      .post(`/initiatives/${id}/assessments`)
      .set(await asRep())
      .send({ assessments: allCriteria() })
      .expect(403);
    expect(assessByRep.body.code).toBe('PUBLIC_PARTY_ONLY');
    const byAuditor = await http()
      .post(`/initiatives/${id}/assessments`)
      .set(await bearer(AUDITOR))
      .send({ assessments: allCriteria() })
      .expect(403);
    expect(byAuditor.body.code).toBe('READ_ONLY_ROLE');
  });

  it('answers bad input 4xx naming the field, in English and Swedish, and changes nothing', async () => {
    const blank = await http()
      .post('/initiatives')
      .set(await asRep())
      .send({ ...submission('Tom'), challenge: '' })
      .expect(400);
    expect(JSON.stringify(blank.body)).toContain('challenge');
    const id = await submitted('Felaktiga bedömningar');
    const badVerdict = await http()
      .post(`/initiatives/${id}/assessments`)
      .set(await asOfficer())
      .send({ assessments: [{ criterion: 'NOT_DETAIL_REGULATED', verdict: 'MAYBE', comment: 'x' }] })
      .expect(400);
    expect(badVerdict.body.errors).toEqual([expect.objectContaining({ field: 'assessments.0.verdict' })]);
    const early = await http()
      .post(`/initiatives/${id}/decision`)
      .set(await asOfficer())
      .send({ outcome: 'DECLINED', reason: 'Nej' })
      .expect(409);
    expect(early.body).toMatchObject({ code: 'INITIATIVE_CRITERIA_NOT_ASSESSED', errors: [expect.objectContaining({ field: 'assessments' })] });
    expect(early.body.messageSv).toContain('LASTING_AND_DEVELOPING');
    await assessedAll(id);
    const noReason = await http()
      .post(`/initiatives/${id}/decision`)
      .set(await asOfficer())
      .send({ outcome: 'OTHER_FORM', otherForm: 'GRANT' })
      .expect(422);
    expect(noReason.body).toMatchObject({ code: 'INITIATIVE_REASON_REQUIRED', errors: [expect.objectContaining({ field: 'reason' })] });
    const read = await http()
      .get(`/initiatives/${id}`)
      .set(await asOfficer())
      .expect(200);
    expect(read.body.status).toBe('ASSESSING');
    expect(read.body.decision).toBeUndefined();
  });

  it.each([
    ['OTHER_FORM', { otherForm: 'PROCUREMENT', reason: 'Regionen köper tjänsten: det är en upphandling.' }, 'INITIATIVE_OTHER_FORM_PROPOSED'],
    ['DECLINED', { reason: 'Verksamheten ryms i föreningsbidraget.' }, 'INITIATIVE_DECLINED'],
  ])('decides %s with its reason, which the organisation sees', async (outcome, extra, action) => {
    const id = await submitted(`Beslut ${outcome}`);
    await assessedAll(id);
    await http()
      .post(`/initiatives/${id}/decision`)
      .set(await asOfficer())
      .send({ outcome, ...extra })
      .expect(200);
    const seen = await http()
      .get(`/initiatives/${id}`)
      .set(await asRep())
      .expect(200);
    expect(seen.body).toMatchObject({ status: 'DECIDED', decision: { outcome, ...extra } });
    expect(seen.body.assessments).toHaveLength(SKR_CRITERIA.length);
    const timeline = await http()
      .get(`/initiatives/${id}/timeline`)
      .set(await asRep())
      .expect(200);
    expect(timeline.body).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'STEP', action, party: 'PUBLIC' })]));
    const again = await http()
      .post(`/initiatives/${id}/decision`)
      .set(await asOfficer())
      .send({ outcome: 'DECLINED', reason: 'Igen' })
      .expect(409);
    expect(again.body.code).toBe('INITIATIVE_DECIDED');
  });

  it('opens an IOP process with the organisation responsible for its opening step, linked both ways', async () => {
    const id = await submitted('Läxhjälp som blir ett IOP');
    await assessedAll(id);
    const decided = await http()
      .post(`/initiatives/${id}/decision`)
      .set(await asOfficer())
      .send({ outcome: 'OPEN_PARTNERSHIP', partnership: { title: 'Läxhjälp i Vårsta (IOP)', goals: ['Fler elever behöriga till gymnasiet'] } })
      .expect(200);
    const partnershipId = decided.body.initiative.decision.partnershipId;
    expect(decided.body.initiative.decision).toMatchObject({ outcome: 'OPEN_PARTNERSHIP', partnershipTitle: 'Läxhjälp i Vårsta (IOP)' });
    const partnership = await http()
      .get(`/partnerships/${partnershipId}`)
      .set(await asRep())
      .expect(200);
    expect(partnership.body).toMatchObject({
      initiativeId: id,
      title: 'Läxhjälp i Vårsta (IOP)',
      publicParty: { name: REGION },
      organisations: [expect.objectContaining({ organisationNumber: VARSTA.organisationNumber })],
      problemDefinition: expect.objectContaining({
        challenge: submission('x').challenge,
        targetGroup: submission('x').targetGroup,
        goals: ['Fler elever behöriga till gymnasiet'],
      }),
    });
    expect(partnership.body.steps[0]).toMatchObject({
      action: 'PARTNERSHIP_OPENED',
      responsibleKind: 'ORGANISATION',
      responsibleOrganisationNumber: VARSTA.organisationNumber,
    });
    // A retry of the decision opens no second partnership: it is answered with the same one.
    const retried = await http()
      .post(`/initiatives/${id}/decision`)
      .set(await asOfficer())
      .send({ outcome: 'OPEN_PARTNERSHIP', partnership: { title: 'Läxhjälp i Vårsta (IOP)', goals: ['Fler elever behöriga till gymnasiet'] } })
      .expect(200);
    expect(retried.body.initiative.decision.partnershipId).toBe(partnershipId);
    const dossier = await http()
      .get(`/initiatives/${id}/dossier`)
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(dossier.body.initiative.decision.partnershipId).toBe(partnershipId);
    expect(dossier.body.verification).toMatchObject({ valid: true });
    const html = await http()
      .get(`/initiatives/${id}/dossier?format=html`)
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(html.text).toContain('Bedömning mot SKR:s kriterier (2017)');
    // The decision and the steps by the web's Swedish labels, not their codes.
    expect(html.text).toContain('Öppna ett IOP');
    expect(html.text).toContain('Initiativet inlämnat');
    expect(html.text).not.toMatch(/\bOPEN_PARTNERSHIP\b|\bINITIATIVE_SUBMITTED\b/);
  });
});
