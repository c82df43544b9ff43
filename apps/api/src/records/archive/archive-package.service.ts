import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DocumentStore, handlingDiarienummer, HandlingsRepository } from '@iop/database';
import type { Principal } from '@iop/identity';
import { AuditingService } from '../../auditing/auditing.service';
import { dossierHtml, timelineCsv } from '../../auditing/dossier';
import { Clock } from '../../common/clock';
import { AgreementService } from '../agreement/agreement.service';
import type { ArchiveFile } from './archive-file';
import { caseFileStem, type ArchivedCase } from './archived-case';
import { ENGINE_SOFTWARE } from './engine-software';
import { handlingPath, packageFiles } from './package-contents';

/** A package ready to be written: its root folder, its download name, and its files in order. */
export interface PreparedPackage {
  root: string;
  fileName: string;
  files: ArchiveFile[];
  exportedAt: Date;
}

/**
 * One partnership's case as an information package for the e-archive (FGS Paketstruktur 2.0 with the case after
 * FGS Ärendehantering 2.0). Everything is read and described before the first byte is written, so that METS can
 * state every file's size and checksum; the documents themselves are read from the store only while they are
 * written. Secrecy-marked handlings are included: the package goes to the archive, it is not a public export.
 */
@Injectable()
export class ArchivePackageService {
  constructor(
    private readonly auditing: AuditingService,
    private readonly handlings: HandlingsRepository,
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
    private readonly agreements: AgreementService,
  ) {}

  async prepare(id: string, principal: Principal): Promise<PreparedPackage> {
    // The approved agreement goes into the package as a handling, even if its registration did not come through.
    await this.agreements.ensureRegistered(id);
    const [dossier, diarienummer, rows, now] = await Promise.all([
      this.auditing.dossier(id, principal),
      this.handlings.diarienummer(id),
      this.handlings.list(id),
      this.clock.now(),
    ]);
    const exportedAt = now.toISOString();
    const archived: ArchivedCase = {
      packageId: `uuid-${randomUUID()}`,
      partnership: dossier.partnership,
      diarienummer,
      handlings: rows.map((row) => ({ row, diarienummer: handlingDiarienummer(diarienummer, row.number), path: handlingPath(row) })),
      exportedAt,
      software: ENGINE_SOFTWARE,
    };
    // The dossier as of this export: its printed time is the package's.
    const rendered = { html: dossierHtml({ ...dossier, exportedAt }), csv: timelineCsv(dossier.timeline, dossier.partnership) };
    const files = packageFiles(archived, rendered, (row) => () => this.documents.read(row.contentSha256, row.chunkCount));
    return { root: archived.packageId, fileName: `IOP-${caseFileStem(archived)}-arkivpaket.zip`, files, exportedAt: now };
  }
}
