// Words of the interface, Swedish first (the users' language) and English on request. The words of each area of
// the interface are in apps/web/text/ (one file each, merged here), the common ones in text/common.js.
import COMMON from './text/common.js';
import CASE from './text/case.js';
import MOVES from './text/moves.js';
import OVERVIEWS from './text/overviews.js';
import AUDIT from './text/audit.js';
import FORMS from './text/forms.js';
import FRAME from './text/frame.js';
import FRAMEWORKS from './text/frameworks.js';
import PARTY_AND_LEVELS from './text/party-and-levels.js';
import LEGAL_FRAME from './text/legal-frame.js';
import INITIATIVES from './text/initiatives.js';
import STATE_AID from './text/state-aid.js';
import PUBLIC_REGISTER from './text/public-register.js';
import RECORDS from './text/records.js';
import ARCHIVE from './text/archive.js';
import { ROLES } from './labels.js';

const AREAS = [
  CASE,
  MOVES,
  OVERVIEWS,
  AUDIT,
  FORMS,
  FRAME,
  FRAMEWORKS,
  PARTY_AND_LEVELS,
  LEGAL_FRAME,
  INITIATIVES,
  STATE_AID,
  PUBLIC_REGISTER,
  ARCHIVE,
  RECORDS,
];

/** `role.<role>`: the roles' names, kept with the other codes' labels in labels.js. */
const roleWords = (lang) => Object.fromEntries(Object.entries(ROLES).map(([role, names]) => [`role.${role}`, names[lang]]));

export const TEXT = Object.fromEntries(
  Object.entries(COMMON).map(([lang, words]) => [lang, Object.assign({}, words, roleWords(lang), ...AREAS.map((area) => area[lang]))]),
);
