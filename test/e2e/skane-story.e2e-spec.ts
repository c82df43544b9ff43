import { addDays, addYears } from '../../libs/domain/src/dates';
import { LEGAL_BASIS } from '../support/legal-basis';
import { LifecycleClient } from '../support/lifecycle-client';
import { eventually, startTimeSkippingStack, TimeSkippingStack } from '../support/time-skipping';

const NATVERKET = '802456-1238';
const principles = {
  INDEPENDENCE: 'Nätverket behåller sin självständighet och sitt oberoende gentemot regionen.',
  DIALOGUE: 'Samverkansgruppen möts minst fyra gånger per år.',
  QUALITY: 'Verksamheten följs upp med gemensamt framtagna indikatorer.',
  LONG_TERM: 'Avtalet löper i tre år med möjlighet till förnyelse.',
  TRANSPARENCY: 'Protokoll och rapporter är offentliga.',
  DIVERSITY: 'Nätverket företräder föreningar av olika storlek och inriktning.',
};

/**
 * The seeds' own case, Region Skåne and NÄTVERKET-Idéburen sektor Skåne, from problem definition to expiry, over
 * HTTP against the real API and worker; the three years of the agreement pass on the time-skipping test server.
 */
describe('Region Skåne and NÄTVERKET-Idéburen sektor Skåne, from problem definition to expiry', () => {
  let stack: TimeSkippingStack;
  let iop: LifecycleClient;
  const read = () => iop.read();
  const move = (method: 'post' | 'put', path: string, body: Record<string, unknown>) => iop.move(path, body, method);

  beforeAll(async () => {
    stack = await startTimeSkippingStack('skane');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('runs the whole agreement, with one återremiss, three yearly follow-ups and expiry', async () => {
    iop = new LifecycleClient(stack.api);
    await iop.create(
      'Region Skåne',
      [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: NATVERKET }],
      'Idéburen sektor som utvecklingskraft i Skåne',
    );

    // Gemensam problemformulering: the organisation proposes, the region agrees.
    await move('post', '/invitation-response', { party: NATVERKET, accept: true });
    await move('post', '/problem-definition', {
      party: NATVERKET,
      challenge: 'Den idéburna sektorns kraft tas inte till vara i regionens utveckling.',
      targetGroup: 'Idéburna organisationer i Skåne',
      goals: ['Stärkt samverkan', 'Fler delaktiga i regionens utveckling'],
      developmentAreas: ['COLLABORATION', 'PARTICIPATION_AND_INFLUENCE'],
    });
    const agreed = await move('post', '/problem-definition/agreements', { party: 'PUBLIC' });
    expect(agreed.phase).toBe('DIALOGUE');

    // Dialog: a meeting of both sides, the organisation's written input, the shared goal.
    await move('post', '/meetings', {
      party: 'PUBLIC',
      date: await stack.today(),
      attendees: [
        { party: 'PUBLIC', names: ['Anna Lindqvist'] },
        { party: NATVERKET, names: ['Erik Holm'] },
      ],
      minutes: 'Gemensam genomgång av utmaningen.',
    });
    const inputTask = (await read()).tasks.find((t: { type: string; addressedTo: string }) => t.type === 'GIVE_INPUT' && t.addressedTo === NATVERKET);
    await move('post', '/inputs', { party: NATVERKET, text: 'Våra synpunkter på uppföljningen.', taskId: inputTask.id });
    await move('put', '/shared-goal', { party: 'PUBLIC', sharedGoal: 'En stark idéburen sektor som medskapare i Skåne.' });
    await move('post', '/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
    expect((await move('post', '/dialogue/close', { party: 'PUBLIC' })).phase).toBe('DRAFTING');

    // Utformning: version 1, approved by both; the regionstyrelse sends it back (återremiss).
    const start = await stack.today();
    const draft = {
      party: 'PUBLIC',
      purpose: 'Att stärka den idéburna sektorn som utvecklingskraft.',
      sharedGoal: 'En stark idéburen sektor som medskapare i Skåne.',
      contributions: [
        { party: 'PUBLIC', amountSek: 1500000 },
        { party: NATVERKET, amountSek: 200000, ownContribution: 'Ideella timmar, lokaler och kunskap om sektorn.' },
      ],
      startDate: start,
      endDate: addYears(start, 3),
      followUpPlan: 'En årlig uppföljningskonferens; översyn minst vart femte år.',
      governance: 'Samverkansgrupp med lika många från varje sektor.',
      terminationTerms: 'Ömsesidig uppsägningstid om sex månader.',
      terminationNoticeMonths: 6,
      principles,
    };
    await move('post', '/drafts', draft);
    await move('post', '/drafts/1/reviews', { party: NATVERKET, decision: 'APPROVED' });
    expect((await move('post', '/drafts/1/reviews', { party: 'PUBLIC', decision: 'APPROVED' })).phase).toBe('POLITICAL_APPROVAL');
    const returned = await move('post', '/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: start,
      diarienummer: 'RS 2015/1014',
      paragraph: '§ 201',
      outcome: 'RETURNED',
      reasons: 'Förtydliga hur uppföljningen ska gå till.',
    });
    expect(returned.phase).toBe('DRAFTING');

    // Version 2 answers the återremiss; approved, decided with diarienummer and §, and signed by both.
    await move('post', '/drafts', { ...draft, followUpPlan: 'En årlig uppföljningskonferens med rapport från nätverket och gemensamt möte.' });
    await move('post', '/drafts/2/reviews', { party: NATVERKET, decision: 'APPROVED' });
    await move('post', '/drafts/2/reviews', { party: 'PUBLIC', decision: 'APPROVED' });
    await move('post', '/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: start,
      diarienummer: 'RS 2015/1014',
      paragraph: '§ 245',
      outcome: 'APPROVED',
    });
    // In force at the last signature: the officer records that the parties sign before legal force (rules version 4).
    await iop.signBeforeLegalForce();
    await move('post', '/signatures', { party: 'PUBLIC' });
    expect((await move('post', '/signatures', { party: NATVERKET })).phase).toBe('IMPLEMENTATION');

    let partnership = await read();
    expect(partnership.drafts.map((d: { version: number; round: number }) => [d.version, d.round])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(
      partnership.decisions.map((d: { outcome: string; diarienummer: string; paragraph: string }) => [d.outcome, d.diarienummer, d.paragraph]),
    ).toEqual([
      ['RETURNED', 'RS 2015/1014', '§ 201'],
      ['APPROVED', 'RS 2015/1014', '§ 245'],
    ]);
    expect(partnership.agreement).toMatchObject({ round: 2, draftVersion: 2, startDate: start, endDate: addYears(start, 3) });

    // Genomförande: three yearly follow-ups, each raised by a durable timer a year apart.
    for (const year of [1, 2, 3]) {
      const dueDate = addYears(start, year);
      await stack.env.sleep(`${year === 1 ? 366 : 365} days`);
      type Task = { id: string; type: string; ref: string };
      const isReport = (t: Task) => t.type === 'SUBMIT_FOLLOW_UP_REPORT' && t.ref === dueDate;
      const inbox: Task[] = await eventually(
        async () => (await iop.get(`/organisations/${NATVERKET}/tasks`, NATVERKET)).body,
        (tasks: Task[]) => tasks.some(isReport),
      );
      const reportTask = inbox.find(isReport)!;
      expect(reportTask).toMatchObject({ partnershipId: iop.id, addressedTo: NATVERKET, status: 'OPEN', overdue: false });
      await move('post', `/follow-ups/${dueDate}/reports`, { party: NATVERKET, summary: `Verksamhetsrapport år ${year}`, taskId: reportTask.id });
      await move('post', `/follow-ups/${dueDate}/meetings`, {
        party: 'PUBLIC',
        date: await stack.today(),
        attendees: [
          { party: 'PUBLIC', names: ['Anna Lindqvist'] },
          { party: NATVERKET, names: ['Erik Holm'] },
        ],
        minutes: `Uppföljningskonferens år ${year}`,
      });
    }

    // Expiry the day after the end date.
    await stack.env.sleep('10 days');
    partnership = await eventually(read, (p) => p.phase === 'ENDED');
    expect(partnership.ended).toMatchObject({ reason: 'EXPIRED' });
    expect(
      partnership.followUps.map((f: { year: number; reports: unknown[]; meetingId?: number }) => [
        f.year,
        f.reports.length,
        f.meetingId !== undefined,
      ]),
    ).toEqual([
      [1, 1, true],
      [2, 1, true],
      [3, 1, true],
    ]);
    expect(partnership.tasks.filter((t: { status: string }) => t.status === 'OPEN')).toEqual([]);

    // The timeline an auditor reads: who carried each step and which level it reached.
    const timeline = partnership.steps.map((s: { action: string; responsibleKind: string; levelReached: string | null }) => [
      s.action,
      s.responsibleKind,
      s.levelReached,
    ]);
    expect(timeline).toEqual(
      expect.arrayContaining([
        ['PARTNERSHIP_OPENED', 'PUBLIC', 'INFORMATION'],
        ['PROBLEM_DEFINITION_PROPOSED', 'ORGANISATION', 'INFORMATION'],
        ['PROBLEM_DEFINITION_AGREED', 'PUBLIC', 'DIALOGUE'],
        ['PROBLEM_DEFINITION_ADOPTED', 'JOINT', 'PARTNERSHIP'],
        ['DIALOGUE_MEETING_HELD', 'PUBLIC', 'DIALOGUE'],
        ['WRITTEN_INPUT_SUBMITTED', 'ORGANISATION', 'CONSULTATION'],
        ['DIALOGUE_CLOSED', 'PUBLIC', 'DIALOGUE'],
        ['POLITICAL_DECISION_RETURNED', 'PUBLIC', 'INFORMATION'],
        ['AGREEMENT_SIGNED', 'JOINT', 'PARTNERSHIP'],
        ['FOLLOW_UP_REPORT_SUBMITTED', 'ORGANISATION', 'CONSULTATION'],
        ['FOLLOW_UP_MEETING_HELD', 'JOINT', 'DIALOGUE'],
        ['PARTNERSHIP_ENDED_EXPIRED', 'JOINT', 'INFORMATION'],
      ]),
    );
    expect(timeline.filter(([action]: [string]) => action === 'FOLLOW_UP_RAISED')).toHaveLength(3);
    expect(addDays(addYears(start, 3), 1) <= (await stack.today())).toBe(true);
  });

  it("shows an organisation's open task as overdue once its due date has passed", async () => {
    const redCross = new LifecycleClient(stack.api);
    await redCross.create(
      'Region Skåne',
      [{ name: 'Röda Korset, Skånedistriktet', organisationNumber: '802002-8711' }],
      'Röda Korsets sjukhusvolontärer',
    );
    const inbox = async () =>
      (await redCross.get('/organisations/8020028711/tasks', '802002-8711')).body.filter(
        (t: { partnershipId: string }) => t.partnershipId === redCross.id,
      );
    expect(await inbox()).toEqual([expect.objectContaining({ type: 'RESPOND_TO_INVITATION', overdue: false })]);

    await stack.env.sleep('15 days');
    expect(await inbox()).toEqual([expect.objectContaining({ type: 'RESPOND_TO_INVITATION', status: 'OPEN', overdue: true })]);
  });
});
