// A small horizontal bar chart in SVG (no canvas, no library): groups of bars on one scale, each bar with its
// value written beside it, so that nothing is told by colour alone. Pages put the same numbers in a table.
import { escape } from '../ui.js';

const ROW = 22; // height of one bar, in px
const GAP = 12; // between groups
const HEADING = 18; // the group's label, on a line of its own above its bars, so that no label is cut
const LABEL = 4; // where the bars start
const VALUES = 300; // room right of the longest bar for the words of its value
const WIDTH = 720;
const AXIS = 28;

/**
 * `groups`: [{ label, bars: [{ name, value, text, kind: 'aimed' | 'reached' | 'short' | 'plain' }] }]; `ticks`:
 * [{ value, label }] along the scale from 0 to `max`. The SVG scales to its container (viewBox), so it reflows.
 */
export function horizontalBars({ id, title, description, groups, max, ticks }) {
  const plot = WIDTH - LABEL - VALUES;
  const x = (value) => LABEL + (max > 0 ? (Math.min(value, max) / max) * plot : 0);
  let y = AXIS;
  const parts = [];
  for (const group of groups) {
    parts.push(`<text class="chart-label" x="${LABEL}" y="${y + HEADING - 5}">${escape(group.label)}</text>`);
    y += HEADING;
    const height = group.bars.length * ROW;
    group.bars.forEach((bar, i) => {
      const top = y + i * ROW + 2;
      const width = Math.max(x(bar.value) - LABEL, bar.value > 0 ? 2 : 0);
      parts.push(`<rect class="bar bar-${bar.kind ?? 'plain'}" x="${LABEL}" y="${top}" width="${width}" height="${ROW - 5}"></rect>`);
      parts.push(`<text class="chart-value" x="${LABEL + width + 6}" y="${top + ROW / 2 + 2}">${escape(bar.text)}</text>`);
    });
    y += height + GAP;
  }
  const grid = ticks
    .map(
      (tick) => `<line class="chart-grid" x1="${x(tick.value)}" x2="${x(tick.value)}" y1="${AXIS - 4}" y2="${y - GAP}"></line>
        <text class="chart-tick" x="${x(tick.value)}" y="${AXIS - 10}" text-anchor="${tick.value === 0 ? 'start' : 'middle'}">${escape(tick.label)}</text>`,
    )
    .join('');
  return `<svg id="${escape(id)}" class="chart" viewBox="0 0 ${WIDTH} ${y}" role="img" aria-labelledby="${escape(id)}-title ${escape(id)}-desc" focusable="false">
    <title id="${escape(id)}-title">${escape(title)}</title><desc id="${escape(id)}-desc">${escape(description)}</desc>
    ${grid}${parts.join('')}</svg>`;
}
