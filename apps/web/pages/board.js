// The officer's board: the partnerships of their public party by phase, and whom each waits for.
import { PHASES } from '../labels.js';
import { escape, label, t } from '../ui.js';
import { partnershipPageOf } from '../ui.js';

// The phases in the domain's order, which labels.js keeps (apps/web/labels.spec.ts).
const PHASES_ORDER = Object.keys(PHASES);

export async function boardPage(view, page) {
  const { items, pager } = await partnershipPageOf('#/board', page, 100);
  const columns = PHASES_ORDER.map((phase) => {
    const cards = items
      .filter((p) => p.phase === phase)
      .map(
        (p) => `<div class="card"><p><a href="#/p/${p.id}">${escape(p.title)}</a></p>
          <p class="muted">${t('waitsFor')}: ${p.waitingFor.length ? p.waitingFor.map(escape).join(', ') : t('nobody')}</p></div>`,
      );
    return `<section class="column" aria-labelledby="col-${phase}"><h2 id="col-${phase}">${escape(label(PHASES, phase))} (${cards.length})</h2>${cards.join('')}</section>`;
  });
  view(`<h1>${t('board')}</h1><div class="board">${columns.join('')}</div>${pager}`);
}
