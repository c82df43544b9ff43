// What the sections of a partnership's page share: whose a party key is, a section with its heading, the open tasks.
import { escape, t } from '../ui.js';

/** A party's name from its key: 'PUBLIC', 'JOINT' or an organisationsnummer. */
export const partyNameOf = (p) => (key) =>
  key === 'PUBLIC' ? p.publicParty.name : key === 'JOINT' ? t('joint') : (p.organisations.find((o) => o.organisationNumber === key)?.name ?? key);

/** A sentence of TEXT with its {placeholders} filled in (values escaped). */
export const fill = (key, values) => escape(t(key)).replace(/\{(\w+)\}/g, (_, name) => escape(values[name] ?? ''));

/** One section of the page: a level-2 heading the section is named by, then its body. */
export const section = (id, heading, body) =>
  `<section class="case-section" id="case-${id}" aria-labelledby="case-${id}-heading"><h2 id="case-${id}-heading">${escape(heading)}</h2>${body}</section>`;

/** A long text as written, its line breaks kept (styles/case.css). */
export const prose = (text) => `<p class="case-text">${escape(text)}</p>`;

/** Today as the browser's calendar has it: a task due before it is overdue. */
export const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export const isOverdue = (dueDate) => Boolean(dueDate) && dueDate < today();

/** A table of several columns: on a phone it scrolls sideways within itself (WCAG 1.4.10 exempts data tables). */
export const scrollable = (name, table) => `<div class="case-scroll" tabindex="0" role="group" aria-label="${escape(name)}">${table}</div>`;
