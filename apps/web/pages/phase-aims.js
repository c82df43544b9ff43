// Under rules version 3, per phase of the decision process: the level the public party chose (or none) beside the
// level all the phase's steps reached together, and where it fell short the evidence that is missing. For one
// partnership (pages/levels.js draws it above the per-step chart) and across partnerships (the overview).
import { horizontalBars } from '../charts/bars.js';
import { EVIDENCE_KINDS, LEVELS, PHASES } from '../labels.js';
import { escape, label, t } from '../ui.js';

const LEVEL_ORDER = Object.keys(LEVELS);
const rank = (level) => (level ? LEVEL_ORDER.indexOf(level) + 1 : 0);
const aimedName = (level) => (level ? label(LEVELS, level) : t('pl.levelNone'));
const reachedName = (level) => (level ? label(LEVELS, level) : t('levelNone'));
const ticks = LEVEL_ORDER.map((level, i) => ({ value: i + 1, label: label(LEVELS, level) }));
const below = (a) => a.missingEvidence !== null;
const missingText = (a) => (below(a) ? label(EVIDENCE_KINDS, a.missingEvidence) : '–');

function chart(aims) {
  return horizontalBars({
    id: 'phase-aims-chart',
    title: t('pl.chartTitle'),
    description: t('pl.chartDescription'),
    max: LEVEL_ORDER.length,
    ticks,
    groups: aims.map((a) => ({
      label: label(PHASES, a.phase),
      bars: [
        { name: t('levelAimed'), value: rank(a.levelAimedFor), text: `${t('levelAimed')}: ${aimedName(a.levelAimedFor)}`, kind: 'aimed' },
        {
          name: t('levelReached'),
          value: rank(a.levelReached),
          text: `${t('levelReached')}: ${reachedName(a.levelReached)}${below(a) ? ` – ${t('pl.belowAim')}` : ''}`,
          kind: below(a) ? 'short' : 'reached',
        },
      ],
    })),
  });
}

function table(aims) {
  return `<table id="phase-aims-table" class="stacked"><caption>${escape(t('pl.tableCaption'))}</caption>
    <thead><tr><th scope="col">${t('phase')}</th><th scope="col">${t('levelAimed')}</th><th scope="col">${t('pl.reason')}</th><th scope="col">${t('levelReached')}</th><th scope="col">${t('pl.missing')}</th></tr></thead>
    <tbody>${aims
      .map(
        (a) => `<tr${below(a) ? ' class="row-short"' : ''}><th scope="row">${escape(label(PHASES, a.phase))}</th>
        <td>${escape(aimedName(a.levelAimedFor))}</td><td>${escape(a.reason ?? '–')}</td>
        <td>${escape(reachedName(a.levelReached))}${below(a) ? ` <strong class="shortfall">${escape(t('pl.belowAim'))}</strong>` : ''}</td>
        <td>${escape(missingText(a))}</td></tr>`,
      )
      .join('')}</tbody></table>`;
}

/** One partnership's section; '' under the rules that aim per step (versions 1 and 2). */
export function phaseAimsSection(levels) {
  if (levels.rulesVersion < 3) return '';
  const body = levels.phaseAims.length
    ? `<div class="chart-with-table">${chart(levels.phaseAims)}${table(levels.phaseAims)}</div>`
    : `<p>${escape(t('pl.noPhaseLevels'))}</p>`;
  return `<section aria-labelledby="phase-aims-heading"><h2 id="phase-aims-heading">${escape(t('pl.phaseLevels'))}</h2>${body}</section>`;
}

/** Across partnerships: the phases below the level chosen, each with its partnership and what is missing. */
export function phaseShortfallsAcross(levels) {
  const rows = levels.phaseShortfalls ?? [];
  if (!rows.length) return '';
  return `<section aria-labelledby="phase-shortfalls-heading"><h2 id="phase-shortfalls-heading">${escape(t('pl.shortfallsCaption'))}</h2>
    <table id="phase-shortfalls" class="stacked"><caption class="visually-hidden">${escape(t('pl.shortfallsCaption'))}</caption>
    <thead><tr><th scope="col">${t('title')}</th><th scope="col">${t('phase')}</th><th scope="col">${t('levelAimed')}</th><th scope="col">${t('levelReached')}</th><th scope="col">${t('pl.missing')}</th></tr></thead>
    <tbody>${rows
      .map(
        (
          a,
        ) => `<tr><th scope="row"><a href="#/levels/${escape(a.partnershipId)}">${escape(a.title)}</a></th><td>${escape(label(PHASES, a.phase))}</td>
        <td>${escape(aimedName(a.levelAimedFor))}</td><td>${escape(reachedName(a.levelReached))}</td><td>${escape(missingText(a))}</td></tr>`,
      )
      .join('')}</tbody></table></section>`;
}
