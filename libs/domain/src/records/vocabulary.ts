/**
 * The records of a case (ärendets handlingar): every document that reached the public party or was drawn up by it
 * is an allmän handling, registered with its date, the case's diarienummer, sender or recipient and subject
 * (offentlighets- och sekretesslagen 5 kap.). These lists are the only spelling of their values: DTOs, SQL checks,
 * the dossier, the archive package and the web's labels take them from here.
 */

/** Whether the handling reached the public party (inkommen) or was drawn up by it (upprättad). */
export const HANDLING_ORIGINS = [
  'RECEIVED', // inkommen handling
  'DRAWN_UP', // upprättad handling
] as const;
export type HandlingOrigin = (typeof HANDLING_ORIGINS)[number];

/** What kind of document a handling is: the document management plan (dokumenthanteringsplan) sorts by it. */
export const DOCUMENT_KINDS = [
  'STATUTES', // stadgar
  'ANNUAL_REPORT', // verksamhetsberättelse / årsredovisning
  'ANNUAL_ACCOUNTS', // bokslut
  'MINUTES', // protokoll, minnesanteckningar
  'WRITTEN_INPUT', // skriftligt inspel
  'DRAFT', // avtalsutkast
  'OFFICER_REPORT', // tjänsteskrivelse
  'DECISION_EXTRACT', // protokollsutdrag
  'AGREEMENT', // avtalet som parterna undertecknar (rendered by the engine)
  'FOLLOW_UP_REPORT', // uppföljningsrapport, årsrapport
  'CORRESPONDENCE', // skrivelse, e-post
  'OTHER', // övrigt
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What in the case a handling belongs to: the case itself, one of its decisions, or one of its follow-ups. */
export const HANDLING_TARGETS = [
  'PROCESS', // ärendet (the partnership or the framework agreement)
  'DECISION', // ett beslut (by its number in the case)
  'FOLLOW_UP', // en uppföljning (by its number in the case)
] as const;
export type HandlingTarget = (typeof HANDLING_TARGETS)[number];

/** Bevaras (kept for ever) or gallras (disposed of) a number of years after the case was closed. */
export const RETENTION_KINDS = [
  'PRESERVE', // bevaras
  'DISPOSE', // gallras efter N år
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionClass {
  kind: RetentionKind;
  /** For DISPOSE: the years after the case's closing (ärendets avslut) at which it may be disposed of. */
  years?: number;
}

/**
 * A secrecy marking (sekretessmarkering) under OSL: the provision and who decided it. A marked handling is kept out
 * of every public export (the register, the archive package's open part), and its subject too.
 */
export interface SecrecyMarking {
  /** The provision, as the region writes it: "OSL 31 kap. 16 §". */
  provision: string;
  /** Who decided the marking (name or function). */
  decidedBy: string;
}
