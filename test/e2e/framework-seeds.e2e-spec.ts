import { addDays, addYears } from '../../libs/domain/src/dates';
import { FrameworkClient, frameworkTerms, inventedOrganisationNumber } from '../support/framework-client';
import { eventually, startTimeSkippingStack, TimeSkippingStack } from '../support/time-skipping';
import { bearer, officerOf } from '../support/tokens';

const NATVERKET = { name: 'Nätverket Social Ekonomi Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };

type Warning = { code: string; year: number; clearedAt?: string };
type Task = { type: string; status: string; dueDate: string };
const openWarnings = (framework: Record<string, any>, code: string): Warning[] =>
  framework.warnings.filter((w: Warning) => w.code === code && !w.clearedAt);
const openTasks = (framework: Record<string, any>, type: string): Task[] =>
  framework.tasks.filter((t: Task) => t.type === type && t.status === 'OPEN');

/** The first day of the calendar year after `date`. */
const nextNewYear = (date: string): string => `${Number(date.slice(0, 4)) + 1}-01-01`;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The two seeds' frameworks (överenskommelser) end to end over HTTP, on the real API and worker with the
 * time-skipping test server: years pass in seconds, and every durable timer of the framework fires on its day.
 * The seeds' own years (Skåne 2010–2014, revised 2015) are lived from the test server's today: the same story, the
 * same distances in time.
 */
describe('the seeds’ framework agreements, over years', () => {
  let stack: TimeSkippingStack;

  beforeAll(async () => {
    stack = await startTimeSkippingStack('framework-seeds');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** Lets the test server's clock run to `date` (its timers fire on the way). */
  const skipTo = async (date: string) => {
    const days = daysBetween(await stack.today(), date);
    if (days > 0) await stack.env.sleep(`${days} days`);
  };

  it('Region Skåne: decided for four years, thirty organisations join, revised while in force, and an IOP entered within it', async () => {
    const skane = new FrameworkClient(stack.api, 'Region Skåne');
    const start = await stack.today();
    const end = addDays(addYears(start, 4), -1);
    await skane.create('Överenskommelse mellan Region Skåne och den idéburna sektorn i Skåne', NATVERKET, frameworkTerms(start, end));
    const adopted = await skane.move('/versions/1/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: start,
      diarienummer: 'RS 2009/123',
      paragraph: '§ 98',
      outcome: 'APPROVED',
    });
    expect(adopted.framework.status).toBe('IN_FORCE');
    expect(adopted.framework.versionInForce).toBe(1);

    // The negotiating organisation joined with the adoption; twenty-nine more apply and are confirmed.
    const organisations = Array.from({ length: 29 }, (_, i) => ({
      name: `Idéburen förening ${i + 1} i Skåne`,
      organisationNumber: inventedOrganisationNumber(i + 1),
    }));
    for (const organisation of organisations) await skane.join(organisation);
    let framework = await skane.read();
    const joined = framework.members.filter((m: { status: string }) => m.status === 'JOINED');
    expect(joined).toHaveLength(30);
    expect(joined.every((m: { joinedOn?: string }) => m.joinedOn === start)).toBe(true);

    // Joining twice is refused, and changes nothing.
    const twice = await skane.attempt('/applications', {
      party: organisations[0].organisationNumber,
      organisationName: organisations[0].name,
      declaration: framework.versions[0].joiningUndertakings,
      signatoryName: 'Ordförande',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_JOINED');
    expect((await skane.read()).revision).toBe(framework.revision);

    // The list of joined organisations is public within the engine: another region's officer reads it too.
    const seenElsewhere = await skane
      .http()
      .get(`/frameworks/${skane.id}`)
      .set(await bearer(officerOf('Region Västernorrland')));
    expect(seenElsewhere.status).toBe(200);
    expect(seenElsewhere.body.members.filter((m: { status: string }) => m.status === 'JOINED')).toHaveLength(30);

    // The revision of "2015": drafted and decided in the last year, while version 1 stays in force.
    await skipTo(addDays(end, -120));
    const revisionStart = addDays(end, 1);
    await skane.move('/versions', { party: 'PUBLIC', reason: 'Revidering efter fem års samverkan', ...frameworkTerms(revisionStart, undefined) });
    const decidedOn = await stack.today();
    const revised = await skane.move('/versions/2/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: decidedOn,
      diarienummer: 'RS 2014/456',
      paragraph: '§ 12',
      outcome: 'APPROVED',
    });
    expect(revised.framework.versionInForce).toBe(1);
    expect(revised.framework.versions.map((v: { status: string }) => v.status)).toEqual(['IN_FORCE', 'ADOPTED']);

    await skipTo(addDays(revisionStart, 1));
    framework = await eventually(
      () => skane.read(),
      (f) => f.versionInForce === 2,
    );
    expect(framework.versions.map((v: { status: string }) => v.status)).toEqual(['SUPERSEDED', 'IN_FORCE']);
    expect(framework.versions[0].inForceUntil).toBe(end);
    expect(framework.members.filter((m: { status: string }) => m.status === 'JOINED')).toHaveLength(30);

    // The IOP with NÄTVERKET entered within it; an organisation that has not joined cannot be in one.
    const officer = await bearer(officerOf('Region Skåne'));
    const iop = await skane
      .http()
      .post('/partnerships')
      .set(officer)
      .send({
        title: 'Idéburen sektor som utvecklingskraft i Skåne',
        publicParty: { name: 'Region Skåne' },
        organisations: [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: NATVERKET.organisationNumber }],
        frameworkId: skane.id,
      });
    expect(iop.status).toBe(201);
    const outside = await skane
      .http()
      .post('/partnerships')
      .set(officer)
      .send({
        title: 'Sjukhusvärdar',
        publicParty: { name: 'Region Skåne' },
        organisations: [NATVERKET, VARSTA],
        frameworkId: skane.id,
      });
    expect(outside.status).toBe(422);
    expect(outside.body.code).toBe('FRAMEWORK_MEMBERSHIP_REQUIRED');
    expect(JSON.stringify(outside.body)).toContain('organisations.1.organisationNumber');
    const within = await skane.get('/partnerships');
    expect(within.body.items.map((p: { id: string }) => p.id)).toEqual([iop.body.id]);
  });

  it('Region Västernorrland: adopted by landstingsfullmäktige, equal seats, a year of three meetings warned, a yearly conference, the review due in the fifth year', async () => {
    const ynord = new FrameworkClient(stack.api, 'Region Västernorrland');
    const bildning = { name: 'Bildningsförbundet Mittnorrland', organisationNumber: inventedOrganisationNumber(101, '8025') };
    const stift = { name: 'Härnösands stift', organisationNumber: inventedOrganisationNumber(102, '8025') };
    const folkhogskola = { name: 'Örnsköldsviks folkhögskola', organisationNumber: inventedOrganisationNumber(103, '8025') };
    const hso = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: inventedOrganisationNumber(104, '8025') };
    const start = await stack.today();
    await ynord.create('Överenskommelse om samverkan mellan Landstinget Västernorrland och idéburen sektor', hso, frameworkTerms(start, undefined));
    await ynord.move('/versions/1/decisions', {
      party: 'PUBLIC',
      body: 'Landstingsfullmäktige',
      meetingDate: start,
      diarienummer: 'LS 2012/345',
      paragraph: '§ 45',
      outcome: 'APPROVED',
    });
    for (const organisation of [bildning, stift, folkhogskola]) await ynord.join(organisation);

    // Four seats for each sector; a fifth for civil society would make the group unequal, and is refused.
    const termEnd = addYears(start, 4);
    for (const name of ['Lena Sundström', 'Per Nordin', 'Ulla Berg', 'Sven Ek']) {
      await ynord.move('/steering-group/members', {
        party: 'PUBLIC',
        sector: 'PUBLIC',
        name,
        organisationName: 'Region Västernorrland',
        termStart: start,
        termEnd,
      });
    }
    for (const [name, organisation] of [
      ['Anna Byström', bildning],
      ['Karl Öhman', stift],
      ['Eva Lind', folkhogskola],
      ['Maj Sjödin', hso],
    ] as const) {
      await ynord.move('/steering-group/members', {
        party: organisation.organisationNumber,
        sector: 'CIVIL_SOCIETY',
        name,
        organisationName: organisation.name,
        organisationNumber: organisation.organisationNumber,
        termStart: start,
        termEnd,
      });
    }
    const before = await ynord.read();
    expect(before.seats.PUBLIC).toMatchObject({ seats: 4, filled: 4, vacant: 0 });
    expect(before.seats.CIVIL_SOCIETY).toMatchObject({ seats: 4, filled: 4, vacant: 0 });
    const unequal = await ynord.attempt('/steering-group/members', {
      party: 'PUBLIC',
      sector: 'CIVIL_SOCIETY',
      name: 'En till',
      organisationName: bildning.name,
      organisationNumber: bildning.organisationNumber,
      termStart: start,
      termEnd,
    });
    // A conflict with the group as it stands (409), naming the rule and both sectors' counts.
    expect(unequal.status).toBe(409);
    expect(unequal.body.code).toBe('STEERING_GROUP_UNEQUAL');
    expect((await ynord.read()).revision).toBe(before.revision);

    // A full calendar year with no meeting in its first quarter: on 1 April four can no longer be reached.
    const year = Number(nextNewYear(start).slice(0, 4));
    await skipTo(`${year}-04-02`);
    let framework = await eventually(
      () => ynord.read(),
      (f) => openWarnings(f, 'STEERING_GROUP_MEETINGS_BEHIND').some((w) => w.year === year),
    );
    expect(openTasks(framework, 'HOLD_STEERING_GROUP_MEETING')).toHaveLength(1);
    const board = await ynord
      .http()
      .get('/frameworks')
      .set(await bearer(officerOf('Region Västernorrland')));
    const listed = board.body.items.find((f: { id: string }) => f.id === ynord.id);
    expect(listed.warnings.map((w: Warning) => w.code)).toContain('STEERING_GROUP_MEETINGS_BEHIND');

    // Three meetings, one a quarter; the civil-society side's attendance recorded by a member organisation.
    for (const date of [`${year}-05-10`, `${year}-08-20`, `${year}-11-15`]) {
      await skipTo(addDays(date, 1));
      const meeting = await ynord.move('/steering-group/meetings', {
        party: 'PUBLIC',
        date,
        attendance: [{ sector: 'PUBLIC', names: ['Lena Sundström', 'Per Nordin'] }],
        minutes: `Samverkansgruppens möte ${date}.`,
      });
      const meetingId = meeting.framework.meetings.at(-1).id;
      await ynord.move(`/steering-group/meetings/${meetingId}/attendance`, {
        party: bildning.organisationNumber,
        names: ['Anna Byström', 'Karl Öhman'],
      });
    }
    framework = await ynord.read();
    expect(framework.meetings.filter((m: { date: string }) => m.date.startsWith(String(year)))).toHaveLength(3);
    expect(
      framework.meetings
        .at(-1)
        .attendance.map((a: { sector: string }) => a.sector)
        .sort(),
    ).toEqual(['CIVIL_SOCIETY', 'PUBLIC']);

    // The yearly follow-up conference, commitment by commitment.
    const commitments = framework.versions[0].principles.flatMap((p: { commitments: { id: string }[] }) => p.commitments);
    await ynord.move('/conferences', {
      party: 'PUBLIC',
      year,
      date: `${year}-11-16`,
      commitmentOutcomes: commitments.map((c: { id: string }) => ({ commitmentId: c.id, whatWasDone: `Uppföljt: ${c.id}` })),
      actionFollowUps: [],
      attendedBy: ['PUBLIC', bildning.organisationNumber, stift.organisationNumber],
    });
    const outside = await ynord.attempt('/steering-group/meetings', {
      party: 'PUBLIC',
      date: addDays(start, -30),
      attendance: [{ sector: 'PUBLIC', names: ['Lena Sundström'] }],
      minutes: 'Före överenskommelsen.',
    });
    expect(outside.status).toBe(422);
    expect(outside.body.code).toBe('MEETING_OUTSIDE_PERIOD');

    // The year ends with three meetings: the warning says the year missed its four.
    await skipTo(`${year + 1}-01-02`);
    framework = await eventually(
      () => ynord.read(),
      (f) => f.warnings.some((w: Warning) => w.code === 'STEERING_GROUP_MEETINGS_MISSED' && w.year === year),
    );
    expect(framework.conferences.map((c: { year: number }) => c.year)).toEqual([year]);

    // The review: its task a year before the fifth anniversary, overdue after it.
    const reviewDue = framework.reviewDueBy;
    expect(reviewDue).toBe(addYears(start, 5));
    await skipTo(addDays(addYears(start, 4), 2));
    framework = await eventually(
      () => ynord.read(),
      (f) => openTasks(f, 'DECIDE_ON_REVIEW').length === 1,
    );
    expect(openTasks(framework, 'DECIDE_ON_REVIEW')[0].dueDate).toBe(reviewDue);
    await skipTo(addDays(reviewDue, 2));
    framework = await eventually(
      () => ynord.read(),
      (f) => openWarnings(f, 'REVIEW_OVERDUE').length === 1,
    );
    expect(openWarnings(framework, 'REVIEW_OVERDUE')).toHaveLength(1);
    const overdueBoard = await ynord
      .http()
      .get('/frameworks')
      .set(await bearer(officerOf('Region Västernorrland')));
    const overdue = overdueBoard.body.items.find((f: { id: string }) => f.id === ynord.id);
    expect(overdue.overdueTasks).toBeGreaterThanOrEqual(1);
    expect(overdue.warnings.map((w: Warning) => w.code)).toContain('REVIEW_OVERDUE');

    // Decided: the warning clears and the next review is due five years on.
    const reviewedOn = await stack.today();
    const reviewed = await ynord.move('/reviews', {
      party: 'PUBLIC',
      body: 'Regionfullmäktige',
      meetingDate: reviewedOn,
      diarienummer: 'RS 2017/89',
      paragraph: '§ 7',
      outcome: 'APPROVED',
      reviewOutcome: 'CONTINUE',
    });
    expect(openWarnings(reviewed.framework, 'REVIEW_OVERDUE')).toEqual([]);
    expect(reviewed.framework.reviewDueBy).toBe(addYears(reviewedOn, 5));
  });
});
