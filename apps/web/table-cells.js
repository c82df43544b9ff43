// Tables on a narrow screen (WCAG 1.4.10 reflow): styles.css stacks each row's cells under one another below
// 40rem, each cell led by its column's heading, which this module copies into the cell's data-label. The roles
// are set explicitly because a browser may drop a table's semantics once its display is changed by CSS.
// A table with the class `no-stack` keeps its grid (and should then scroll in a labelled region of its own).

/** Labels the cells of every table under `root`, now and whenever a page draws new ones. */
export function labelTableCells(root) {
  const label = () => root.querySelectorAll('table:not(.no-stack)').forEach(labelTable);
  new MutationObserver(label).observe(root, { childList: true, subtree: true });
  label();
}

function labelTable(table) {
  if (table.dataset.stacked === 'true' && !table.querySelector('td:not([data-label])')) return;
  table.dataset.stacked = 'true';
  table.setAttribute('role', 'table');
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent.trim());
  table.querySelectorAll('tr').forEach((row) => {
    row.setAttribute('role', 'row');
    let column = 0;
    for (const cell of row.cells) {
      if (cell.tagName === 'TH') cell.setAttribute('role', cell.closest('thead') ? 'columnheader' : 'rowheader');
      else {
        cell.setAttribute('role', 'cell');
        if (headings[column] && !cell.hasAttribute('data-label')) cell.dataset.label = headings[column];
      }
      column += cell.colSpan || 1;
    }
  });
  table.querySelectorAll('thead, tbody, tfoot').forEach((group) => group.setAttribute('role', 'rowgroup'));
}
