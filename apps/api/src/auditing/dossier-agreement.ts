import { stockholmTime } from '../common/stockholm-time';
import type { DraftVersionResponse, PartnershipResponse } from '../partnerships/dto/partnership.response';
import { type Block, fields, heading, paragraph, subheading } from '../records/printable/printable';
import type { LabelTable } from '../web/web-labels';
import { webModule } from '../web/web-module';
import { wordSv } from '../web/web-words';
import { kronor, partyNamer } from './dossier-words';

interface DraftSection {
  key: string;
  title: string;
  text: string;
}
interface SectionFormats {
  t: (key: string) => string;
  label: (table: LabelTable, key: string) => string;
  sek: (amount: number) => string;
  date: (day: string) => string;
  party: (key: string) => string;
}

/** The web's sections of a draft version (apps/web/case/draft-sections.js): the dossier prints what the page shows. */
const { draftSections } = webModule<{ draftSections: (draft: DraftVersionResponse, fmt: SectionFormats) => DraftSection[] }>(
  'case/draft-sections.js',
);

/**
 * The version of the agreement the dossier prints, and why that one: the agreement in force (or the last one
 * signed), else the version the last approving decision approved, else the last version every party approved.
 */
function agreedVersion(p: PartnershipResponse): { draft: DraftVersionResponse; standing: string } | undefined {
  const byVersion = (version: number) => p.drafts.find((d) => d.version === version);
  const signed = p.agreement ?? p.agreements[p.agreements.length - 1];
  if (signed && byVersion(signed.draftVersion)) {
    return {
      draft: byVersion(signed.draftVersion)!,
      standing: p.agreement ? 'Avtalet i kraft, undertecknat av parterna' : 'Det senast undertecknade avtalet',
    };
  }
  const approved = [...p.decisions].reverse().find((d) => d.outcome === 'APPROVED' && byVersion(d.draftVersion));
  if (approved)
    return { draft: byVersion(approved.draftVersion)!, standing: 'Versionen som det politiska beslutet godkände, ännu inte undertecknad av alla' };
  const parties = ['PUBLIC', ...p.organisations.filter((o) => o.status === 'ACCEPTED').map((o) => o.organisationNumber)];
  const agreedByAll = [...p.drafts]
    .reverse()
    .find((d) => parties.every((party) => d.reviews.some((r) => r.party === party && r.decision === 'APPROVED')));
  return agreedByAll ? { draft: agreedByAll, standing: 'Versionen som alla parter har godkänt, ännu inte beslutad' } : undefined;
}

/** The agreement's content: which version, who approved it when, then its sections as the parties read them. */
export function agreementBlocks(p: PartnershipResponse): Block[] {
  const agreed = agreedVersion(p);
  if (!agreed) return [heading('Avtalet'), paragraph('Ingen avtalsversion är godkänd av alla parter ännu.')];
  const nameOf = partyNamer(p);
  const { draft } = agreed;
  const approvals = draft.reviews
    .filter((r) => r.decision === 'APPROVED')
    .map((r) => `${nameOf(r.party)} ${stockholmTime(r.at)}`)
    .join(', ');
  const sections = draftSections(draft, {
    t: wordSv,
    label: (table, key) => table[key]?.sv ?? key,
    sek: kronor,
    date: (day) => day,
    party: nameOf,
  });
  return [
    heading('Avtalet'),
    fields([
      ['Avtalsversion', `${draft.version} (avtalsrunda ${draft.round})`],
      ['Ställning', agreed.standing],
      ['Lämnad', `${nameOf(draft.submittedBy)} ${stockholmTime(draft.submittedAt)}`],
      ['Godkänd', approvals],
    ]),
    ...sections.flatMap((s) => [subheading(s.title), paragraph(s.text || '–')]),
  ];
}
