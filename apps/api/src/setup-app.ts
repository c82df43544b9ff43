import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import { Logger } from 'nestjs-pino';
import { BODY_LIMIT, bodyParserErrors } from './common/body-parser-errors';
import { createValidationPipe } from './common/validation';

export const OPENAPI_PATH = 'docs';

/** Everything main.ts and the end-to-end tests share, so that tests exercise the app users get. */
export function setupApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  app.use(json({ limit: BODY_LIMIT }), bodyParserErrors);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('IOP engine')
      .setDescription('Idéburet offentligt partnerskap: problem definition, dialogue, drafting, approval, signature, implementation.')
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}/openapi.json` });
}
