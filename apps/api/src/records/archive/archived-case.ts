import { caseFileStem as caseStem } from '../case-file-name';
import type { HandlingRow } from '@iop/database';
import type { PartnershipResponse } from '../../partnerships/dto/partnership.response';

/** A handling as the package holds it: its registration, and where its file lies in the package. */
export interface ArchivedHandling {
  row: HandlingRow;
  /** The handling's diarienummer (`RS 2026/00321-3`), or null while the case has none. */
  diarienummer: string | null;
  /** Its file's path below the package's root folder. */
  path: string;
}

/** What the package describes of one partnership's case (ärende), gathered once. */
export interface ArchivedCase {
  /** The package's identifier (METS OBJID), also the name of its root folder. */
  packageId: string;
  partnership: PartnershipResponse;
  /** The case's diarienummer, or null while the public party has given none. */
  diarienummer: string | null;
  handlings: ArchivedHandling[];
  exportedAt: string;
  software: { name: string; version: string };
}

/** The case's reference in names and headings: its diarienummer, or the partnership's id while it has none. */
export const caseReference = (c: Pick<ArchivedCase, 'diarienummer' | 'partnership'>): string => c.diarienummer ?? c.partnership.id;

/** The case's reference as part of a file name (`RS 2026/00321` becomes `RS-2026-00321`), as every export of the case names it. */
export const caseFileStem = (c: Pick<ArchivedCase, 'diarienummer' | 'partnership'>): string => caseStem(c.diarienummer, c.partnership.id);

/** When the case was closed (ärendets avslut): the day it ended, or null while it runs. */
export const closedAt = (p: PartnershipResponse): string | null => p.ended?.at ?? null;
