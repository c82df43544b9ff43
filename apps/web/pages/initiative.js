// One initiative (#/i/<id>): what the organisation proposed, each criterion's assessment, the decision with its
// reason and the partnership it opened, and its timeline; for the addressed public party's officer, while the moves
// are on offer, the assessment form (criterion by criterion) and the decision with its three outcomes.
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import {
  CRITERION_ASSESSMENTS,
  SKR_CRITERIA,
  INITIATIVE_OUTCOMES,
  INITIATIVE_STATUSES,
  INITIATIVE_STEP_ACTIONS,
  INITIATIVE_TASK_TYPES,
  LEVELS,
  OTHER_FORMS,
} from '../labels.js';
import { api, dateTime, escape, label, notify, t } from '../ui.js';

const CRITERIA = Object.keys(SKR_CRITERIA);

function assessmentTable(initiative) {
  const byCriterion = new Map(initiative.assessments.map((a) => [a.criterion, a]));
  return `<table class="stacked"><caption class="visually-hidden">${t('in.assessment')}</caption>
    <thead><tr><th scope="col">${t('in.criterion')}</th><th scope="col">${t('in.verdict')}</th><th scope="col">${t('in.comment')}</th></tr></thead>
    <tbody>${CRITERIA.map((c) => {
      const a = byCriterion.get(c);
      return `<tr><td>${escape(label(SKR_CRITERIA, c))}</td><td>${a ? escape(label(CRITERION_ASSESSMENTS, a.verdict)) : t('in.notAssessed')}</td><td>${a ? escape(a.comment) : ''}</td></tr>`;
    }).join('')}</tbody></table>`;
}

function decisionHtml(d) {
  if (!d) return `<p>${t('in.noDecision')}</p>`;
  return `<p><strong>${escape(label(INITIATIVE_OUTCOMES, d.outcome))}</strong>${d.otherForm ? `: ${escape(label(OTHER_FORMS, d.otherForm))}` : ''}</p>
    ${d.reason ? `<p>${escape(d.reason)}</p>` : ''}
    ${d.partnershipId ? `<p>${t('in.openedPartnership')}: <a href="#/p/${escape(d.partnershipId)}">${escape(d.partnershipTitle)}</a></p>` : ''}
    <p class="muted">${escape(d.decidedBy)}, ${dateTime(d.decidedAt)}</p>`;
}

function timelineHtml(entries) {
  const words = (e) =>
    e.kind === 'STEP' ? label(INITIATIVE_STEP_ACTIONS, e.action) : e.kind === 'TASK_OPENED' ? label(INITIATIVE_TASK_TYPES, e.action) : e.action;
  return `<ol class="timeline">${entries
    .filter((e) => e.kind === 'STEP' || e.kind === 'TASK_OPENED')
    .map(
      (e) =>
        `<li><time datetime="${escape(e.at)}">${dateTime(e.at)}</time> ${escape(words(e))}${e.levelAimedFor ? ` <span class="muted">(${escape(label(LEVELS, e.levelReached ?? e.levelAimedFor))})</span>` : ''}</li>`,
    )
    .join('')}</ol>`;
}

function assessFormHtml(initiative) {
  const byCriterion = new Map(initiative.assessments.map((a) => [a.criterion, a]));
  return `<form id="assess" class="move-form" novalidate><h3>${t('in.assessment')}</h3>
    ${CRITERIA.map((c, i) => {
      const a = byCriterion.get(c);
      const radios = Object.keys(CRITERION_ASSESSMENTS)
        .map(
          (v) =>
            `<label class="inline"><input type="radio" name="verdict-${i}" value="${v}"${a?.verdict === v ? ' checked' : ''}> ${escape(label(CRITERION_ASSESSMENTS, v))}</label>`,
        )
        .join(' ');
      return `<fieldset><legend>${escape(label(SKR_CRITERIA, c))}</legend>${radios}
        <label for="comment-${i}">${t('in.comment')}</label><textarea id="comment-${i}" name="assessments.${i}.comment" rows="2">${escape(a?.comment ?? '')}</textarea></fieldset>`;
    }).join('')}
    <div class="actions"><button type="submit">${t('in.assess')}</button></div></form>`;
}

function decideFormHtml() {
  return `<form id="decide" class="move-form" novalidate><h3>${t('in.decisionTitle')}</h3>
    <fieldset><legend>${t('in.outcome')}</legend>${Object.keys(INITIATIVE_OUTCOMES)
      .map((o) => `<label class="inline"><input type="radio" name="outcome" value="${o}"> ${escape(label(INITIATIVE_OUTCOMES, o))}</label>`)
      .join(' ')}</fieldset>
    <label for="other-form">${t('in.otherForm')}</label>
    <select id="other-form" name="otherForm"><option value="">–</option>${Object.keys(OTHER_FORMS)
      .map((f) => `<option value="${f}">${escape(label(OTHER_FORMS, f))}</option>`)
      .join('')}</select>
    <label for="reason">${t('in.reason')} <span class="field-hint">(${t('in.reasonHint')})</span></label>
    <textarea id="reason" name="reason" rows="3"></textarea>
    <fieldset><legend>${t('in.openedPartnership')} <span class="field-hint">(${t('in.partnershipHint')})</span></legend>
      <label for="partnership-title">${t('in.partnershipTitle')}</label><input id="partnership-title" name="partnership.title">
      <label for="partnership-goals">${t('in.goals')} <span class="field-hint">${t('oneALine')}</span></label>
      <textarea id="partnership-goals" name="partnership.goals" rows="3"></textarea></fieldset>
    <div class="actions"><button type="submit">${t('in.decide')}</button></div></form>`;
}

export async function initiativePage(id, view) {
  const [initiative, { moves }, timeline] = await Promise.all([
    api('GET', `/initiatives/${id}`),
    api('GET', `/initiatives/${id}/available-moves`),
    api('GET', `/initiatives/${id}/timeline`),
  ]);
  const offered = new Set(moves.map((m) => m.type));
  if (
    !view(`<h1>${escape(initiative.title)}</h1>
    <p>${escape(initiative.organisation.name)} (${escape(initiative.organisation.organisationNumber)}) → ${escape(initiative.publicParty.name)}.
      ${t('in.status')}: <strong>${escape(label(INITIATIVE_STATUSES, initiative.status))}</strong></p>
    <h2>${t('in.challenge')}</h2><p>${escape(initiative.challenge)}</p>
    <h2>${t('in.targetGroup')}</h2><p>${escape(initiative.targetGroup)}</p>
    <h2>${t('in.contribution')}</h2><p>${escape(initiative.contribution)}</p>
    <h2>${t('in.assessment')}</h2>${assessmentTable(initiative)}
    <h2>${t('in.decisionTitle')}</h2>${decisionHtml(initiative.decision)}
    ${offered.has('ASSESS_INITIATIVE') ? assessFormHtml(initiative) : ''}
    ${offered.has('DECIDE_ON_INITIATIVE') ? decideFormHtml() : ''}
    <h2>${t('in.timeline')}</h2>${timelineHtml(timeline)}`)
  )
    return;
  const send = (form, path, body, notice) => async () => {
    clearFieldErrors(form);
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      await api('POST', `/initiatives/${id}/${path}`, body());
      // The page is drawn again from the API (the moves on offer change), and then says what was saved.
      await initiativePage(id, view);
      notify(t(notice));
    } catch (error) {
      submit.disabled = false;
      showFieldErrors(form, error.data);
    }
  };
  const assess = document.getElementById('assess');
  assess?.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(assess);
    // Only the criteria given a verdict: the officer may assess some now and the rest later.
    const assessments = CRITERIA.map((criterion, i) => ({
      criterion,
      verdict: data.get(`verdict-${i}`),
      comment: String(data.get(`assessments.${i}.comment`) ?? '').trim(),
    })).filter((a) => a.verdict);
    send(assess, 'assessments', () => ({ assessments }), 'in.assessed')();
  });
  const decide = document.getElementById('decide');
  decide?.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(decide);
    const outcome = String(data.get('outcome') ?? '');
    const text = (name) => String(data.get(name) ?? '').trim();
    const body = { outcome };
    if (outcome === 'OTHER_FORM' && text('otherForm')) body.otherForm = text('otherForm');
    if (outcome !== 'OPEN_PARTNERSHIP' && text('reason')) body.reason = text('reason');
    if (outcome === 'OPEN_PARTNERSHIP')
      body.partnership = {
        title: text('partnership.title'),
        goals: text('partnership.goals')
          .split('\n')
          .map((g) => g.trim())
          .filter(Boolean),
      };
    send(decide, 'decision', () => body, 'in.decided')();
  });
}
