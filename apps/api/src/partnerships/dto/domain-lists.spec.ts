import { Body, Controller, Get, INestApplication, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import {
  DECISION_OUTCOMES,
  END_REASONS,
  MEETING_PURPOSES,
  ORGANISATION_STATUSES,
  PRINCIPLES,
  REVIEW_DECISIONS,
  ROUND_KINDS,
  STEP_ACTIONS,
  TASK_STATUSES,
  TASK_TYPES,
} from '@iop/domain';
import { ApiException } from '../../common/api.exception';
import type { Schema } from '../../common/openapi-from-validators';
import { createValidationPipe } from '../../common/validation';
import { buildOpenApiDocument } from '../../setup-app';
import { DraftDto } from './draft.dto';
import { PartnershipResponse } from './partnership.response';

/** Only what the document needs: a route that takes a draft and one that answers a partnership. */
@Controller('fixture')
class FixtureController {
  @Post() @ApiBody({ type: DraftDto }) submit(@Body() _draft: DraftDto): void {}
  @Get() @ApiOkResponse({ type: PartnershipResponse }) read(): void {}
}

const draftBody = (principles: Record<string, unknown>) => ({
  purpose: 'Stärka den idéburna sektorn',
  sharedGoal: 'Fler delaktiga',
  contributions: [{ party: 'PUBLIC', amountSek: 100 }],
  startDate: '2026-03-01',
  endDate: '2029-03-01',
  followUpPlan: 'Årlig uppföljning',
  governance: 'Samverkansgrupp',
  terminationTerms: 'Sex månader',
  terminationNoticeMonths: 6,
  principles,
});

const validated = (body: unknown) => createValidationPipe().transform(body, { type: 'body', metatype: DraftDto });
const errorsOf = async (body: unknown) => {
  try {
    await validated(body);
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    return error.details.errors;
  }
  throw new Error('expected the body to be refused');
};

describe("the API's enums and principle fields, taken from the domain's lists", () => {
  let app: INestApplication;
  let schemas: Record<string, Schema>;

  beforeAll(async () => {
    const module = await Test.createTestingModule({ controllers: [FixtureController] }).compile();
    app = module.createNestApplication();
    await app.init();
    schemas = buildOpenApiDocument(app).components!.schemas as Record<string, Schema>;
  });
  afterAll(() => app.close());

  const enumOf = (schema: string, property: string) => schemas[schema].properties![property].enum;

  it('documents every enum of the partnership with the values the domain lists', () => {
    expect(enumOf('StepRecordResponse', 'action')).toEqual([...STEP_ACTIONS]);
    expect(enumOf('TaskResponse', 'type')).toEqual([...TASK_TYPES]);
    expect(enumOf('TaskResponse', 'status')).toEqual([...TASK_STATUSES]);
    expect(enumOf('OrganisationResponse', 'status')).toEqual([...ORGANISATION_STATUSES]);
    expect(enumOf('MeetingResponse', 'purpose')).toEqual([...MEETING_PURPOSES]);
    expect(enumOf('RoundResponse', 'kind')).toEqual([...ROUND_KINDS]);
    expect(enumOf('DraftReviewResponse', 'decision')).toEqual([...REVIEW_DECISIONS]);
    expect(enumOf('DecisionResponse', 'outcome')).toEqual([...DECISION_OUTCOMES]);
    expect(enumOf('EndedResponse', 'reason')).toEqual([...END_REASONS]);
  });

  it('documents one optional text per principle, in the request and in the response', () => {
    for (const schema of ['PrinciplesDto', 'PrinciplesResponse']) {
      expect(Object.keys(schemas[schema].properties!)).toEqual([...PRINCIPLES]);
      expect(schemas[schema].required ?? []).toEqual([]);
    }
    expect(schemas.PrinciplesDto.properties!.LONG_TERM).toMatchObject({
      type: 'string',
      minLength: 1,
      maxLength: 4000,
      description: expect.stringContaining('Långsiktighet'),
    });
  });

  it('accepts a text for every principle and refuses a principle the domain does not know, or a blank text, naming the field', async () => {
    const all = Object.fromEntries(PRINCIPLES.map((p) => [p, `Så uppfylls ${p}`]));
    await expect(validated(draftBody(all))).resolves.toMatchObject({ principles: all });
    expect(await errorsOf(draftBody({ ...all, SOLIDARITY: 'x' }))).toEqual([
      expect.objectContaining({ field: 'principles.SOLIDARITY', rule: 'whitelistValidation' }),
    ]);
    expect(await errorsOf(draftBody({ ...all, QUALITY: '' }))).toEqual([expect.objectContaining({ field: 'principles.QUALITY', rule: 'isLength' })]);
  });
});
