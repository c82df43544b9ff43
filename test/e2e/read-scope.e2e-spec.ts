import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { Principal } from '../../libs/identity/src';
import { startApi, startWorker, useOwnTaskQueue } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { routeTable } from '../support/route-table';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

// Organisationsnummer of this file's own (Luhn-valid, invented), so that lists across partnerships show only ours.
const A = { name: 'Bildningsförbundet Mittnorrland', organisationNumber: '802477-3106' };
const B = { name: 'Härnösands stift', organisationNumber: '802477-3114' };
const PUBLIC_PARTY = 'Region Skåne';

type Mentions = Map<string, Set<string>>;

/** Which party's tasks an answer names: tasks (`addressedTo`), the timeline's task entries, moves naming a task. */
function taskMentions(body: unknown, text: string): Mentions {
  const found: Mentions = new Map();
  const add = (party: unknown, task: unknown) => {
    if (typeof party !== 'string') return;
    if (!found.has(party)) found.set(party, new Set());
    found.get(party)!.add(String(task));
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, any>;
    if (typeof o.addressedTo === 'string') add(o.addressedTo, o.id ?? o.taskId);
    if (o.kind === 'TASK_OPENED' || o.kind === 'TASK_CLOSED') add(o.party, o.detail?.taskId);
    if (typeof o.taskId === 'string' && typeof o.party === 'string') add(o.party, o.taskId);
    Object.values(o).forEach(walk);
  };
  if (body && typeof body === 'object' && Object.keys(body).length > 0) walk(body);
  else {
    // The timeline as CSV: a task's line names the organisation it is addressed to (Part) and the task (Detaljer).
    for (const cells of text.split(/\r\n/).map((l) => l.split(';'))) {
      if (cells[1] !== 'Uppgift öppnad' && cells[1] !== 'Uppgift avslutad') continue;
      for (const o of [A, B]) if (cells[3] === o.name) add(o.organisationNumber, /^Uppgift (\S+?),/.exec(cells[8])?.[1]);
    }
  }
  return found;
}

const sorted = (s: Set<string> | undefined) => [...(s ?? [])].sort();

describe('what each role reads of a partnership that two organisations share', () => {
  let api: INestApplication;
  let worker: INestApplicationContext;
  const iop = () => new LifecycleClient(api);
  let partnership: LifecycleClient;
  const answers = new Map<string, Map<string, { status: number; mentions: Mentions }>>();

  const ROLES: Record<string, Principal> = {
    officer: officerOf(PUBLIC_PARTY),
    'representative of A': representativeOf(A.organisationNumber),
    'representative of B': representativeOf(B.organisationNumber),
    auditor: AUDITOR,
  };

  /** Every GET route that needs a token, with its parameters filled in, and the query variants that change what it shows. */
  function readPaths(): string[] {
    const gets = routeTable(api).filter((r) => r.method === 'GET' && r.policy !== 'public');
    const paths: string[] = [];
    for (const route of gets) {
      const filled = route.path
        .replace(':id', partnership.id)
        // A handling names no party's task; any id answers as none does.
        .replace(':handlingId', '00000000-0000-4000-8000-000000000000')
        .split(':organisationNumber')
        .reduce<string[]>((acc, part, i) => (i === 0 ? [part] : acc.flatMap((p) => [A, B].map((o) => p + o.organisationNumber + part))), []);
      for (const path of filled) {
        if (path.includes(':')) throw new Error(`A read route with a parameter this test does not fill: ${route.path}`);
        paths.push(path);
        if (path.endsWith('/tasks')) paths.push(`${path}?status=all`);
        if (path.endsWith('/dossier')) paths.push(`${path}?format=csv`);
        if (path.endsWith('/timeline')) paths.push(`${path}?party=${B.organisationNumber}`, `${path}?party=${A.organisationNumber}`);
      }
    }
    return paths;
  }

  beforeAll(async () => {
    useOwnTaskQueue('read-scope');
    worker = await startWorker();
    // Every open task is overdue on this day, so the overdue report has tasks to show or to hide.
    api = await startApi({ today: async () => '2100-01-01' });

    partnership = iop();
    await partnership.create(PUBLIC_PARTY, [A, B], 'Delat partnerskap');
    // B answers its invitation naming the task, so that a move of B's names one of B's tasks in the history.
    const invitationOfB = (await partnership.read()).tasks.find(
      (t: any) => t.type === 'RESPOND_TO_INVITATION' && t.addressedTo === B.organisationNumber,
    );
    await partnership.move('/invitation-response', { party: B.organisationNumber, accept: true, taskId: invitationOfB.id });
    await partnership.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet', targetGroup: 'Äldre', goals: ['Mötesplatser'] });

    for (const [role, principal] of Object.entries(ROLES)) {
      const seen = new Map<string, { status: number; mentions: Mentions }>();
      for (const path of readPaths()) {
        const response = await request(api.getHttpServer())
          .get(path)
          .set(await bearer(principal));
        seen.set(path, { status: response.status, mentions: taskMentions(response.body, response.text ?? '') });
      }
      answers.set(role, seen);
    }
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
  });

  it('reads every route of the route table, and none answers with a fault', () => {
    const paths = readPaths();
    expect(paths).toEqual(
      expect.arrayContaining([`/partnerships/${partnership.id}/history`, `/partnerships/${partnership.id}/workflow-state`, '/reports/overdue-tasks']),
    );
    const faults = [...answers].flatMap(([role, seen]) =>
      [...seen].filter(([, a]) => a.status >= 500).map(([path, a]) => `${path} as ${role}: ${a.status}`),
    );
    expect(faults).toEqual([]);
  });

  it.each([
    ['representative of A', A, B],
    ['representative of B', B, A],
  ])('shows the %s no task of the other organisation on any read route, and all of their own', (role, own, other) => {
    const leaks: string[] = [];
    const lost: string[] = [];
    for (const [path, answer] of answers.get(role)!) {
      for (const [party, tasks] of answer.mentions) {
        if (party !== own.organisationNumber) leaks.push(`${path}: tasks of ${party} (${sorted(tasks).join(', ')})`);
      }
      const officers = answers.get('officer')!.get(path)!;
      if (answer.status === 200 && officers.status === 200) {
        const mine = sorted(answer.mentions.get(own.organisationNumber));
        const asOfficerSees = sorted(officers.mentions.get(own.organisationNumber));
        if (mine.join() !== asOfficerSees.join()) lost.push(`${path}: sees ${mine.join(', ')}, the officer ${asOfficerSees.join(', ')}`);
      }
    }
    expect({ leaks, lost }).toEqual({ leaks: [], lost: [] });
    // The other organisation's tasks were there to leak: the officer sees them.
    expect(answers.get('officer')!.get(`/partnerships/${partnership.id}/history`)!.mentions.has(other.organisationNumber)).toBe(true);
  });

  it("shows the officer and the auditor both organisations' tasks, the same on every route", () => {
    const officer = answers.get('officer')!;
    const auditor = answers.get('auditor')!;
    const withBoth = [...officer]
      .filter(([, a]) => a.mentions.has(A.organisationNumber) && a.mentions.has(B.organisationNumber))
      .map(([path]) => path);
    const id = partnership.id;
    expect(withBoth).toEqual(
      expect.arrayContaining([
        `/partnerships/${id}`,
        `/partnerships/${id}/tasks`,
        `/partnerships/${id}/workflow-state`,
        `/partnerships/${id}/timeline`,
        `/partnerships/${id}/history`,
        `/partnerships/${id}/dossier`,
        `/partnerships/${id}/dossier?format=csv`,
        '/reports/overdue-tasks',
      ]),
    );
    const differences = [...officer].filter(([path, a]) =>
      [A, B].some(
        (o) => sorted(a.mentions.get(o.organisationNumber)).join() !== sorted(auditor.get(path)!.mentions.get(o.organisationNumber)).join(),
      ),
    );
    expect(differences.map(([path]) => path)).toEqual([]);
  });
});
