import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { Environment } from '@iop/config';
import {
  AuditingRepository,
  ChainVerification,
  ChainVerifier,
  CheckpointRepository,
  HandlingsRepository,
  PartnershipReadModelRepository,
  Reconciliation,
  reconcileState,
  SignatoriesRepository,
  TimelineEntry,
} from '@iop/database';
import type { Principal } from '@iop/identity';
import { decodeHistoryPayloads, TEMPORAL_CLIENT } from '@iop/temporal';
import { notFound } from '../partnerships/partnership-commands.service';
import { PartnershipWorkflowClient } from '../partnerships/partnership-workflow.client';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { Clock } from '../common/clock';
import { Dossier } from './dossier';
import { handlingsFor } from './dossier-handlings';
import { withAuthority } from './signature-authority';
import { visiblePayload, visibleTimeline } from './representative-view';
import { readableEvent, ReadableEvent } from './workflow-history';
import { ClaimCheckService } from '../texts/claim-check.service';
import type { HistoryResponse } from './dto/auditing.response';
import { CheckedLinks, checkedLinks } from './verification-count';
import { AgreementService } from '../records/agreement/agreement.service';

/** Temporal's events on one page of the auditor's page when only `page` is asked for. */
export const HISTORY_PAGE_SIZE = 25;

/** What an auditor (revisor, granskare) reads to reconstruct a partnership and trust its record. */
@Injectable()
export class AuditingService {
  constructor(
    private readonly env: Environment,
    private readonly readModel: PartnershipReadModelRepository,
    private readonly auditing: AuditingRepository,
    private readonly verifier: ChainVerifier,
    private readonly signatories: SignatoriesRepository,
    private readonly workflows: PartnershipWorkflowClient,
    private readonly partnerships: PartnershipsService,
    private readonly checkpoints: CheckpointRepository,
    private readonly claimCheck: ClaimCheckService,
    private readonly handlings: HandlingsRepository,
    private readonly clock: Clock,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly agreements: AgreementService,
  ) {}

  /**
   * A representative sees the shared steps and decisions, and of tasks and commands only their organisation's. A
   * decision's reasons and a signatory's name are shown as texts, not as the references the read model holds.
   */
  async timeline(id: string, filter: { phase?: string; party?: string }, principal: Principal): Promise<TimelineEntry[]> {
    await this.requireExists(id);
    return this.claimCheck.resolveTexts(visibleTimeline(await this.auditing.timeline(id, filter), principal));
  }

  /**
   * A representative reads the history with the same tasks and commands hidden as in every other read. Temporal
   * keeps the payloads encrypted; they are decrypted here, with the client's own codecs, before anyone reads them.
   * It is Temporal's own record: long texts appear as their references (`sha256:<hex>`), which the partnership's
   * page, timeline and dossier resolve. With a page asked for, only that page's events are decoded.
   */
  async history(id: string, principal: Principal, paging: { page?: number; pageSize?: number } = {}): Promise<HistoryResponse> {
    await this.requireExists(id);
    const { workflowId, runId, status, events: all } = await this.workflows.history(id);
    const paged = paging.page !== undefined || paging.pageSize !== undefined;
    const page = paging.page ?? 1;
    const pageSize = paged ? (paging.pageSize ?? HISTORY_PAGE_SIZE) : Math.max(all.length, 1);
    const encrypted = all.slice((page - 1) * pageSize, page * pageSize);
    const { events } = await decodeHistoryPayloads({ events: encrypted }, this.temporal.options.loadedDataConverter.payloadCodecs, {
      undecodable: 'keep',
    });
    const webUiUrl = this.env.TEMPORAL_UI_URL
      ? `${this.env.TEMPORAL_UI_URL.replace(/\/$/, '')}/namespaces/${encodeURIComponent(this.env.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(workflowId)}/${runId}/history`
      : null;
    return {
      workflowId,
      runId,
      status,
      webUiUrl,
      totalEvents: all.length,
      page,
      pageSize,
      hasMore: page * pageSize < all.length,
      events: events.map((e) => visiblePayload(readableEvent(e), principal) as ReadableEvent),
    };
  }

  /** The chain verified, with which of its links were recomputed (see checkedLinks). */
  async verification(id: string): Promise<ChainVerification & { checked: CheckedLinks }> {
    await this.requireExists(id);
    const verification = await this.verifier.verify(id);
    return { ...verification, checked: checkedLinks(verification) };
  }

  /** For a date: who could sign for each party (the register), and who acted for it up to that day (the audit log). */
  async roles(id: string, date: string) {
    const row = await this.requireExists(id);
    const [actors, registered] = await Promise.all([this.auditing.actors(id, date), this.signatories.list({})]);
    const validOn = (s: { validFrom: string; validTo: string | null }) => s.validFrom <= date && (!s.validTo || s.validTo >= date);
    const parties = [
      { party: 'PUBLIC', name: row.state.publicParty.name, register: { kind: 'PUBLIC_PARTY', ref: row.state.publicParty.name } },
      ...row.state.organisations.map((o) => ({
        party: o.organisationNumber,
        name: o.name,
        register: { kind: 'ORGANISATION', ref: o.organisationNumber },
      })),
    ];
    return {
      date,
      parties: parties.map((p) => ({
        party: p.party,
        name: p.name,
        signatories: registered
          // Only a confirmed entry let its person sign; a proposal nobody checked proves nothing.
          .filter((s) => s.partyKind === p.register.kind && s.partyRef === p.register.ref && s.status === 'CONFIRMED' && validOn(s))
          .map((s) => ({ subject: s.subject, name: s.name, validFrom: s.validFrom, validTo: s.validTo, basis: s.basis, confirmedBy: s.confirmedBy })),
        actors: actors
          .filter((a) => a.party === p.party)
          .map((a) => ({ ...a, firstAction: new Date(a.firstAction).toISOString(), lastAction: new Date(a.lastAction).toISOString() })),
      })),
    };
  }

  /** Compares the read model with the workflow's own state; none is expected to differ. */
  async reconcile(id: string): Promise<Reconciliation> {
    const row = await this.requireExists(id);
    const history = await this.workflows.history(id);
    return reconcileState(id, row, { state: await this.workflows.stateOf(id, history.status), status: history.status });
  }

  /**
   * The dossier (akt): the partnership as the reader may read it, the case's diarienummer and handlingar (a marked
   * handling's subject only for those who may see it), the signatures with their authority, the timeline and the
   * chain's verification.
   */
  async dossier(id: string, principal: Principal): Promise<Dossier> {
    // The approved agreement is listed among the handlingar even if its registration did not come through at the approval.
    await this.agreements.ensureRegistered(id);
    const [partnership, timeline, verification, checkpoints, diarienummer, handlings, register, exportedAt] = await Promise.all([
      this.partnerships.get(id, principal),
      this.timeline(id, {}, principal),
      // With what it counted, as the verification route answers.
      this.verification(id),
      this.checkpoints.list(id),
      this.handlings.diarienummer(id),
      this.handlings.list(id),
      this.signatories.list({}),
      this.clock.now(),
    ]);
    return {
      partnership,
      diarienummer,
      handlings: handlingsFor(handlings, diarienummer, principal),
      signatures: withAuthority(partnership, register),
      timeline,
      verification,
      checkpoints,
      exportedAt: exportedAt.toISOString(),
    };
  }

  private async requireExists(id: string) {
    const row = await this.readModel.findById(id);
    if (!row) throw notFound(id);
    return row;
  }
}
