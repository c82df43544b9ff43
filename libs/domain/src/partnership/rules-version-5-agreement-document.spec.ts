import { AGREEMENT_SHA256, decision, move, NATVERKET, refusal, refusalOf, run, toApproval, VARSTA } from './decide-builders.test';
import type { PartnershipCommand } from './commands';
import type { PartnershipState } from './state';

const document = (state: PartnershipState, overrides = {}) => ({
  sha256: 'b'.repeat(64),
  sizeBytes: 5120,
  draftVersion: state.drafts[state.drafts.length - 1].version,
  parties: ['PUBLIC', NATVERKET],
  ...overrides,
});
const approval = (agreementDocument: unknown): PartnershipCommand => ({ ...decision('APPROVED'), agreementDocument }) as PartnershipCommand;
const sign = (party: string, documentSha256?: string): PartnershipCommand =>
  ({ type: 'SIGN', party, signatoryName: `Firmatecknare ${party}`, documentSha256 }) as PartnershipCommand;

describe('the agreement as a document (rules version 5)', () => {
  it('records the document the approval names, and each signature names the SHA-256 it signed', () => {
    const approved = toApproval();
    const decided = move(approved, approval(document(approved)));
    expect(decided.state.decisions[0].agreementDocument).toEqual(document(approved));
    expect(decided.steps[0].record).toMatchObject({ decision: { agreementDocument: { sha256: 'b'.repeat(64) } } });
    const signed = move(decided.state, sign('PUBLIC', 'B'.repeat(64)));
    expect(signed.state.signatures).toEqual([expect.objectContaining({ party: 'PUBLIC', documentSha256: 'b'.repeat(64), decisionSeq: 1 })]);
  });

  it('refuses an approval without the document, naming the field, and one rendered from another version or other parties', () => {
    const approved = toApproval([NATVERKET, VARSTA]);
    const missing = refusal(approved, approval(undefined));
    expect(missing).toMatchObject({ code: 'AGREEMENT_DOCUMENT_REQUIRED', kind: 'INVALID', field: 'agreementDocument' });
    expect(refusalOf(approved, approval(document(approved, { sha256: 'not a hash' })))).toBe('AGREEMENT_DOCUMENT_REQUIRED');
    expect(refusalOf(approved, approval(document(approved, { draftVersion: 99, parties: ['PUBLIC', NATVERKET, VARSTA] })))).toBe(
      'AGREEMENT_DOCUMENT_STALE',
    );
    // Rendered before Värsta withdrew: the PDF would name a party that no longer takes part.
    const withdrawn = run(approved, { type: 'WITHDRAW_ORGANISATION', party: VARSTA, reason: 'Avstår' });
    expect(refusalOf(withdrawn, approval(document(approved, { parties: ['PUBLIC', NATVERKET, VARSTA] })))).toBe('AGREEMENT_DOCUMENT_STALE');
    // A rejection or an återremiss is no agreement to render.
    expect(move(approved, decision('REJECTED')).state.decisions[0].agreementDocument).toBeUndefined();
  });

  it('refuses a signature without the hash or on another document, and keeps the party unsigned', () => {
    const decided = run(toApproval(), decision('APPROVED'));
    expect(refusal(decided, sign('PUBLIC', undefined))).toMatchObject({ code: 'AGREEMENT_HASH_REQUIRED', field: 'documentSha256' });
    expect(refusal(decided, sign('PUBLIC', 'c'.repeat(64)))).toMatchObject({ code: 'AGREEMENT_HASH_MISMATCH', kind: 'CONFLICT' });
    expect(move(decided, sign('PUBLIC', AGREEMENT_SHA256)).state.signatures).toHaveLength(1);
  });

  it('leaves a partnership opened under rules version 4 as it was: an approval and signatures without a document', () => {
    const approved = toApproval([NATVERKET], 4);
    const decided = move(approved, { ...decision('APPROVED') } as PartnershipCommand);
    expect(decided.state.decisions[0].agreementDocument).toBeUndefined();
    const early = run(decided.state, { type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE', party: 'PUBLIC', decisionSeq: 1, reason: 'Start' });
    const signed = move(early, { type: 'SIGN', party: 'PUBLIC', signatoryName: 'Anna' });
    expect(signed.state.signatures[0].documentSha256).toBeUndefined();
  });
});
