import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';
import { UUID_PATTERN } from '../../common/path-params';
import { withSentences } from '../../common/field-messages';

const SENTENCES = withSentences('Give the id of a framework agreement: a UUID.', 'Ange id för en överenskommelse: ett UUID.');

/**
 * The id of a framework agreement (överenskommelse), in a body (`frameworkId`) or a query (`framework`): a UUID as
 * the path parameters take it (rule isUuid), in lower case, the case ids are stored in.
 */
export const IsFrameworkId = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && UUID_PATTERN.test(value) ? value.toLowerCase() : value)),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isUuid',
        target: target.constructor,
        propertyName: propertyName as string,
        options: {
          message: `${String(propertyName)} must be the id of a framework agreement (a UUID)`,
          context: { ...SENTENCES.context, messageSv: (field: string) => `${field} ska vara id för en överenskommelse (ett UUID).` },
        },
        validator: { validate: (value: unknown) => typeof value === 'string' && UUID_PATTERN.test(value) },
      }),
  );
