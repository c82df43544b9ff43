// Part of labels.js, which re-exports it (the web and the API import labels.js only): see its header.
// ---- Records (handlingar): libs/domain/src/records/vocabulary.ts ----

/** Whether a handling reached the public party (inkommen) or was drawn up by it (upprättad). */
export const HANDLING_ORIGINS = {
  RECEIVED: { sv: 'Inkommen', en: 'Received' },
  DRAWN_UP: { sv: 'Upprättad', en: 'Drawn up' },
};

/** What kind of document a handling is, as a document management plan (dokumenthanteringsplan) sorts them. */
export const DOCUMENT_KINDS = {
  STATUTES: { sv: 'Stadgar', en: 'Statutes' },
  ANNUAL_REPORT: { sv: 'Verksamhetsberättelse', en: 'Annual report' },
  ANNUAL_ACCOUNTS: { sv: 'Bokslut', en: 'Annual accounts' },
  MINUTES: { sv: 'Protokoll eller minnesanteckningar', en: 'Minutes' },
  WRITTEN_INPUT: { sv: 'Skriftligt inspel', en: 'Written input' },
  DRAFT: { sv: 'Avtalsutkast', en: 'Draft agreement' },
  OFFICER_REPORT: { sv: 'Tjänsteskrivelse', en: "Officer's report" },
  DECISION_EXTRACT: { sv: 'Protokollsutdrag', en: 'Extract from the minutes' },
  AGREEMENT: { sv: 'Avtal', en: 'Agreement' },
  FOLLOW_UP_REPORT: { sv: 'Uppföljningsrapport', en: 'Follow-up report' },
  CORRESPONDENCE: { sv: 'Skrivelse', en: 'Correspondence' },
  OTHER: { sv: 'Övrigt', en: 'Other' },
};

export const HANDLING_TARGETS = {
  PROCESS: { sv: 'Ärendet', en: 'The case' },
  DECISION: { sv: 'Ett beslut', en: 'A decision' },
  FOLLOW_UP: { sv: 'En uppföljning', en: 'A follow-up' },
};

export const RETENTION_KINDS = {
  PRESERVE: { sv: 'Bevaras', en: 'Preserved' },
  DISPOSE: { sv: 'Gallras', en: 'Disposed of' },
};
