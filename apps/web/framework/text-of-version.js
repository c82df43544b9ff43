// A version of a framework's text as the page shows it: its period, summary, the six principles with their
// commitments per holder (a table: a row per principle, a column per holder), development areas, the
// undertakings an organisation declares to join, and the steering group's rules.
import { COMMITMENT_HOLDERS, DEVELOPMENT_AREAS, JOINING_UNDERTAKINGS, PRINCIPLES } from '../labels.js';
import { date, escape, label, t } from '../ui.js';

const HOLDERS = Object.keys(COMMITMENT_HOLDERS);

export const periodText = (period) => (period ? `${date(period.start)} – ${period.end ? date(period.end) : t('fw.untilFurtherNotice')}` : '');

function commitmentsTable(version) {
  const rows = (version.principles ?? [])
    .map((p) => {
      const cells = HOLDERS.map((holder) => {
        const texts = p.commitments.filter((c) => c.heldBy === holder);
        return `<td>${texts.length ? `<ul>${texts.map((c) => `<li>${escape(c.text)}</li>`).join('')}</ul>` : `<span class="muted">${t('fw.none')}</span>`}</td>`;
      }).join('');
      return `<tr><th scope="row">${escape(label(PRINCIPLES, p.principle))}</th>${cells}</tr>`;
    })
    .join('');
  return `<div class="table-scroll" role="region" aria-label="${escape(`${t('fw.commitmentsOfVersion')} ${version.version}`)}" tabindex="0">
    <table class="fw-commitments no-stack"><caption>${escape(`${t('fw.commitmentsOfVersion')} ${version.version}`)}</caption>
    <thead><tr><th scope="col">${t('principle')}</th>${HOLDERS.map((h) => `<th scope="col">${escape(label(COMMITMENT_HOLDERS, h))}</th>`).join('')}</tr></thead>
    <tbody>${rows}</tbody></table></div>`;
}

/** The whole text of a version. */
export function versionTextHtml(version) {
  const rules = version.steeringGroup;
  const list = (table, keys) =>
    keys?.length ? `<ul>${keys.map((k) => `<li>${escape(label(table, k))}</li>`).join('')}</ul>` : `<p class="muted">${t('fw.none')}</p>`;
  return `<dl class="fw-facts">
      <dt>${t('fw.period')}</dt><dd>${periodText(version.period)}</dd>
      <dt>${t('summary')}</dt><dd class="prose">${escape(version.summary)}</dd>
      ${rules ? `<dt>${t('fw.steeringGroupRules')}</dt><dd>${escape(t('fw.rulesLine').replace('{seats}', rules.seatsPerSector).replace('{meetings}', rules.meetingsPerYear).replace('{years}', rules.reviewIntervalYears))}</dd>` : ''}
    </dl>
    ${commitmentsTable(version)}
    <h4>${t('developmentAreas')}</h4>${list(DEVELOPMENT_AREAS, version.developmentAreas)}
    <h4>${t('fw.joiningUndertakings')}</h4>${list(JOINING_UNDERTAKINGS, version.joiningUndertakings)}`;
}
