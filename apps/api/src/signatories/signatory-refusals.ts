import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api.exception';
import type { Sentences } from '../common/field-messages';

/** The refusals of the signatory register, each with its code, status and both languages. */
export const SignatoryRefusals = {
  notFound: (id: string) =>
    new ApiException(HttpStatus.NOT_FOUND, 'SIGNATORY_NOT_FOUND', `No signatory entry ${id} that you may confirm.`, {
      messageSv: `Det finns ingen firmatecknarpost ${id} som du kan bekräfta.`,
    }),
  officerOnly: () =>
    new ApiException(HttpStatus.FORBIDDEN, 'OFFICER_ONLY', 'Only an officer of a public party confirms a signatory (firmatecknare).', {
      messageSv: 'Bara en tjänsteperson hos en offentlig part kan bekräfta en firmatecknare.',
    }),
  selfConfirmation: () =>
    new ApiException(
      HttpStatus.FORBIDDEN,
      'SELF_CONFIRMATION',
      'Nobody confirms their own entry: neither the person it names nor the one who proposed it.',
      {
        messageSv: 'Ingen bekräftar sin egen post: varken den som posten gäller eller den som föreslog den.',
      },
    ),
  alreadyConfirmed: (by: string) =>
    new ApiException(HttpStatus.CONFLICT, 'SIGNATORY_ALREADY_CONFIRMED', `The entry is already confirmed, by ${by}.`, {
      messageSv: `Posten är redan bekräftad, av ${by}.`,
    }),
  notConfirmed: (party: string) =>
    new ApiException(
      HttpStatus.FORBIDDEN,
      'SIGNATORY_NOT_CONFIRMED',
      `Your entry as signatory (firmatecknare) of ${party} is proposed but not yet confirmed by someone else; it cannot be used to sign.`,
      { messageSv: `Din post som firmatecknare för ${party} är föreslagen men ännu inte bekräftad av någon annan; du kan inte underteckna med den.` },
    ),
  notASignatory: (party: string) =>
    new ApiException(HttpStatus.FORBIDDEN, 'NOT_A_SIGNATORY', `You are not a registered signatory (firmatecknare) of ${party} today.`, {
      messageSv: `Du är inte registrerad firmatecknare för ${party} i dag.`,
    }),
  /** A field the register's own rules refuse, with its sentences in both languages. */
  invalid: (field: string, rule: string, message: Sentences) =>
    ApiException.invalid([{ field, rule, message: message.en, messageSv: message.sv }], `Begäran är ogiltig: ${message.sv}`),
};
