import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../common/api.exception';

/** The file types a handling may have, as people name them. */
const ACCEPTED_NAMES = 'PDF, DOCX, ODT, XLSX, PNG, JPEG';

const mebibytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;

/** One refusal that concerns one field: the answer's reason and the field's sentence are the same words. */
function refusal(status: HttpStatus, code: string, field: string, rule: string, en: string, sv: string): ApiException {
  return new ApiException(status, code, en, { messageSv: sv, errors: [{ field, rule, message: en, messageSv: sv }] });
}

/**
 * Why an upload is refused. Each names the field (`file` for the document itself) and the rule it breaks, in English
 * and Swedish; whatever the refusal, nothing of the upload is stored.
 */
export const UploadRefusals = {
  notMultipart: () =>
    refusal(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'UNSUPPORTED_MEDIA_TYPE',
      '(body)',
      'isMultipartFormData',
      'Send the document and its fields as multipart/form-data.',
      'Skicka dokumentet och dess fält som multipart/form-data.',
    ),
  malformed: () =>
    refusal(
      HttpStatus.BAD_REQUEST,
      'MALFORMED_MULTIPART',
      '(body)',
      'isMultipartFormData',
      'The multipart/form-data body could not be read to its end; send the form again.',
      'Innehållet i multipart/form-data kunde inte läsas till slut; skicka formuläret igen.',
    ),
  tooLarge: (maxBytes: number) =>
    refusal(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'FILE_TOO_LARGE',
      'file',
      'maxBytes',
      `The file is larger than ${mebibytes(maxBytes)}, the largest a handling may have.`,
      `Filen är större än ${mebibytes(maxBytes)}, det största en handling får vara.`,
    ),
  empty: () =>
    refusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'FILE_EMPTY',
      'file',
      'notEmpty',
      'The file is empty; choose the file that holds the document.',
      'Filen är tom; välj den fil som innehåller dokumentet.',
    ),
  typeNotAccepted: (found: { en: string; sv: string }) =>
    refusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'FILE_TYPE_NOT_ACCEPTED',
      'file',
      'acceptedFileType',
      `The file's content is ${found.en}; a handling may be ${ACCEPTED_NAMES} (read from the content, whatever the file is called).`,
      `Filens innehåll är ${found.sv}; en handling får vara ${ACCEPTED_NAMES} (det avgörs av innehållet, vad filen än heter).`,
    ),
  zipBomb: (limit: { en: string; sv: string }) =>
    refusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'FILE_ZIP_BOMB',
      'file',
      'zipLimits',
      `The document is a compressed archive that unpacks to ${limit.en}; no office document does, so it is refused.`,
      `Dokumentet är ett komprimerat arkiv som packas upp till ${limit.sv}; inget kontorsdokument gör det, så det tas inte emot.`,
    ),
  targetSeqWithTarget: (target: string) =>
    refusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'HANDLING_TARGET_INVALID',
      'targetSeq',
      'targetSeqWithTarget',
      target === 'PROCESS'
        ? 'Give the number of a decision or a follow-up only when the handling belongs to one (target DECISION or FOLLOW_UP).'
        : 'Give the number of the decision or follow-up the handling belongs to.',
      target === 'PROCESS'
        ? 'Ange ett besluts eller en uppföljnings nummer bara när handlingen hör till ett (target DECISION eller FOLLOW_UP).'
        : 'Ange numret på det beslut eller den uppföljning som handlingen hör till.',
    ),
  targetNotFound: (target: string, seq: number, known: number[]) =>
    refusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'HANDLING_TARGET_NOT_FOUND',
      'targetSeq',
      'targetExists',
      `The case has no ${target === 'DECISION' ? 'decision' : 'follow-up'} number ${seq}${known.length ? `; it has ${known.join(', ')}` : ' yet'}.`,
      `Ärendet har ${target === 'DECISION' ? 'inget beslut' : 'ingen uppföljning'} nummer ${seq}${known.length ? `; det har ${known.join(', ')}` : ' ännu'}.`,
    ),
  secrecyIncomplete: () =>
    refusal(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'SECRECY_MARKING_INCOMPLETE',
      'secrecyDecidedBy',
      'givenTogether',
      'A secrecy marking names both the provision and who decided it; give both or neither.',
      'En sekretessmarkering anger både bestämmelsen och vem som beslutat den; ange båda eller ingen.',
    ),
  secrecyByOfficerOnly: () =>
    refusal(
      HttpStatus.FORBIDDEN,
      'PUBLIC_PARTY_ONLY',
      'secrecyProvision',
      'officerOnly',
      "Only the public party's officer marks a handling as secret (OSL).",
      'Bara den offentliga partens tjänsteperson sekretessmarkerar en handling (OSL).',
    ),
};
