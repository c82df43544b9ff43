import { HttpStatus } from '@nestjs/common';
import type { NewPartnership } from '@iop/domain';
import type { FrameworkForStart } from '@iop/database';
import { ApiException } from '../common/api.exception';
import type { FieldErrorBody } from '../common/api-error';

/** A 422 of a start within a framework, naming the fields it concerns. */
const refused = (code: string, en: string, sv: string, errors: FieldErrorBody[]): ApiException =>
  new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, en, { messageSv: sv, errors });

/**
 * The rules a partnership entered within a framework agreement (överenskommelse) meets, against the framework's
 * read model: the framework is the starting officer's public party's (another party's answers as if it did not
 * exist), it is in force, and every organisation of the start has joined it (är ansluten). Returns the framework's
 * title; throws the 422 that names the field otherwise. Checked before anything is started.
 */
export function checkStartWithinFramework(framework: FrameworkForStart | null, partnership: NewPartnership): { title: string } {
  const frameworkId = partnership.frameworkId!;
  if (!framework || framework.publicPartyName !== partnership.publicParty.name) {
    throw refused(
      'FRAMEWORK_NOT_FOUND',
      `No framework agreement with id ${frameworkId} of ${partnership.publicParty.name}.`,
      `${partnership.publicParty.name} har ingen överenskommelse med id ${frameworkId}.`,
      [
        {
          field: 'frameworkId',
          rule: 'FRAMEWORK_NOT_FOUND',
          message: "Choose one of your public party's framework agreements.",
          messageSv: 'Välj en av er offentliga parts överenskommelser.',
        },
      ],
    );
  }
  if (framework.status !== 'IN_FORCE') {
    throw refused(
      'FRAMEWORK_NOT_IN_FORCE',
      `The framework agreement "${framework.title}" is not in force (${framework.status}): no partnership can be entered within it now.`,
      `Överenskommelsen "${framework.title}" gäller inte nu (${framework.status}): inget partnerskap kan ingås inom den.`,
      [
        {
          field: 'frameworkId',
          rule: 'FRAMEWORK_NOT_IN_FORCE',
          message: 'Choose a framework agreement that is in force.',
          messageSv: 'Välj en överenskommelse som gäller.',
        },
      ],
    );
  }
  const joined = new Set(framework.joined);
  const missing = partnership.organisations.flatMap((o, i) => (joined.has(o.organisationNumber) ? [] : [{ ...o, index: i }]));
  if (missing.length > 0) {
    const names = missing.map((o) => `${o.name} (${o.organisationNumber})`).join(', ');
    throw refused(
      'FRAMEWORK_MEMBERSHIP_REQUIRED',
      `Every organisation of a partnership within "${framework.title}" must have joined it; not joined: ${names}.`,
      `Varje organisation i ett partnerskap inom "${framework.title}" måste ha anslutit sig till den; inte anslutna: ${names}.`,
      missing.map((o) => ({
        field: `organisations.${o.index}.organisationNumber`,
        rule: 'FRAMEWORK_MEMBERSHIP_REQUIRED',
        message: 'This organisation has not joined the framework agreement; it must join before it can be a party within it.',
        messageSv: 'Organisationen har inte anslutit sig till överenskommelsen; den måste ansluta sig innan den kan vara part inom den.',
      })),
    );
  }
  return { title: framework.title };
}
