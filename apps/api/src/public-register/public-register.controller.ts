import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExtraModels, ApiOkResponse, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrorBody } from '../common/api-error';
import { sendCacheable } from '../common/cacheable-response';
import { Policy } from '../identity/policy';
import { PublicRegisterQuery, RegisterFormat } from './dto/public-register.query';
import { PublicRegisterPage } from './dto/public-register.response';
import { REGISTER_CSV_FILE_NAME, registerCsv } from './public-register.csv';
import { PublicRegisterService } from './public-register.service';

/** A minute: short enough that a new IOP shows soon, long enough that a published page does not query per visitor. */
const MAX_AGE_SECONDS = 60;

/** The format asked for: `?format=` first, then the Accept header; JSON when neither asks for CSV. */
const formatOf = (query: PublicRegisterQuery, req: Request): RegisterFormat =>
  query.format ?? (req.accepts(['application/json', 'text/csv']) === 'text/csv' ? 'csv' : 'json');

/** The public register of IOPs, for anyone without signing in: what a region publishes of its agreements. */
@ApiTags('public register')
@ApiExtraModels(PublicRegisterPage)
@Controller('public/partnerships')
export class PublicRegisterController {
  constructor(private readonly register: PublicRegisterService) {}

  @Get()
  @Policy('public')
  @ApiOkResponse({
    description:
      "The IOPs in force and those ended after they were signed, by public party, newest agreement first: the parties (no person's name), purpose, " +
      "period, the public party's grant per year and the approving decision. JSON by default; CSV (IOP-register.csv, `;`, UTF-8 with BOM, " +
      'Swedish headers) with format=csv or Accept: text/csv. ETag and Cache-Control: public, max-age=60.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(PublicRegisterPage) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  // If-None-Match is said here rather than as a parameter: a client sends it only with a tag it was given.
  @ApiResponse({ status: 304, description: 'Not modified: the request sent the current ETag back in If-None-Match' })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A filter breaks its rule: the field and the rule are named, in English and Swedish' })
  async list(@Query() query: PublicRegisterQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { entries, hasMore } = await this.register.page(query);
    if (formatOf(query, req) === 'csv') {
      sendCacheable(req, res, {
        body: registerCsv(entries),
        contentType: 'text/csv; charset=utf-8',
        fileName: REGISTER_CSV_FILE_NAME,
        maxAgeSeconds: MAX_AGE_SECONDS,
      });
      return;
    }
    const page: PublicRegisterPage = { items: entries, page: query.page, pageSize: query.pageSize, hasMore };
    sendCacheable(req, res, { body: JSON.stringify(page), contentType: 'application/json; charset=utf-8', maxAgeSeconds: MAX_AGE_SECONDS });
  }
}
