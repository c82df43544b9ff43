// The sections of a framework's page (pages/framework.js), in reading order: where it stands and the text in
// force, every version with its decisions, the organisations that joined (and, for the officer, the applications
// waiting), the steering group with its seats, members and meetings, the conferences, action plans, reviews,
// warnings, open tasks and the partnerships within it. Each is a region named by its heading.
import {
  ACTION_OUTCOMES,
  DECISION_OUTCOMES,
  DEVELOPMENT_AREAS,
  FRAMEWORK_STATUSES,
  FRAMEWORK_TASK_TYPES,
  FRAMEWORK_VERSION_STATUSES,
  FRAMEWORK_WARNING_CODES,
  JOINING_UNDERTAKINGS,
  MEMBERSHIP_STATUSES,
  PHASES,
  PRINCIPLES,
  REVIEW_OUTCOMES,
  SECTORS,
} from '../labels.js';
import { date, escape, label, state, t } from '../ui.js';
import { commitmentsById, frameworkPartyName, joinedMembers, today, versionInForce } from './common.js';
import { periodText, versionTextHtml } from './text-of-version.js';

const section = (id, heading, html) =>
  `<section class="fw-section" id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>${html}</section>`;
const empty = (key) => `<p class="muted">${t(key)}</p>`;
const decisionLine = (d) =>
  `${escape(d.body)} ${date(d.meetingDate)}, ${escape(d.paragraph)}, ${t('diarienummer')} ${escape(d.diarienummer)}: <strong>${escape(label(DECISION_OUTCOMES, d.outcome))}</strong>${d.reasons ? ` – ${escape(d.reasons)}` : ''}`;
const overdueMark = () => ` <strong class="overdue">${t('overdue')}</strong>`;

export function overviewSection(f) {
  const inForce = versionInForce(f);
  return section(
    'fw-overview',
    t('fw.overview'),
    `<dl class="fw-facts">
      <dt>${t('fw.status')}</dt><dd><strong>${escape(label(FRAMEWORK_STATUSES, f.status))}</strong></dd>
      <dt>${t('publicParty')}</dt><dd>${escape(f.publicParty.name)}</dd>
      <dt>${t('fw.sectorRepresentative')}</dt><dd>${escape(f.sectorRepresentative.name)} (${escape(f.sectorRepresentative.organisationNumber)})</dd>
      <dt>${t('fw.versionInForce')}</dt><dd>${inForce ? `${t('version')} ${inForce.version}, ${periodText(inForce.period)}` : t('fw.noVersionInForce')}</dd>
      <dt>${t('fw.reviewDueBy')}</dt><dd>${f.reviewDueBy ? `<time datetime="${escape(f.reviewDueBy)}">${date(f.reviewDueBy)}</time>${f.reviewDueBy < today() && f.status !== 'ENDED' ? overdueMark() : ''}` : '–'}</dd>
      ${f.ended ? `<dt>${t('fw.endedOn')}</dt><dd>${date(f.ended.on)}: ${escape(f.ended.statement)}</dd>` : ''}
    </dl>
    ${inForce ? `<h3>${t('fw.textInForce')}</h3>${versionTextHtml(inForce)}` : ''}`,
  );
}

export function versionsSection(f) {
  const versions = [...(f.versions ?? [])].reverse();
  const articles = versions.map((v) => {
    const heading = `${t('version')} ${v.version} – ${label(FRAMEWORK_VERSION_STATUSES, v.status)}`;
    const decisions = v.decisions.length
      ? `<ul class="fw-decisions">${v.decisions.map((d) => `<li>${decisionLine(d)}</li>`).join('')}</ul>`
      : empty('fw.noDecisionYet');
    const inForce = v.inForceFrom ? `<p>${t('fw.inForce')}: ${date(v.inForceFrom)}${v.inForceUntil ? ` – ${date(v.inForceUntil)}` : ''}</p>` : '';
    return `<article class="fw-version" aria-labelledby="fw-version-${v.version}"><h3 id="fw-version-${v.version}">${escape(heading)}</h3>
      <p>${t('fw.period')}: ${periodText(v.period)}. ${t('fw.draftedOn')} ${date(v.draftedAt)}.${v.reason ? ` ${escape(v.reason)}` : ''}</p>${inForce}
      <h4>${t('fw.decisions')}</h4>${decisions}
      <details class="fw-full"><summary>${t('fw.fullText')} (${t('version')} ${v.version})</summary>${versionTextHtml(v)}</details></article>`;
  });
  return section('fw-versions', t('fw.versions'), articles.length ? articles.join('') : empty('fw.noVersions'));
}

export function organisationsSection(f, who) {
  const joined = joinedMembers(f);
  const joinedTable = joined.length
    ? `<table class="stacked"><caption>${t('fw.joinedCaption')} (${joined.length})</caption>
      <thead><tr><th scope="col">${t('orgName')}</th><th scope="col">${t('orgNumber')}</th><th scope="col">${t('fw.joinedOn')}</th><th scope="col">${t('fw.signatory')}</th></tr></thead>
      <tbody>${joined.map((m) => `<tr><td>${escape(m.name)}</td><td>${escape(m.organisationNumber)}</td><td>${date(m.joinedOn)}</td><td>${escape(m.signatoryName)}</td></tr>`).join('')}</tbody></table>`
    : empty('fw.noneJoined');
  const others = (f.members ?? []).filter((m) => m.status !== 'JOINED');
  const pending = others.filter((m) => m.status === 'APPLIED');
  const pendingHtml = pending.length
    ? `<h3>${who.role === 'officer' ? t('fw.pendingApplications') : t('fw.yourApplication')}</h3><ul class="fw-applications">${pending
        .map(
          (
            m,
          ) => `<li><strong>${escape(m.name)}</strong> (${escape(m.organisationNumber)}), ${t('fw.appliedOn')} ${date(m.appliedAt)}, ${t('fw.signedBy')} ${escape(m.signatoryName)}.
          ${t('fw.declared')}: <ul>${m.declaration.map((d) => `<li>${escape(label(JOINING_UNDERTAKINGS, d))}</li>`).join('')}</ul></li>`,
        )
        .join('')}</ul>`
    : '';
  const rest = others.filter((m) => m.status !== 'APPLIED');
  const restHtml = rest.length
    ? `<h3>${t('fw.formerMembers')}</h3><ul>${rest
        .map(
          (m) =>
            `<li>${escape(m.name)}: ${escape(label(MEMBERSHIP_STATUSES, m.status))}${m.leftOn ? ` ${date(m.leftOn)}` : m.decidedAt ? ` ${date(m.decidedAt)}` : ''}${m.reason ? ` – ${escape(m.reason)}` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  return section('fw-organisations', t('fw.organisations'), joinedTable + pendingHtml + restHtml);
}

export function steeringGroupSection(f) {
  const seats = f.seats ?? {};
  const seatRows = Object.keys(SECTORS)
    .map((sector) => {
      const s = seats[sector] ?? { seats: 0, filled: 0, vacant: 0 };
      const vacant = s.vacant > 0 ? `<strong class="fw-vacant">${s.vacant} ${t(s.vacant === 1 ? 'fw.vacantOne' : 'fw.vacantMany')}</strong>` : '0';
      return `<tr><th scope="row">${escape(label(SECTORS, sector))}</th><td>${escape(s.seats)}</td><td>${escape(s.filled)}</td><td>${vacant}</td></tr>`;
    })
    .join('');
  const seatsTable = `<table class="stacked"><caption>${t('fw.seatsCaption')}</caption>
    <thead><tr><th scope="col">${t('fw.sector')}</th><th scope="col">${t('fw.seats')}</th><th scope="col">${t('fw.filled')}</th><th scope="col">${t('fw.vacant')}</th></tr></thead>
    <tbody>${seatRows}</tbody></table>`;
  const members = f.steeringGroup ?? [];
  const membersTable = members.length
    ? `<table class="stacked"><caption>${t('fw.membersCaption')}</caption>
      <thead><tr><th scope="col">${t('fw.memberName')}</th><th scope="col">${t('fw.sector')}</th><th scope="col">${t('organisation')}</th><th scope="col">${t('fw.term')}</th></tr></thead>
      <tbody>${members
        .map(
          (m) => `<tr><td>${escape(m.name)}</td><td>${escape(label(SECTORS, m.sector))}</td><td>${escape(m.organisationName)}</td>
          <td>${date(m.termStart)} – ${date(m.termEnd)}${m.endedOn ? ` (${t('fw.endedOn')} ${date(m.endedOn)})` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : empty('fw.noMembers');
  return section('fw-steering-group', t('fw.steeringGroup'), seatsTable + membersTable);
}

export function meetingsSection(f) {
  const rules = versionInForce(f)?.steeringGroup;
  const year = today().slice(0, 4);
  const thisYear = (f.meetings ?? []).filter((m) => m.date.startsWith(year)).length;
  const count = rules
    ? `<p>${escape(t('fw.meetingsThisYear').replace('{held}', thisYear).replace('{required}', rules.meetingsPerYear).replace('{year}', year))}</p>`
    : '';
  const meetings = [...(f.meetings ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const attendance = (m) =>
    Object.keys(SECTORS)
      .map((sector) => {
        const a = m.attendance.find((x) => x.sector === sector);
        return `<p>${escape(label(SECTORS, sector))}: ${a ? escape(a.names.join(', ')) : `<span class="muted">${t('fw.noAttendanceYet')}</span>`}</p>`;
      })
      .join('');
  const table = meetings.length
    ? `<table class="stacked"><caption>${t('fw.meetingsCaption')}</caption>
      <thead><tr><th scope="col">${t('date')}</th><th scope="col">${t('attendance')}</th><th scope="col">${t('minutes')}</th></tr></thead>
      <tbody>${meetings.map((m) => `<tr><td>${date(m.date)}</td><td>${attendance(m)}</td><td class="prose">${escape(m.minutes)}</td></tr>`).join('')}</tbody></table>`
    : empty('fw.noMeetings');
  return section('fw-meetings', t('fw.meetings'), count + table);
}

export function conferencesSection(f) {
  const commitments = commitmentsById(f);
  const actions = new Map((f.actionPlans ?? []).flatMap((plan) => plan.actions.map((a) => [a.id, a])));
  const articles = [...(f.conferences ?? [])]
    .sort((a, b) => b.year - a.year)
    .map((c) => {
      const outcomes = c.commitmentOutcomes.length
        ? `<table class="stacked"><caption>${escape(`${t('fw.commitmentOutcomesCaption')} ${c.year}`)}</caption>
          <thead><tr><th scope="col">${t('principle')}</th><th scope="col">${t('fw.commitment')}</th><th scope="col">${t('fw.whatWasDone')}</th></tr></thead>
          <tbody>${c.commitmentOutcomes
            .map((o) => {
              const commitment = commitments.get(o.commitmentId);
              return `<tr><td>${escape(commitment ? label(PRINCIPLES, commitment.principle) : '')}</td><td>${escape(commitment?.text ?? o.commitmentId)}</td><td>${escape(o.whatWasDone)}</td></tr>`;
            })
            .join('')}</tbody></table>`
        : '';
      const followUps = c.actionFollowUps.length
        ? `<h4>${t('fw.actionFollowUps')}</h4><ul>${c.actionFollowUps
            .map(
              (a) =>
                `<li>${escape(actions.get(a.actionId)?.description ?? a.actionId)}: ${escape(label(ACTION_OUTCOMES, a.outcome))}${a.comment ? ` – ${escape(a.comment)}` : ''}</li>`,
            )
            .join('')}</ul>`
        : '';
      return `<article class="fw-conference" aria-labelledby="fw-conference-${c.id}"><h3 id="fw-conference-${c.id}">${escape(`${t('fw.conference')} ${c.year}`)}</h3>
        <p>${date(c.date)}. ${t('fw.attendedBy')}: ${c.attendedBy.map((k) => escape(frameworkPartyName(f, k))).join(', ')}</p>
        ${c.notes ? `<p class="prose">${escape(c.notes)}</p>` : ''}${outcomes}${followUps}</article>`;
    });
  return section('fw-conferences', t('fw.conferences'), articles.length ? articles.join('') : empty('fw.noConferences'));
}

export function actionPlansSection(f) {
  const followUp = new Map((f.conferences ?? []).flatMap((c) => c.actionFollowUps.map((a) => [a.actionId, a])));
  const plans = [...(f.actionPlans ?? [])].sort((a, b) => b.year - a.year);
  const html = plans.map((plan) => {
    const rows = plan.actions
      .map((a) => {
        const done = followUp.get(a.id);
        return `<tr><td>${escape(label(DEVELOPMENT_AREAS, a.developmentArea))}</td><td>${escape(a.description)}</td><td>${escape(a.responsible)}</td><td>${date(a.dueDate)}</td>
          <td>${done ? escape(label(ACTION_OUTCOMES, done.outcome)) : `<span class="muted">${t('fw.notFollowedUp')}</span>`}</td></tr>`;
      })
      .join('');
    return `<table class="stacked"><caption>${escape(`${t('fw.actionPlan')} ${plan.year}`)}</caption>
      <thead><tr><th scope="col">${t('fw.developmentArea')}</th><th scope="col">${t('fw.action')}</th><th scope="col">${t('fw.responsible')}</th><th scope="col">${t('due')}</th><th scope="col">${t('fw.followUp')}</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
  });
  return section('fw-action-plans', t('fw.actionPlans'), html.length ? html.join('') : empty('fw.noActionPlans'));
}

export function reviewsSection(f) {
  const due = f.reviewDueBy
    ? `<p>${t('fw.nextReviewDue')} <time datetime="${escape(f.reviewDueBy)}">${date(f.reviewDueBy)}</time>${f.reviewDueBy < today() && f.status !== 'ENDED' ? overdueMark() : ''}</p>`
    : '';
  const list = (f.reviews ?? []).length
    ? `<ul>${f.reviews.map((r) => `<li>${decisionLine(r)}. ${escape(label(REVIEW_OUTCOMES, r.reviewOutcome))}</li>`).join('')}</ul>`
    : empty('fw.noReviews');
  return section('fw-reviews', t('fw.reviews'), due + list);
}

export function warningsSection(f) {
  const warnings = f.warnings ?? [];
  const lang = state.lang === 'en' ? 'en' : 'sv';
  const item = (w) =>
    `<li class="${w.clearedAt ? 'muted' : 'fw-warning'}"><strong>${escape(label(FRAMEWORK_WARNING_CODES, w.code))} (${escape(w.year)})</strong>: ${escape(w.message?.[lang] ?? '')}${w.clearedAt ? ` ${t('fw.clearedOn')} ${date(w.clearedAt)}` : ''}</li>`;
  return section('fw-warnings', t('fw.warnings'), warnings.length ? `<ul>${warnings.map(item).join('')}</ul>` : empty('fw.noWarnings'));
}

export function tasksSection(f) {
  const open = (f.tasks ?? []).filter((task) => task.status === 'OPEN');
  const table = open.length
    ? `<table class="stacked"><caption>${t('fw.openTasks')}</caption>
      <thead><tr><th scope="col">${t('task')}</th><th scope="col">${t('fw.addressedTo')}</th><th scope="col">${t('due')}</th></tr></thead>
      <tbody>${open
        .map(
          (task) => `<tr><td>${escape(label(FRAMEWORK_TASK_TYPES, task.type))}</td><td>${escape(frameworkPartyName(f, task.addressedTo))}</td>
          <td><time datetime="${escape(task.dueDate)}">${date(task.dueDate)}</time>${task.dueDate < today() ? overdueMark() : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : empty('fw.noOpenTasks');
  return section('fw-tasks', t('fw.tasks'), table);
}

/** `partnerships`: the items of GET /frameworks/:id/partnerships, or null where the route does not answer yet. */
export function partnershipsSection(partnerships) {
  const items = partnerships ?? [];
  const table = items.length
    ? `<table class="stacked"><caption>${t('fw.partnershipsCaption')}</caption>
      <thead><tr><th scope="col">${t('title')}</th><th scope="col">${t('phase')}</th><th scope="col">${t('fw.organisationsOfPartnership')}</th></tr></thead>
      <tbody>${items
        .map(
          (p) =>
            `<tr><td><a href="#/p/${escape(p.id)}">${escape(p.title)}</a></td><td>${escape(label(PHASES, p.phase))}</td><td>${p.organisations.map((o) => escape(o.name)).join(', ')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : empty('fw.noPartnerships');
  return section('fw-partnerships', t('fw.partnerships'), table);
}
