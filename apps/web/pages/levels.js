// Pictures of participation (delaktighetsnivåer): per phase, the level the steps aimed for and the level they
// reached, for one partnership (#/levels/<id>) and across the caller's partnerships (#/levels), and how many latest
// draft versions address each of the six principles. Each chart is an SVG with its numbers in a table beside it;
// a reached level below the aimed one is said in words ("under målet"), not shown by colour only.
import { horizontalBars } from '../charts/bars.js';
import { ACTIONS, LEVELS, PHASES, PRINCIPLES } from '../labels.js';
import { api, dateTime, escape, label, t } from '../ui.js';
import { phaseAimsSection, phaseShortfallsAcross } from './phase-aims.js';

// The levels weakest first, as labels.js keeps them in the domain's order (apps/web/labels.spec.ts).
const LEVEL_ORDER = Object.keys(LEVELS);
const rank = (level) => (level ? LEVEL_ORDER.indexOf(level) + 1 : 0);
const levelName = (level) => (level ? label(LEVELS, level) : t('levelNone'));
const ticks = LEVEL_ORDER.map((level, i) => ({ value: i + 1, label: label(LEVELS, level) }));
const isShort = (p) => rank(p.highestReached) < rank(p.highestAimedFor);
/** "2 steg under målet": a shortfall said in words wherever it is counted. */
const shortSteps = (n) => `${n} ${t(n === 1 ? 'stepOne' : 'stepMany')} ${t('belowAim')}`;
/** "1 av 5 steg under målet": how many of a phase's steps fell short, so that it does not read as levels. */
const shortOf = (n, of) => `${n} ${t('ofSteps')} ${of} ${t(of === 1 ? 'stepOne' : 'stepMany')} ${t('belowAim')}`;
const shortCell = (n) => (n ? `<strong class="shortfall">${escape(shortSteps(n))}</strong>` : '0');

/** One partnership: per phase, the strongest level aimed for and the strongest reached, and whether it fell short. */
function levelsChart(id, phases) {
  return horizontalBars({
    id,
    title: t('levelsChartTitle'),
    description: t('levelsChartDescription'),
    max: LEVEL_ORDER.length,
    ticks,
    groups: phases.map((p) => ({
      label: label(PHASES, p.phase),
      bars: [
        { name: t('levelAimed'), value: rank(p.highestAimedFor), text: `${t('levelAimed')}: ${levelName(p.highestAimedFor)}`, kind: 'aimed' },
        {
          name: t('levelReached'),
          value: rank(p.highestReached),
          // The count is of the phase's steps, not of levels: "1 av 5 steg under målet".
          text: `${t('levelReached')}: ${levelName(p.highestReached)}${isShort(p) ? ` – ${t('belowAim')}` : ''}${p.shortfalls ? ` (${shortOf(p.shortfalls, p.steps)})` : ''}`,
          kind: isShort(p) ? 'short' : 'reached',
        },
      ],
    })),
  });
}

function levelsTable(id, phases) {
  return `<table id="${id}" class="stacked"><caption>${t('levelsTableCaption')}</caption>
    <thead><tr><th scope="col">${t('phase')}</th><th scope="col">${t('levelAimed')}</th><th scope="col">${t('levelReached')}</th><th scope="col">${t('levelSteps')}</th><th scope="col">${t('levelShortSteps')}</th></tr></thead>
    <tbody>${phases
      .map(
        (p) => `<tr${isShort(p) || p.shortfalls ? ' class="row-short"' : ''}><th scope="row">${escape(label(PHASES, p.phase))}</th>
        <td>${escape(levelName(p.highestAimedFor))}</td>
        <td>${escape(levelName(p.highestReached))}${isShort(p) ? ` <strong class="shortfall">${t('belowAim')}</strong>` : ''}</td>
        <td>${escape(p.steps)}</td><td>${shortCell(p.shortfalls)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
}

/** Across partnerships: per phase, how many steps reached what they aimed for and how many fell short. */
function acrossChart(id, phases) {
  const max = Math.max(1, ...phases.map((p) => p.steps));
  return horizontalBars({
    id,
    title: t('levelsAcrossChartTitle'),
    description: t('levelsAcrossChartDescription'),
    max,
    ticks: [0, Math.ceil(max / 2), max].map((value) => ({ value, label: String(value) })),
    groups: phases.map((p) => ({
      label: label(PHASES, p.phase),
      bars: [
        { name: t('levelMet'), value: p.steps - p.shortfalls, text: `${t('levelMet')}: ${p.steps - p.shortfalls}`, kind: 'reached' },
        { name: t('levelShortSteps'), value: p.shortfalls, text: `${t('levelShortSteps')}: ${p.shortfalls}`, kind: 'short' },
      ],
    })),
  });
}

function acrossTable(id, phases) {
  const head = LEVEL_ORDER.map((level) => `<th scope="col">${escape(label(LEVELS, level))}</th>`).join('');
  return `<table id="${id}" class="stacked"><caption>${t('levelsAcrossTableCaption')}</caption>
    <thead><tr><th scope="col">${t('phase')}</th><th scope="col">${t('levelSteps')}</th>${head}<th scope="col">${t('levelNone')}</th><th scope="col">${t('levelShortSteps')}</th></tr></thead>
    <tbody>${phases
      .map(
        (p) => `<tr><th scope="row">${escape(label(PHASES, p.phase))}</th><td>${escape(p.steps)}</td>
        ${LEVEL_ORDER.map((level) => `<td>${escape(p.aimedFor[level])} / ${escape(p.reached[level])}</td>`).join('')}
        <td>${escape(p.reached.NONE)}</td><td>${shortCell(p.shortfalls)}</td></tr>`,
      )
      .join('')}</tbody></table><p class="muted">${t('levelsAcrossTableNote')}</p>`;
}

function principlesChart(coverage) {
  const max = Math.max(1, ...coverage.map((c) => c.drafts));
  const chart = horizontalBars({
    id: 'principles-chart',
    title: t('principlesChartTitle'),
    description: t('principlesChartDescription'),
    max,
    ticks: [0, max].map((value) => ({ value, label: String(value) })),
    groups: coverage.map((c) => ({
      label: label(PRINCIPLES, c.principle),
      bars: [
        {
          name: t('principleAddressed'),
          value: c.addressed,
          text: `${c.addressed} ${t('of')} ${c.drafts}`,
          kind: c.addressed < c.drafts ? 'short' : 'reached',
        },
      ],
    })),
  });
  const table = `<table id="principles-table" class="stacked"><caption>${t('principlesTableCaption')}</caption>
    <thead><tr><th scope="col">${t('principle')}</th><th scope="col">${t('principleAddressed')}</th><th scope="col">${t('principleDrafts')}</th></tr></thead>
    <tbody>${coverage
      .map(
        (c) =>
          `<tr><th scope="row">${escape(label(PRINCIPLES, c.principle))}</th><td>${escape(c.addressed)}${
            c.addressed < c.drafts ? ` <strong class="shortfall">${t('principleMissing')} ${c.drafts - c.addressed}</strong>` : ''
          }</td><td>${escape(c.drafts)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  return `<section aria-labelledby="principles-heading"><h2 id="principles-heading">${t('principlesHeading')}</h2>
    ${coverage.length && coverage[0].drafts ? `<div class="chart-with-table">${chart}${table}</div>` : `<p>${t('principlesNone')}</p>`}</section>`;
}

export async function partnershipLevelsPage(id, view) {
  const [partnership, levels] = await Promise.all([api('GET', `/partnerships/${id}`), api('GET', `/partnerships/${id}/participation-levels`)]);
  const shortfalls = levels.shortfalls.length
    ? `<table id="shortfall-steps" class="stacked"><caption>${t('shortfallStepsCaption')}</caption>
      <thead><tr><th scope="col">${t('time')}</th><th scope="col">${t('phase')}</th><th scope="col">${t('step')}</th><th scope="col">${t('levelAimed')}</th><th scope="col">${t('levelReached')}</th></tr></thead>
      <tbody>${levels.shortfalls
        .map(
          (s) => `<tr><td>${dateTime(s.occurredAt)}</td><td>${escape(label(PHASES, s.phase))}</td><td>${escape(label(ACTIONS, s.action))}</td>
          <td>${escape(levelName(s.levelAimedFor))}</td><td>${escape(levelName(s.levelReached))} <strong class="shortfall">${t('belowAim')}</strong></td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${t('noShortfalls')}</p>`;
  view(`<h1>${t('levelsOfPartnership')}: ${escape(partnership.title)}</h1>
    <p><a href="#/p/${id}">${t('backToPartnership')}</a></p>
    ${phaseAimsSection(levels)}
    <section aria-labelledby="levels-heading"><h2 id="levels-heading">${t('levelsHeading')}</h2>
    ${levels.phases.length ? `<div class="chart-with-table">${levelsChart('levels-chart', levels.phases)}${levelsTable('levels-table', levels.phases)}</div>` : `<p>${t('levelsNone')}</p>`}
    <h3>${t('shortfallStepsHeading')}</h3>${shortfalls}</section>`);
}

export async function levelsAcrossPage(view) {
  const [levels, coverage] = await Promise.all([api('GET', '/reports/participation-levels/by-phase'), api('GET', '/reports/principle-coverage')]);
  view(`<h1>${t('levelsAcross')}</h1>
    <section aria-labelledby="levels-heading"><h2 id="levels-heading">${t('levelsAcrossHeading')}</h2>
    ${levels.phases.length ? `<div class="chart-with-table">${acrossChart('levels-chart', levels.phases)}${acrossTable('levels-table', levels.phases)}</div>` : `<p>${t('levelsNone')}</p>`}</section>
    ${phaseShortfallsAcross(levels)}
    ${principlesChart(coverage)}`);
}
