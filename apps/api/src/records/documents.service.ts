import { HttpStatus, Inject, Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DataSource } from 'typeorm';
import { Environment } from '@iop/config';
import { DOCUMENT_CHUNK_BYTES, DocumentStore, HandlingRow, HandlingsRepository, IdempotencyKeyRepository } from '@iop/database';
import type { RetentionPlan } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { ApiException } from '../common/api.exception';
import type { CommandContext } from '../common/command-context';
import { claimIdempotencyKey, HeldClaim } from '../common/idempotency';
import { createValidationPipe } from '../common/validation';
import type { CaseKind } from './case-kinds';
import { CaseTargetsService } from './case-targets.service';
import type { HandlingListResponse, HandlingResponse } from './dto/handling.response';
import { UploadDocumentDto } from './dto/upload-document.dto';
import { contentDisposition, storedFileName } from './file-name';
import { AgreementService } from './agreement/agreement.service';
import { handlingView, mayRead } from './handling-view';
import { RETENTION_PLAN } from './retention-plan.provider';
import { detectFileType } from './upload/detect-file-type';
import { FILE_FIELD, ReceivedFile, ReceivedUpload, receiveUpload } from './upload/receive-upload';
import { UploadRefusals } from './upload/upload-refusals';

/** The same answer whether the handling does not exist, is another case's, or is secret to the reader. */
const handlingNotFound = (id: string) =>
  new ApiException(HttpStatus.NOT_FOUND, 'HANDLING_NOT_FOUND', `No handling ${id} in this case that you may read.`, {
    messageSv: `Ingen handling ${id} i ärendet som du får läsa.`,
  });

/** The file's bytes, opened only if the store asks for them (identical bytes already stored are not read again). */
async function* bytesOf(path: string): AsyncGenerator<Buffer> {
  yield* createReadStream(path, { highWaterMark: DOCUMENT_CHUNK_BYTES });
}

/**
 * A case's handlingar (ärendets allmänna handlingar): a document uploaded to a partnership or a framework agreement
 * is checked whole before anything is kept (its fields, its size, its type from its content), then its bytes
 * (once per SHA-256) and its registration in the case's diarium are written in one transaction, so a refused or
 * failed upload leaves nothing.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);
  private readonly validation = createValidationPipe();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: DocumentStore,
    private readonly handlings: HandlingsRepository,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly targets: CaseTargetsService,
    private readonly env: Environment,
    @Inject(RETENTION_PLAN) private readonly plan: RetentionPlan,
    private readonly agreements: AgreementService,
  ) {}

  async register(kind: CaseKind, processId: string, request: Request, context: CommandContext): Promise<HandlingResponse> {
    const upload = await receiveUpload(request, this.env.DOCUMENT_MAX_BYTES);
    try {
      const form = await this.formOf(upload);
      const file = upload.file!;
      if (file.tooLarge) throw UploadRefusals.tooLarge(this.env.DOCUMENT_MAX_BYTES);
      if (file.sizeBytes === 0) throw UploadRefusals.empty();
      this.checkSecrecy(form, context);
      await this.checkTarget(kind, processId, form);
      const type = await detectFileType(file);
      if (!type.ok) throw type.refusal;
      return await this.keep(kind, processId, form, file, type.mediaType, context);
    } finally {
      await upload.dispose();
    }
  }

  async list(kind: CaseKind, processId: string, principal: Principal, party: string | undefined): Promise<HandlingListResponse> {
    // A partnership's approved agreement is one of its handlingar, whether or not its registration came through.
    if (kind.process.kind === 'PARTNERSHIP') await this.agreements.ensureRegistered(processId);
    const [diarienummer, rows] = await Promise.all([this.handlings.diarienummer(processId), this.handlings.list(processId)]);
    return {
      diarienummer,
      items: rows.filter((row) => mayRead(row, principal, party)).map((row) => handlingView(row, kind.process.kind, diarienummer)),
    };
  }

  /** The file, streamed from the store piece by piece, under its Swedish name. */
  async content(processId: string, handlingId: string, principal: Principal, party: string | undefined): Promise<StreamableFile> {
    const row = await this.handlings.find(processId, handlingId);
    if (!row || !mayRead(row, principal, party)) throw handlingNotFound(handlingId);
    return new StreamableFile(this.store.read(row.contentSha256, row.chunkCount), {
      type: row.mediaType,
      length: Number(row.sizeBytes),
      disposition: contentDisposition(row.fileName),
    });
  }

  /** Gives (or corrects) the case's diarienummer; its handlings' numbers follow it. */
  async setDiarienummer(processId: string, diarienummer: string, context: CommandContext): Promise<{ diarienummer: string }> {
    if (context.principal?.role !== 'officer' || context.party !== 'PUBLIC')
      throw new ApiException(HttpStatus.FORBIDDEN, 'PUBLIC_PARTY_ONLY', "Only the public party's officer gives the case its diarienummer.", {
        messageSv: 'Bara den offentliga partens tjänsteperson ger ärendet dess diarienummer.',
      });
    const given = diarienummer.trim();
    await this.handlings.setDiarienummer(processId, given, context.actor);
    return { diarienummer: given };
  }

  /**
   * The form's fields as the API's other bodies are validated (400 naming each field and rule), the file as one of
   * them. A file part with no name and no bytes is what a browser sends when no file was chosen.
   */
  private async formOf(upload: ReceivedUpload): Promise<UploadDocumentDto> {
    if (upload.problems.length > 0) throw ApiException.invalid(upload.problems);
    const chosen = upload.file && (upload.file.sizeBytes > 0 || upload.file.clientName !== '');
    // A field left empty is a field not given, as in any HTML form.
    const given = Object.fromEntries(Object.entries(upload.fields).filter(([name, value]) => value !== '' && name !== FILE_FIELD));
    const form = { ...given, [FILE_FIELD]: chosen ? true : undefined };
    return (await this.validation.transform(form, { type: 'body', metatype: UploadDocumentDto })) as UploadDocumentDto;
  }

  /** Only the public party's officer marks a handling secret, and a marking names both its provision and its decider. */
  private checkSecrecy(form: UploadDocumentDto, context: CommandContext): void {
    if (form.secrecyProvision === undefined && form.secrecyDecidedBy === undefined) return;
    if (context.principal?.role !== 'officer' || context.party !== 'PUBLIC') throw UploadRefusals.secrecyByOfficerOnly();
    if (form.secrecyProvision === undefined || form.secrecyDecidedBy === undefined) throw UploadRefusals.secrecyIncomplete();
  }

  /** A handling of a decision or a follow-up names one the case has; one of the case itself names none. */
  private async checkTarget(kind: CaseKind, processId: string, form: UploadDocumentDto): Promise<void> {
    const target = form.target ?? 'PROCESS';
    if ((target === 'PROCESS') !== (form.targetSeq === undefined)) throw UploadRefusals.targetSeqWithTarget(target);
    if (target === 'PROCESS') return;
    const known = (await this.targets.numbersOf(kind, processId))[target];
    if (!known.includes(form.targetSeq!)) throw UploadRefusals.targetNotFound(target, form.targetSeq!, known);
  }

  /**
   * Stores the bytes and registers the handling in one transaction. Under an Idempotency-Key the handling's id is
   * the claim's, so that a retry (after an answer that was lost, or beside the first attempt) finds the handling the
   * first attempt registered and answers it, instead of registering the document twice.
   */
  private async keep(
    kind: CaseKind,
    processId: string,
    form: UploadDocumentDto,
    file: ReceivedFile,
    mediaType: string,
    context: CommandContext,
  ): Promise<HandlingResponse> {
    const fileName = storedFileName(file.clientName, mediaType);
    const { file: _present, ...terms } = form;
    const claim = await claimIdempotencyKey(this.idempotencyKeys, this.env, context, { ...terms, sha256: file.sha256, fileName }, processId);
    if (claim?.kind === 'retry') {
      const earlier = (claim.response as HandlingResponse | null) ?? (await this.registered(kind, processId, claim.updateId));
      if (earlier) {
        context.markReplayed();
        return earlier;
      }
    }
    const retention = this.plan[form.documentKind];
    let row: HandlingRow;
    try {
      row = await this.dataSource.transaction(async (manager) => {
        await this.store.store(manager, { sha256: file.sha256, mediaType, sizeBytes: file.sizeBytes }, bytesOf(file.path));
        const registered = await this.handlings.register(manager, {
          id: claim?.updateId ?? randomUUID(),
          processId,
          target: form.target ?? 'PROCESS',
          targetSeq: form.targetSeq ?? null,
          origin: form.origin,
          documentKind: form.documentKind,
          datedOn: form.datedOn,
          counterpart: form.counterpart.trim(),
          subject: form.subject.trim(),
          fileName,
          contentSha256: file.sha256,
          secrecyProvision: form.secrecyProvision?.trim() ?? null,
          secrecyDecidedBy: form.secrecyDecidedBy?.trim() ?? null,
          retentionKind: retention.kind,
          retentionYears: retention.kind === 'DISPOSE' ? retention.years! : null,
          registeredBy: context.actor,
          registeredByParty: context.party!,
          requestId: context.requestId,
        });
        return { ...registered, mediaType, sizeBytes: file.sizeBytes, chunkCount: Math.ceil(file.sizeBytes / DOCUMENT_CHUNK_BYTES) };
      });
    } catch (error) {
      // The same claim's twin committed the handling first (its id is the claim's): answer that one.
      const twin = claim && (error as { code?: string }).code === '23505' ? await this.registered(kind, processId, claim.updateId) : null;
      if (!twin) throw error;
      context.markReplayed();
      return twin;
    }
    const answer = handlingView(row, kind.process.kind, await this.handlings.diarienummer(processId));
    if (claim) await this.keepAnswer(claim, answer, context);
    return answer;
  }

  private async registered(kind: CaseKind, processId: string, id: string): Promise<HandlingResponse | null> {
    const row = await this.handlings.find(processId, id);
    return row ? handlingView(row, kind.process.kind, await this.handlings.diarienummer(processId)) : null;
  }

  private async keepAnswer(claim: HeldClaim, answer: HandlingResponse, context: CommandContext): Promise<void> {
    try {
      await this.idempotencyKeys.recordResponse(context.idempotencyKey!, claim.updateId, answer);
    } catch (error) {
      this.logger.warn({ err: error, requestId: context.requestId }, 'Could not store the answer of an Idempotency-Key');
    }
  }
}
