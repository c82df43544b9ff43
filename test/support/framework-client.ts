import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { luhnCheckDigit, PRINCIPLES } from '../../libs/domain/src';
import type { Commitment, FrameworkTerms, JoiningUndertaking } from '../../libs/domain/src';
import { JOINING_UNDERTAKINGS } from '../../libs/domain/src';
import type { Principal } from '../../libs/identity/src';
import { bearer, officerOf, representativeOf } from './tokens';

type Body = Record<string, unknown>;

/** Organisationsnummer `8NNNNN-NNNN` that pass the Luhn check, the n-th of a run's invented ones. */
export function inventedOrganisationNumber(n: number, prefix = '8027'): string {
  const nine = `${prefix}${String(n).padStart(9 - prefix.length, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

/** A version's text as a request sends it: every principle addressed; the engine numbers the commitments. */
export type FrameworkTermsBody = Omit<FrameworkTerms, 'principles'> & {
  principles: { principle: FrameworkTerms['principles'][number]['principle']; commitments: Omit<Commitment, 'id'>[] }[];
};

/** A version's text with every principle addressed, from `start` until `end` (open-ended without). */
export function frameworkTerms(start: string, end: string | undefined, overrides: Partial<FrameworkTermsBody> = {}): FrameworkTermsBody {
  return {
    period: end ? { start, end } : { start },
    principles: PRINCIPLES.map((principle) => ({
      principle,
      commitments: [
        { text: `Regionen åtar sig att följa principen ${principle.toLowerCase()}.`, heldBy: 'PUBLIC' },
        { text: `Sektorn åtar sig att verka för principen ${principle.toLowerCase()}.`, heldBy: 'SECTOR' },
      ],
    })),
    developmentAreas: [
      'COLLABORATION',
      'PARTICIPATION_AND_INFLUENCE',
      'CIVIL_SOCIETY_ENTREPRENEURSHIP',
      'CIVIL_SOCIETY_AND_VOLUNTEERING',
      'LEARNING_AND_RESEARCH',
    ],
    joiningUndertakings: [...JOINING_UNDERTAKINGS],
    steeringGroup: { seatsPerSector: 4, meetingsPerYear: 4, reviewIntervalYears: 5 },
    summary: 'Överenskommelsen beskriver hur regionen och den idéburna sektorn samverkar.',
    ...overrides,
  };
}

/**
 * A thin HTTP client for one framework agreement (överenskommelse), so that tests read as the story they tell. A
 * move's `party` ('PUBLIC' or an organisationsnummer) picks whose token it is sent with; it is never in the body.
 */
export class FrameworkClient {
  id = '';

  constructor(
    private readonly app: INestApplication,
    public publicParty: string,
  ) {}

  http() {
    return request(this.app.getHttpServer());
  }

  principalOf(party: string): Principal {
    return party === 'PUBLIC' ? officerOf(this.publicParty) : representativeOf(party);
  }

  async create(title: string, sectorRepresentative: { name: string; organisationNumber: string }, firstVersion?: FrameworkTermsBody): Promise<Body> {
    const response = await this.http()
      .post('/frameworks')
      .set(await bearer(officerOf(this.publicParty)))
      .send({ title, publicParty: { name: this.publicParty }, sectorRepresentative, ...(firstVersion ? { firstVersion } : {}) });
    if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    this.id = response.body.id;
    return response.body;
  }

  async get(path: string, as = 'PUBLIC') {
    return this.http()
      .get(`/frameworks/${this.id}${path}`)
      .set(await bearer(this.principalOf(as)));
  }

  /** The framework as `as` sees it. */
  async read(as = 'PUBLIC'): Promise<Record<string, any>> {
    const response = await this.get('', as);
    if (response.status !== 200) throw new Error(`read: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async attempt(path: string, body: Body) {
    const { party, ...rest } = body;
    return this.http()
      .post(`/frameworks/${this.id}${path}`)
      .set(await bearer(this.principalOf(String(party))))
      .send(rest);
  }

  /** A move that must be accepted: its answer. */
  async move(path: string, body: Body): Promise<Record<string, any>> {
    const response = await this.attempt(path, body);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** An organisation applies with every undertaking (or those given) and the officer confirms it. */
  async join(
    organisation: { name: string; organisationNumber: string },
    declaration: JoiningUndertaking[] = [...JOINING_UNDERTAKINGS],
  ): Promise<void> {
    await this.move('/applications', {
      party: organisation.organisationNumber,
      organisationName: organisation.name,
      declaration,
      signatoryName: `Ordförande i ${organisation.name}`,
    });
    await this.move(`/applications/${organisation.organisationNumber}/decision`, { party: 'PUBLIC', confirm: true });
  }
}
