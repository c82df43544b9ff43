// Every draft version of the agreement in full, newest first: who submitted it, who approved it or asked for
// changes, its warnings, what changed from the version before, and the whole text. The round it belongs to says
// why it was drafted (an återremiss's reasons).
import { REVIEW_DECISIONS, ROUND_KINDS } from '../labels.js';
import { date, dateTime, escape, label, sek, state, t } from '../ui.js';
import { fill, partyNameOf, prose, section } from './common.js';
import { compareDrafts, draftSections } from './draft-sections.js';

export function draftsSection(p) {
  if (!p.drafts.length && p.round.number === 1 && !p.round.reasons) return '';
  const party = partyNameOf(p);
  const fmt = { t, label, sek, date, party };
  const versions = [...p.drafts].sort((a, b) => b.version - a.version);
  const latest = versions[0]?.version;
  const body = versions
    .map((d) => {
      const before = p.drafts.find((x) => x.version === d.version - 1);
      return draftVersion(p, d, before, d.version === latest, fmt);
    })
    .join('');
  return section('drafts', t('drafts'), `${roundNotice(p)}${body || `<p>${escape(t('case.noDrafts'))}</p>`}`);
}

/** The round under way, when it is not the first drafting: what kind, since when, and why. */
function roundNotice(p) {
  const r = p.round;
  if (r.number === 1 && r.kind === 'INITIAL' && !r.reasons) return '';
  return `<div class="case-round"><h3>${fill('case.roundHeading', { number: r.number, kind: label(ROUND_KINDS, r.kind) })}</h3>
    <p>${escape(t('case.roundOpened'))} ${dateTime(r.openedAt)}.</p>${r.reasons ? `<p><strong>${escape(t('case.roundReasons'))}</strong></p>${prose(r.reasons)}` : ''}</div>`;
}

function draftVersion(p, d, before, isLatest, fmt) {
  const open = isLatest ? ' open' : '';
  const warnings = d.warnings.length
    ? `<div class="case-warnings"><p><strong>${escape(t('case.warnings'))}</strong></p><ul>${d.warnings.map((w) => `<li>${escape(w.message?.[state.lang] ?? w.message?.sv ?? w.code)}</li>`).join('')}</ul></div>`
    : '';
  const full = draftSections(d, fmt)
    .map(
      (s) =>
        `<tr><th scope="row">${escape(s.title)}</th><td>${s.text ? prose(s.text) : `<span class="muted">${escape(t('case.notDescribed'))}</span>`}</td></tr>`,
    )
    .join('');
  return `<article class="case-draft" aria-labelledby="case-draft-${d.version}">
    <h3 id="case-draft-${d.version}">${fill('case.versionHeading', { version: d.version })}${isLatest ? ` <span class="case-badge">${escape(t('case.latest'))}</span>` : ''}</h3>
    <p class="muted">${fill('case.submitted', { party: fmt.party(d.submittedBy), date: date(d.submittedAt), round: d.round })}</p>
    ${reviews(p, d, isLatest, fmt.party)}${warnings}
    ${before ? comparison(before, d, open, fmt) : ''}
    <details class="case-full"${open}><summary>${fill('case.wholeVersion', { version: d.version })}</summary>
      <table class="case-terms"><caption class="visually-hidden">${fill('case.wholeVersion', { version: d.version })}</caption>
      <thead><tr><th scope="col">${escape(t('case.sectionOfAgreement'))}</th><th scope="col">${escape(t('case.text'))}</th></tr></thead><tbody>${full}</tbody></table>
    </details></article>`;
}

/** Who has approved this version or asked for changes to it, and, while it is under review, who has not yet. */
function reviews(p, d, isLatest, party) {
  const given = d.reviews.map((r) => {
    const sentence = fill(r.decision === 'APPROVED' ? 'case.reviewApproved' : 'case.reviewChanges', { party: party(r.party), version: d.version });
    return `<li class="case-review-${r.decision === 'APPROVED' ? 'approved' : 'changes'}"><span class="visually-hidden">${escape(label(REVIEW_DECISIONS, r.decision))}: </span>${sentence} (${date(r.at)})${r.comment ? `<blockquote class="case-text">${escape(r.comment)}</blockquote>` : ''}</li>`;
  });
  const underReview = isLatest && p.phase === 'DRAFTING' && d.round === p.round.number;
  const reviewers = ['PUBLIC', ...p.organisations.filter((o) => o.status === 'ACCEPTED').map((o) => o.organisationNumber)];
  const waiting = underReview ? reviewers.filter((key) => !d.reviews.some((r) => r.party === key)) : [];
  const pending = waiting.length ? `<p>${fill('case.notReviewedYet', { version: d.version, parties: waiting.map(party).join(', ') })}</p>` : '';
  if (!given.length) return pending || `<p>${escape(t('case.noReviews'))}</p>`;
  return `<ul class="case-reviews" aria-label="${fill('case.reviewsOf', { version: d.version })}">${given.join('')}</ul>${pending}`;
}

/** What changed from the version before, section by section; the unchanged sections named, collapsed. */
function comparison(before, after, open, fmt) {
  const { changed, unchanged } = compareDrafts(before, after, fmt);
  const cell = (text) => (text ? prose(text) : `<span class="muted">${escape(t('case.notDescribed'))}</span>`);
  const rows = changed.map((c) => `<tr><th scope="row">${escape(c.title)}</th><td>${cell(c.before)}</td><td>${cell(c.after)}</td></tr>`).join('');
  const changedTable = changed.length
    ? `<table class="case-comparison"><caption>${fill('case.changedCaption', { version: after.version, previous: before.version })}</caption>
      <thead><tr><th scope="col">${escape(t('case.sectionOfAgreement'))}</th><th scope="col">${fill('case.versionHeading', { version: before.version })}</th><th scope="col">${fill('case.versionHeading', { version: after.version })}</th></tr></thead>
      <tbody>${rows}</tbody></table>`
    : `<p>${escape(t('case.nothingChanged'))}</p>`;
  const same = unchanged.length
    ? `<details class="case-unchanged"><summary>${fill('case.unchangedSummary', { count: unchanged.length })}</summary><ul>${unchanged.map((u) => `<li>${escape(u)}</li>`).join('')}</ul></details>`
    : '';
  return `<details class="case-compare"${open}><summary>${fill('case.compareSummary', { previous: before.version, count: changed.length })}</summary>${changedTable}${same}</details>`;
}
