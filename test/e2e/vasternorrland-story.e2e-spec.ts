import { LifecycleClient } from '../support/lifecycle-client';
import { useApiAndWorker } from '../support/harness';

const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const HSO = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: '802011-2341' };
const BILDNING = { name: 'Bildningsförbundet Mittnorrland', organisationNumber: '817600-1231' };
const ALL = [VARSTA, HSO, BILDNING].map((o) => o.organisationNumber);

describe('Region Västernorrland with three organisations, one of which withdraws before signature', () => {
  const app = useApiAndWorker('vasternorrland');

  it('goes on without the organisation that withdrew and puts the agreement in force for the others', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Västernorrland', [VARSTA, HSO, BILDNING], 'Värdegemenskap för social hållbarhet');
    for (const o of ALL) await iop.move('/invitation-response', { party: o, accept: true });
    await iop.toSignature(ALL);

    await iop.move('/signatures', { party: 'PUBLIC' });
    await iop.move('/signatures', { party: VARSTA.organisationNumber });
    const withdrawn = await iop.move('/withdrawal', { party: BILDNING.organisationNumber, reason: 'Styrelsen har beslutat att avstå.' });
    expect(withdrawn.phase).toBe('SIGNATURE');

    const signed = await iop.move('/signatures', { party: HSO.organisationNumber });
    expect(signed.phase).toBe('IMPLEMENTATION');

    const partnership = await iop.read();
    expect(partnership.organisations.map((o: { organisationNumber: string; status: string }) => [o.organisationNumber, o.status])).toEqual([
      [VARSTA.organisationNumber, 'ACCEPTED'],
      [HSO.organisationNumber, 'ACCEPTED'],
      [BILDNING.organisationNumber, 'WITHDRAWN'],
    ]);
    expect(partnership.signatures.map((s: { party: string }) => s.party)).toEqual(['PUBLIC', VARSTA.organisationNumber, HSO.organisationNumber]);
    // The organisation that left has nothing left to do.
    const inbox = await iop.get(`/organisations/${BILDNING.organisationNumber}/tasks`, BILDNING.organisationNumber);
    expect({ status: inbox.status, tasks: inbox.body }).toEqual({ status: 200, tasks: [] });
    expect(
      partnership.steps.some(
        (s: { action: string; responsibleOrganisationNumber: string }) =>
          s.action === 'ORGANISATION_WITHDRAWN' && s.responsibleOrganisationNumber === BILDNING.organisationNumber,
      ),
    ).toBe(true);
  });

  it('ends the process with its reason when the last remaining organisation withdraws', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Västernorrland', [VARSTA], 'Volontärverksamhet');
    const ended = await iop.move('/withdrawal', { party: VARSTA.organisationNumber, reason: 'Saknar resurser.' });
    expect(ended.phase).toBe('ENDED');
    expect((await iop.read()).ended).toMatchObject({ reason: 'NO_ORGANISATIONS_LEFT' });

    const after = await iop.attempt('/problem-definition', { party: 'PUBLIC', challenge: 'x y z', targetGroup: 'alla', goals: ['mål'] });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('PARTNERSHIP_ENDED');
  });
});
