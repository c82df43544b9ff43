import type { ApiException } from '../common/api.exception';
import { checkStartWithinFramework } from './framework-check';

const frameworkId = '3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f';
const start = {
  title: 'IOP',
  publicParty: { name: 'Region Skåne' },
  organisations: [
    { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' },
    { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' },
  ],
  frameworkId,
};
const inForce = {
  id: frameworkId,
  title: 'Överenskommelsen',
  publicPartyName: 'Region Skåne',
  status: 'IN_FORCE',
  joined: ['802456-1238', '802003-4529'],
};

/** The refusal a check throws, as the API answers it. */
function refusalOf(check: () => unknown): { status: number; code: string; messageSv?: string; fields: string[] } {
  try {
    check();
  } catch (error) {
    const e = error as ApiException;
    return { status: e.getStatus(), code: e.code, messageSv: e.details.messageSv, fields: (e.details.errors ?? []).map((x) => x.field) };
  }
  throw new Error('not refused');
}

describe('a start within a framework agreement', () => {
  it('is accepted when the framework is in force and every organisation has joined, giving its title', () => {
    expect(checkStartWithinFramework(inForce, start)).toEqual({ title: 'Överenskommelsen' });
  });

  it("answers another public party's framework as one that does not exist, naming frameworkId", () => {
    expect(refusalOf(() => checkStartWithinFramework({ ...inForce, publicPartyName: 'Region Västernorrland' }, start))).toMatchObject({
      status: 422,
      code: 'FRAMEWORK_NOT_FOUND',
      fields: ['frameworkId'],
    });
    expect(refusalOf(() => checkStartWithinFramework(null, start))).toMatchObject({ code: 'FRAMEWORK_NOT_FOUND', fields: ['frameworkId'] });
  });

  it('refuses a framework not in force, naming frameworkId', () => {
    expect(refusalOf(() => checkStartWithinFramework({ ...inForce, status: 'PREPARING' }, start))).toMatchObject({
      status: 422,
      code: 'FRAMEWORK_NOT_IN_FORCE',
      fields: ['frameworkId'],
    });
  });

  it('names every organisation that has not joined by its place in the start, in both languages', () => {
    const refused = refusalOf(() => checkStartWithinFramework({ ...inForce, joined: [] }, start));
    expect(refused).toMatchObject({
      status: 422,
      code: 'FRAMEWORK_MEMBERSHIP_REQUIRED',
      fields: ['organisations.0.organisationNumber', 'organisations.1.organisationNumber'],
    });
    expect(refused.messageSv).toContain('Vårsta Diakonigård (802003-4529)');
  });
});
