import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { LABELS, sv } from './web-labels';
import { wordSv } from './web-words';

/**
 * The built API loads apps/web/labels.js with Node's own require() (an ES module, which Node.js 20.19 and later
 * loads that way); jest loads it transformed. Both must read the same tables.
 */
function labelsAsNodeRequiresThem(): Record<string, unknown> {
  const file = join(__dirname, '..', '..', '..', 'web', 'labels.js');
  const script = `process.stdout.write(JSON.stringify(require(${JSON.stringify(file)})))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

describe("the web's labels, read by the API", () => {
  it('are the tables Node.js itself loads from apps/web/labels.js, without a second copy', () => {
    const native = labelsAsNodeRequiresThem();
    for (const [name, table] of Object.entries(LABELS)) expect({ name, table: native[name] }).toEqual({ name, table });
  });

  it('name a code in Swedish, and a code the table does not know as itself', () => {
    expect(sv('PHASES', 'POLITICAL_APPROVAL')).toBe('Politiskt beslut');
    expect(sv('LEVELS', 'CONSULTATION')).toBe('Samråd');
    expect(sv('DECISION_OUTCOMES', 'RETURNED')).toBe('Återremiss');
    expect(sv('PHASES', 'A_PHASE_OF_AN_OLDER_ROW')).toBe('A_PHASE_OF_AN_OLDER_ROW');
    expect(sv('PHASES', null)).toBe('');
  });

  it("give the interface's Swedish words, and refuse a key the interface does not have", () => {
    expect(wordSv('purpose')).toBe('Syfte');
    expect(() => wordSv('no.such.word')).toThrow('no.such.word');
  });
});
