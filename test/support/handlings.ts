import type { INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DocumentStore, HandlingsRepository } from '../../libs/database/src';

/** What a test states of a handling; the rest (target, retention, who registered it) has plain defaults. */
export interface TestHandling {
  origin: 'RECEIVED' | 'DRAWN_UP';
  documentKind: string;
  datedOn: string;
  counterpart: string;
  subject: string;
  /** 'PUBLIC' or an organisationsnummer: the party whose person registered it. */
  registeredByParty?: string;
  secrecy?: { provision: string; decidedBy: string };
  bytes?: Buffer;
}

/**
 * Registers a handling the way the upload does (its file stored by SHA-256 and the handling chained in the case, in
 * one transaction), straight through the repositories: for tests of what reads the case's handlingar.
 */
export async function registerHandling(app: INestApplication, processId: string, h: TestHandling): Promise<void> {
  const bytes = h.bytes ?? Buffer.from(`%PDF-1.4\n% ${h.subject}\n%%EOF\n`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await app.get(DataSource).transaction(async (manager) => {
    await app.get(DocumentStore).store(
      manager,
      { sha256, mediaType: 'application/pdf', sizeBytes: bytes.length },
      (async function* () {
        yield bytes;
      })(),
    );
    await app.get(HandlingsRepository).register(manager, {
      processId,
      target: 'PROCESS',
      targetSeq: null,
      origin: h.origin,
      documentKind: h.documentKind,
      datedOn: h.datedOn,
      counterpart: h.counterpart,
      subject: h.subject,
      fileName: `${h.subject}.pdf`,
      contentSha256: sha256,
      secrecyProvision: h.secrecy?.provision ?? null,
      secrecyDecidedBy: h.secrecy?.decidedBy ?? null,
      retentionKind: 'PRESERVE',
      retentionYears: null,
      registeredBy: 'registrator@region-skane.example',
      registeredByParty: h.registeredByParty ?? 'PUBLIC',
      requestId: randomUUID(),
    });
  });
}

/** Gives the case its diarienummer, as the public party's registrar does. */
export function giveDiarienummer(app: INestApplication, processId: string, diarienummer: string): Promise<void> {
  return app.get(HandlingsRepository).setDiarienummer(processId, diarienummer, 'registrator@region-skane.example');
}
