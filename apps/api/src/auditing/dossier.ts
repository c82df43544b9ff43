import type { ChainVerification, StoredCheckpoint, TimelineEntry } from '@iop/database';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import type { Printable } from '../records/printable/printable';
import { printableHtml } from '../records/printable/printable-html';
import { printablePdf } from '../records/printable/printable-pdf';
import { agreementBlocks } from './dossier-agreement';
import { chainBlocks } from './dossier-chain';
import { amendmentBlocks, followUpBlocks, noticeBlocks, stepBlocks } from './dossier-course';
import { decisionsBlocks, signatureBlocks } from './dossier-decisions';
import { type DossierHandling, handlingBlocks } from './dossier-handlings';
import { headerBlocks } from './dossier-header';
import { phaseLevelBlocks, profileBlocks } from './dossier-party-and-levels';
import { partyNamer } from './dossier-words';
import { legalBasisBlocks } from './legal-basis-section';
import type { DossierSignature } from './signature-authority';
import { stateAidBlocks } from './state-aid-section';

export { timelineCsv } from './timeline-csv';

/** Everything the partnership's dossier (akt) holds, as its reader may read it; the JSON export is this. */
export interface Dossier {
  partnership: PartnershipResponse;
  /** The case's diarienummer; null until the public party gives it (or its first decision does). */
  diarienummer: string | null;
  /** The case's handlingar (registered documents), a marked one's subject left out for a reader who may not see it. */
  handlings: DossierHandling[];
  /** The signatures with the authority each was made on and the document's SHA-256 where recorded. */
  signatures: DossierSignature[];
  timeline: TimelineEntry[];
  verification: ChainVerification;
  /** The partnership chain's signed checkpoints, oldest first: with the public key, they verify off the machine. */
  checkpoints: StoredCheckpoint[];
  exportedAt: string;
}

/** The dossier as a document for a diarium: in Swedish, every code by its name, every instant in Swedish time. */
export function dossierPrintable(d: Dossier): Printable {
  const p = d.partnership;
  return {
    title: p.title,
    subtitle: 'Akt för idéburet offentligt partnerskap (IOP)',
    subject: `Akt för ${p.title}`,
    footer: [d.diarienummer, p.title].filter(Boolean).join(' · '),
    createdAt: new Date(d.exportedAt),
    blocks: [
      ...headerBlocks(p, d.diarienummer, d.exportedAt),
      ...profileBlocks(p),
      ...handlingBlocks(d.handlings),
      ...phaseLevelBlocks(p),
      ...stepBlocks(p),
      ...legalBasisBlocks(p.legalBasis),
      ...stateAidBlocks(p.stateAid, p.deMinimisDeclarations, partyNamer(p)),
      ...agreementBlocks(p),
      ...decisionsBlocks(p),
      ...signatureBlocks(p, d.signatures),
      ...followUpBlocks(p),
      ...noticeBlocks(p),
      ...amendmentBlocks(p),
      ...chainBlocks(d.verification, d.checkpoints, d.timeline.length),
    ],
  };
}

/** The printable report: HTML made for print, with page numbers when printed. */
export const dossierHtml = (d: Dossier): string => printableHtml(dossierPrintable(d));

/** The same report as PDF. */
export const dossierPdf = (d: Dossier): Promise<Buffer> => printablePdf(dossierPrintable(d));
