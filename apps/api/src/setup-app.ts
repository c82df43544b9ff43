import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, static as serveStatic } from 'express';
import { Logger } from 'nestjs-pino';
import { assignRequestId, Environment } from '@iop/config';
import { allowedOriginsOf, codecCors } from './codec/codec-cors';
import { BODY_LIMIT, bodyParserErrors, refuseDeepJson, requireJsonBody } from './common/body-parser-errors';
import { createValidationPipe } from './common/validation';
import { canonicalIds } from './common/canonical-ids';
import { refuseForbiddenKeys } from './common/forbidden-keys';
import { refuseMalformedQuery } from './common/malformed-query';
import { ApiErrorBody } from './common/api-error';
import { withPartnershipLinks } from './common/openapi-links';
import { describeRouteInputs } from './common/openapi-routes';
import { useHttpMetrics } from './metrics/http-metrics.middleware';
import { webRoot } from './web/web-root';
import { MULTIPART_ROUTES } from './records/upload-routes';
import type { OpenAPIObject } from '@nestjs/swagger';

export const OPENAPI_PATH = 'docs';

/** Everything main.ts and the end-to-end tests share, so that tests exercise the app users get. */
export function setupApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  useHttpMetrics(app);
  app.use('/codec', codecCors(allowedOriginsOf(app.get(Environment).TEMPORAL_UI_ORIGIN)));
  app.use(
    assignRequestId,
    canonicalIds,
    refuseMalformedQuery,
    requireJsonBody(MULTIPART_ROUTES),
    json({ limit: BODY_LIMIT, verify: refuseDeepJson }),
    bodyParserErrors,
    refuseForbiddenKeys,
  );
  // The web interface: static files on the same origin as the API, so it uses the same tokens.
  const web = webRoot();
  if (web) {
    app.use('/app', serveStatic(web, { index: 'index.html', maxAge: '5m' }));
    app.getHttpAdapter().get('/', (_req: unknown, res: { redirect: (url: string) => void }) => res.redirect('/app/'));
  }
  app.useGlobalPipes(createValidationPipe());
  // No enableShutdownHooks: main.ts drains on SIGTERM itself (drainOnSignals), in the order a drain needs.
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}/openapi.json` });
}

/**
 * The document from @nestjs/swagger, then said as the validators and pipes enforce it (formats, patterns,
 * lengths, bounds, enums, no unknown properties), with the errors any route may answer and the links a stateful
 * client follows from a new partnership to its moves.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const generated = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('IOP engine')
      .setDescription('Idéburet offentligt partnerskap: problem definition, dialogue, drafting, approval, signature, implementation.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ApiErrorBody] },
  );
  return withPartnershipLinks(withCommonErrors(describeRouteInputs(app, generated)));
}

/** Statuses any route may answer, whatever its own decorators say: bad input, sign-in, size, outages. */
const COMMON_ERRORS: Record<string, string> = {
  '400': 'Invalid input: the fields and rules are named',
  '401': 'No valid bearer token',
  '403': 'Not allowed for this person',
  '404': 'Not found, or not yours to see',
  '413': 'Request body too large',
  '415': 'The body is not application/json',
  '503': 'PostgreSQL or Temporal is unavailable; retry',
};

function withCommonErrors(document: OpenAPIObject): OpenAPIObject {
  const schema = { $ref: '#/components/schemas/ApiErrorBody' };
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { responses?: Record<string, unknown> }[]) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      for (const [status, description] of Object.entries(COMMON_ERRORS)) {
        operation.responses[status] ??= { description, content: { 'application/json': { schema } } };
      }
    }
  }
  return document;
}
