import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { activeParties, DEFAULT_RETENTION_PLAN, latestDraft, underRulesSince } from '@iop/domain';
import type { AgreementDocumentRef, DecisionTerms, PartnershipState, PoliticalDecision } from '@iop/domain';
import { DocumentStore, HandlingRow, HandlingsRepository, PartnershipReadModelRepository, SignatoriesRepository } from '@iop/database';
import { ApiException } from '../../common/api.exception';
import { ClaimCheckService } from '../../texts/claim-check.service';
import { PARTNERSHIP_PROCESS } from '../../partnerships/partnership-process';
import { renderAgreementPdf, SignatureLine } from './agreement-pdf';
import { agreementTermsOf, agreementTermsOfDecision } from './agreement-terms';
import { agreementFileName, signedAgreementFileName } from './agreement-file-names';
import { withAuthority } from '../../auditing/signature-authority';

type DecisionWithDocument = PoliticalDecision & { agreementDocument: AgreementDocumentRef };

/** Who registers the agreement the engine renders: the engine itself, on behalf of the public party. */
const ENGINE = 'iop-engine';

export interface AgreementView {
  decision: DecisionWithDocument;
  handling: HandlingRow;
  state: PartnershipState;
  caseDiarienummer: string | null;
}

/**
 * The agreement as the parties sign it (rules version 5): rendered as a PDF from the approved version before the
 * approval is sent, stored by its SHA-256 (the decision names it), registered as a handling of the decision once the
 * approval is accepted (again on every read, should the API have stopped in between: registering twice is a no-op),
 * and rendered with its signature page for the signed copy.
 */
@Injectable()
export class AgreementService {
  private readonly logger = new Logger(AgreementService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readModel: PartnershipReadModelRepository,
    private readonly claimCheck: ClaimCheckService,
    private readonly documents: DocumentStore,
    private readonly handlings: HandlingsRepository,
    private readonly signatories: SignatoriesRepository,
  ) {}

  /**
   * Before an approval is sent: the agreement rendered from the latest version for the parties taking part now,
   * stored (claim-check), and named in the command. None for a partnership under older rules or not awaiting a
   * decision: the workflow then decides the approval as before (or refuses it for its phase).
   */
  async prepareApproval(partnershipId: string, decision: DecisionTerms): Promise<AgreementDocumentRef | undefined> {
    const state = await this.state(partnershipId);
    const draft = latestDraft(state);
    if (!underRulesSince(state, 5) || state.phase !== 'POLITICAL_APPROVAL' || !draft) return undefined;
    const parties = activeParties(state);
    const pdf = await renderAgreementPdf(agreementTermsOf(state, decision, draft.version, parties));
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await this.dataSource.transaction((manager) =>
      this.documents.store(manager, { sha256, mediaType: 'application/pdf', sizeBytes: pdf.length }, Readable.from([pdf])),
    );
    return { sha256, sizeBytes: pdf.length, draftVersion: draft.version, parties };
  }

  /**
   * After an accepted approval, and before the case's handlingar are read (the list, the dossier, the archive): each
   * approval's agreement registered as a handling, and the case given the decision's diarienummer. Should the API
   * have stopped between the approval and its registration, the next read registers it. A failure here leaves the
   * read to go on: the move stands, and the next read tries again.
   */
  async ensureRegistered(partnershipId: string): Promise<void> {
    try {
      await this.registerMissing(await this.state(partnershipId));
    } catch (error) {
      this.logger.warn({ err: error, partnershipId }, 'The agreement is registered as a handling at its next read');
    }
  }

  /** The agreement of the latest approval that named one, registered, with the state it was read from. */
  async current(partnershipId: string): Promise<AgreementView> {
    const state = await this.state(partnershipId);
    const decision = [...state.decisions].reverse().find((d): d is DecisionWithDocument => !!d.agreementDocument);
    if (!decision) throw noAgreement(partnershipId);
    await this.registerMissing(state);
    const handling = await this.handlings.findAgreement(partnershipId, decision.seq);
    if (!handling) throw noAgreement(partnershipId);
    return { decision, handling, state, caseDiarienummer: await this.handlings.diarienummer(partnershipId) };
  }

  /** The stored PDF the approval names: the bytes every signature's SHA-256 is of. */
  async document(partnershipId: string): Promise<{ view: AgreementView; fileName: string; bytes: Buffer }> {
    const view = await this.current(partnershipId);
    const bytes = await this.documents.readAll(view.decision.agreementDocument.sha256);
    if (!bytes) throw noAgreement(partnershipId);
    return { view, fileName: agreementFileName(view.decision, partnershipId), bytes };
  }

  /** The same agreement followed by its signature page: who signed for which party, when, on what authority. */
  async signed(partnershipId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const view = await this.current(partnershipId);
    // The authority as the dossier states it: the confirmed register entry in force on the Swedish day of signing.
    const signed = withAuthority(view.state, await this.signatories.list({}));
    const lines: SignatureLine[] = signed
      .filter((s) => s.decisionSeq === view.decision.seq && s.documentSha256)
      .map((s) => ({
        party: s.party,
        signatoryName: s.signatoryName,
        signedAt: s.signedAt,
        authority: s.authority
          ? [s.authority.reference, s.authority.paragraph].filter(Boolean).join(', ')
          : 'Ej funnen i firmatecknarregistret för dagen',
        documentSha256: s.documentSha256!,
      }));
    const bytes = await renderAgreementPdf(agreementTermsOfDecision(view.state, view.decision), lines);
    return { fileName: signedAgreementFileName(view.decision, partnershipId), bytes };
  }

  /** Every approval's agreement registered once (the unique index makes a second registration a no-op). */
  private async registerMissing(state: PartnershipState): Promise<void> {
    for (const decision of state.decisions) {
      if (!decision.agreementDocument || (await this.handlings.findAgreement(state.partnershipId, decision.seq))) continue;
      await this.register(state, decision as DecisionWithDocument, `agreement-${decision.seq}`);
    }
    const first = state.decisions.find((d) => d.agreementDocument);
    if (first) await this.handlings.adoptDiarienummer(state.partnershipId, first.diarienummer, ENGINE);
  }

  private async register(state: PartnershipState, decision: DecisionWithDocument, requestId: string): Promise<void> {
    const retention = DEFAULT_RETENTION_PLAN.AGREEMENT;
    const organisations = state.organisations.filter((o) => decision.agreementDocument.parties.includes(o.organisationNumber));
    try {
      await this.dataSource.transaction((manager) =>
        this.handlings.register(manager, {
          processId: state.partnershipId,
          target: 'DECISION',
          targetSeq: decision.seq,
          origin: 'DRAWN_UP',
          documentKind: 'AGREEMENT',
          datedOn: decision.meetingDate,
          counterpart: organisations.map((o) => o.name).join(', '),
          subject: `Överenskommelse om IOP: ${state.title}, version ${decision.agreementDocument.draftVersion}`,
          fileName: agreementFileName(decision, state.partnershipId),
          contentSha256: decision.agreementDocument.sha256,
          secrecyProvision: null,
          secrecyDecidedBy: null,
          retentionKind: retention.kind,
          retentionYears: retention.years ?? null,
          registeredBy: ENGINE,
          registeredByParty: 'PUBLIC',
          requestId,
        }),
      );
    } catch (error) {
      // Two readers registering at once: the other one's registration stands.
      if ((error as { code?: string }).code !== '23505') throw error;
    }
  }

  private async state(partnershipId: string): Promise<PartnershipState> {
    const row = await this.readModel.findById(partnershipId);
    if (!row) throw PARTNERSHIP_PROCESS.notFound(partnershipId);
    return this.claimCheck.resolveTexts(row.state);
  }
}

/** A 409: the partnership exists, but no decision has approved a version as a document yet (or it is under older rules). */
function noAgreement(partnershipId: string): ApiException {
  return new ApiException(
    HttpStatus.CONFLICT,
    'AGREEMENT_NOT_RENDERED',
    `Partnership ${partnershipId} has no approved agreement document yet: it is rendered when the political decision approves a version.`,
    {
      messageSv: `Partnerskapet ${partnershipId} har inget godkänt avtalsdokument ännu: det framställs när det politiska beslutet godkänner en version.`,
    },
  );
}
