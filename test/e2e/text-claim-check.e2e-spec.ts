import type { Client } from '@temporalio/client';
import { createHash, randomBytes } from 'node:crypto';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { LEGAL_BASIS } from '../support/legal-basis';
import { connectTemporalClient, decryptedHistory } from '../support/temporal-client';
import { AUDITOR, bearer } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const PRINCIPLES = ['INDEPENDENCE', 'DIALOGUE', 'QUALITY', 'LONG_TERM', 'TRANSPARENCY', 'DIVERSITY'];

/** This run's own texts: a marker, then a Swedish sentence repeated to exactly `length` characters. */
const run = randomBytes(4).toString('hex');
const textOf = (label: string, length: number): string => {
  const sentence = `${label} ${run}: samverkan mellan region och idéburen sektor i Härnösand och Örnsköldsvik. `;
  return sentence
    .repeat(Math.ceil(length / sentence.length))
    .slice(0, length)
    .trimEnd()
    .padEnd(length, '.');
};
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const refOf = (text: string) => `sha256:${sha256(text)}`;

/**
 * Every payload of the workflow's event history as one string: decrypted with the run's payload keys (Temporal keeps
 * them encrypted), so that what the history would say to anyone holding the keys is what is asserted.
 */
async function rawHistory(temporal: Client, partnershipId: string): Promise<string> {
  const history = await decryptedHistory(temporal, partnershipWorkflowId(partnershipId));
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (value instanceof Uint8Array) texts.push(Buffer.from(value).toString('utf8'));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(history.events);
  return texts.join('\n');
}

describe('large texts travel by their SHA-256 (claim check)', () => {
  const app = useApiAndWorker('text-claim-check');
  let temporal: Client;
  const iop = () => new LifecycleClient(app());

  beforeAll(async () => {
    temporal = await connectTemporalClient();
  });
  afterAll(async () => temporal?.connection.close());

  const minutes = textOf('Minnesanteckningar', 20_000);
  const longName = textOf('Anna-Karin', 200);
  const section = (name: string) => textOf(name, 4000);
  const draftTexts = {
    purpose: section('Syfte'),
    sharedGoal: section('Gemensamt mål'),
    followUpPlan: section('Uppföljning'),
    governance: section('Styrning'),
    terminationTerms: section('Uppsägning'),
  };
  const principles = Object.fromEntries(PRINCIPLES.map((p) => [p, section(`Princip ${p}`)]));
  const ownContribution = (party: string) => section(`Egen insats ${party}`);
  const reasons = textOf('Återremiss: förtydliga uppföljningen', 4000);

  let partnership: LifecycleClient;

  beforeAll(async () => {
    partnership = iop();
    await partnership.create('Region Skåne', [NATVERKET, VARSTA], 'Stora texter');
    await partnership.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet', targetGroup: 'Äldre', goals: ['Mötesplatser'] });
    for (const o of [NATVERKET, VARSTA]) await partnership.move('/problem-definition/agreements', { party: o.organisationNumber });
  });

  describe('a meeting with 20,000 characters of minutes, recorded twice', () => {
    beforeAll(async () => {
      const attendees = [
        { party: 'PUBLIC', names: ['Eva Berg', longName] },
        { party: NATVERKET.organisationNumber, names: [longName] },
      ];
      for (const date of ['2026-10-01', '2026-10-15']) await partnership.move('/meetings', { party: 'PUBLIC', date, attendees, minutes });
    });

    it('shows the exact minutes and names back on the partnership, to the officer and to a representative', async () => {
      for (const as of ['PUBLIC', NATVERKET.organisationNumber]) {
        const meetings = (await partnership.read(as)).dialogue.meetings;
        expect(meetings.map((m: any) => ({ minutes: m.minutes, names: m.attendees.map((a: any) => a.names) }))).toEqual([
          { minutes, names: [['Eva Berg', longName], [longName]] },
          { minutes, names: [['Eva Berg', longName], [longName]] },
        ]);
      }
    });

    it("keeps only the reference in the workflow's history, never the text", async () => {
      const history = await rawHistory(temporal, partnership.id);
      expect(history).toContain(refOf(minutes));
      expect(history).toContain(refOf(longName));
      expect(history).not.toContain(minutes.slice(0, 300));
      expect(history).not.toContain(longName);
      // The short name travels as itself.
      expect(history).toContain('Eva Berg');
    });

    it('stores the text once under the SHA-256 of its UTF-8, though it was sent twice', async () => {
      const rows = await withDatabase(async (db) => (await db.query(`SELECT sha256, length FROM stored_texts WHERE content = $1`, [minutes])).rows);
      expect(rows).toEqual([{ sha256: sha256(minutes), length: 20_000 }]);
    });
  });

  describe("a meeting's attendance", () => {
    const names = (party: string, n: number) => ({ party, names: Array.from({ length: n }, (_, i) => `Deltagare ${party} ${i + 1}`) });

    it('is refused past 200 names over all parties, in English and Swedish naming the field, and changes nothing', async () => {
      const before = await partnership.read();
      // Each party's list is within its own bound of 50; the five lists name 201 people.
      const attendees = [
        names('PUBLIC', 50),
        names(NATVERKET.organisationNumber, 50),
        names(VARSTA.organisationNumber, 50),
        names('PUBLIC', 50),
        names(VARSTA.organisationNumber, 1),
      ];
      const response = await partnership.attempt('/meetings', { party: 'PUBLIC', date: '2026-10-20', attendees, minutes: 'För många' });
      expect({ status: response.status, code: response.body.code, errors: response.body.errors }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [
          {
            field: 'attendees',
            rule: 'maxNamesInAll',
            message: 'Name at most 200 people in all, over every party.',
            messageSv: 'Ange högst 200 namn sammanlagt, för alla parter tillsammans.',
          },
        ],
      });
      expect(response.body.messageSv).toBe('Begäran är ogiltig: attendees får ange högst 200 namn sammanlagt, för alla parter tillsammans.');
      const after = await partnership.read();
      expect({ revision: after.revision, meetings: after.dialogue.meetings.length }).toEqual({
        revision: before.revision,
        meetings: before.dialogue.meetings.length,
      });
    });

    it('is accepted with 200 names in all', async () => {
      const attendees = [names('PUBLIC', 50), names(NATVERKET.organisationNumber, 50), names(VARSTA.organisationNumber, 50), names('PUBLIC', 50)];
      const response = await partnership.attempt('/meetings', { party: 'PUBLIC', date: '2026-10-21', attendees, minutes: 'Stort möte' });
      expect(response.status).toBe(200);
    });
  });

  describe('a draft with every section at its maximum, approved by all and sent back by the political body', () => {
    beforeAll(async () => {
      await partnership.move('/shared-goal', { party: 'PUBLIC', sharedGoal: draftTexts.sharedGoal }, 'put');
      await partnership.move('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
      await partnership.move('/dialogue/close', { party: 'PUBLIC' });
      await partnership.move('/drafts', {
        ...partnership.draft([NATVERKET.organisationNumber, VARSTA.organisationNumber]),
        ...draftTexts,
        principles,
        contributions: [
          { party: 'PUBLIC', amountSek: 900000, ownContribution: ownContribution('PUBLIC') },
          ...[NATVERKET, VARSTA].map((o) => ({ party: o.organisationNumber, amountSek: 0, ownContribution: ownContribution(o.organisationNumber) })),
        ],
      });
      // Approval needs every principle and each organisation's own contribution: the rules see non-blank references.
      for (const p of ['PUBLIC', NATVERKET.organisationNumber, VARSTA.organisationNumber])
        await partnership.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
      await partnership.move('/decisions', {
        party: 'PUBLIC',
        body: 'Regionstyrelsen',
        meetingDate: '2026-11-20',
        diarienummer: 'RS 2026/00321',
        paragraph: '§ 88',
        outcome: 'RETURNED',
        reasons,
      });
    });

    it('shows every section, contribution and the reasons exactly as written', async () => {
      const read = await partnership.read();
      const draft = read.drafts[0];
      expect({ ...Object.fromEntries(Object.keys(draftTexts).map((k) => [k, draft[k]])), principles: draft.principles }).toEqual({
        ...draftTexts,
        principles,
      });
      expect(draft.contributions.map((c: any) => c.ownContribution)).toEqual(
        ['PUBLIC', NATVERKET.organisationNumber, VARSTA.organisationNumber].map(ownContribution),
      );
      expect(draft.warnings).toEqual([]);
      expect({ phase: read.phase, decision: read.decisions[0].reasons, round: read.round.reasons }).toEqual({
        phase: 'DRAFTING',
        decision: reasons,
        round: reasons,
      });
      const history = await rawHistory(temporal, partnership.id);
      expect(history).toContain(refOf(draftTexts.governance));
      expect(history).not.toContain(draftTexts.governance.slice(0, 300));
      expect(history).not.toContain(reasons.slice(0, 300));
    });

    it("shows the decision's reasons on the timeline and in the dossier, and the chain and the reconciliation hold", async () => {
      const auditor = await bearer(AUDITOR);
      const get = (path: string) => partnership.http().get(`/partnerships/${partnership.id}${path}`).set(auditor).expect(200);
      const timeline = (await get('/timeline')).body;
      expect(timeline.find((e: any) => e.kind === 'DECISION').detail.reasons).toBe(reasons);
      const dossier = (await get('/dossier?format=json')).body;
      expect({
        decision: dossier.partnership.decisions[0].reasons,
        timeline: dossier.timeline.find((e: any) => e.kind === 'DECISION').detail.reasons,
      }).toEqual({ decision: reasons, timeline: reasons });
      expect((await get('/dossier?format=html')).text).toContain(reasons);
      expect((await get('/verification')).body.valid).toBe(true);
      expect((await get('/reconciliation')).body).toMatchObject({ consistent: true, differences: [] });
      // The live state a person compares with the page shows the texts too.
      expect((await get('/workflow-state')).body.dialogue.meetings[0].minutes).toBe(minutes);
    });
  });
});
