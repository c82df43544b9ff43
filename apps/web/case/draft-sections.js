// A draft version of the agreement as a list of named sections, so that a version is shown and compared with the
// one before from one list: what it says, and what changed section by section. It imports nothing of the page
// (the words and formats are passed in), so that it runs the same in a browser and in a test.
import { PRINCIPLES } from '../labels.js';

/**
 * The sections of one version, in reading order: each with a stable key (to compare by), its title and its text.
 * `fmt` gives the words and formats: { t, label, sek, date, party }.
 */
export function draftSections(draft, fmt) {
  const { t, label, sek, date, party } = fmt;
  const sections = [
    { key: 'purpose', title: t('purpose'), text: draft.purpose },
    { key: 'sharedGoal', title: t('sharedGoal'), text: draft.sharedGoal },
  ];
  for (const c of draft.contributions) {
    sections.push({ key: `amount:${c.party}`, title: `${t('case.contributionSek')}, ${party(c.party)}`, text: sek(c.amountSek) });
    // The public party brings money; an organisation's egen insats is required of it, so it always has a section.
    if (c.party !== 'PUBLIC' || c.ownContribution)
      sections.push({ key: `own:${c.party}`, title: `${t('case.ownContribution')}, ${party(c.party)}`, text: c.ownContribution ?? '' });
  }
  sections.push(
    { key: 'period', title: t('period'), text: `${date(draft.startDate)} – ${date(draft.endDate)}` },
    { key: 'followUpPlan', title: t('followUpPlan'), text: draft.followUpPlan },
    { key: 'governance', title: t('governance'), text: draft.governance },
    { key: 'terminationTerms', title: t('terminationTerms'), text: draft.terminationTerms },
    { key: 'notice', title: t('noticeMonths'), text: String(draft.terminationNoticeMonths) },
    ...Object.keys(PRINCIPLES).map((principle) => ({
      key: `principle:${principle}`,
      title: `${t('principle')}: ${label(PRINCIPLES, principle)}`,
      text: draft.principles?.[principle] ?? '',
    })),
  );
  return sections;
}

/**
 * What changed from one version to the next, section by section: the changed ones with their old and new text (a
 * section only one of them has, such as a party's contribution, counts as changed), and the titles of the others.
 */
export function compareDrafts(before, after, fmt) {
  const old = new Map(draftSections(before, fmt).map((s) => [s.key, s]));
  const now = draftSections(after, fmt);
  const changed = [];
  const unchanged = [];
  for (const s of now) {
    const previous = old.get(s.key);
    if (previous && previous.text === s.text) unchanged.push(s.title);
    else changed.push({ key: s.key, title: s.title, before: previous?.text ?? '', after: s.text });
    old.delete(s.key);
  }
  for (const s of old.values()) changed.push({ key: s.key, title: s.title, before: s.text, after: '' });
  return { changed, unchanged };
}
