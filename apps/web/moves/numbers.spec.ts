import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs numbers.js (an ES module of the web interface, no build step) on each input and returns what it answers. */
function run(fn: 'parseWholeNumber' | 'parseYearlyAmounts' | 'formatWholeNumber', inputs: unknown[]): unknown[] {
  const url = pathToFileURL(join(__dirname, 'numbers.js')).href;
  const script = `import(${JSON.stringify(url)}).then((m) => process.stdout.write(JSON.stringify(${JSON.stringify(inputs)}.map((i) => m.${fn}(i)))))`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

describe('amounts typed as a Swede types them', () => {
  it('reads spaces, non-breaking spaces and "kr" as a Swede means them, in whole kronor', () => {
    expect(run('parseWholeNumber', ['250000', '250 000', '1 500 000', '1\u00a0500\u00a0000', '1\u202f500\u202f000 kr', '250 000,00', '0'])).toEqual(
      [250000, 250000, 1500000, 1500000, 1500000, 250000, 0].map((value) => ({ ok: true, value })),
    );
  });

  it('refuses a fraction of a krona rather than reading "250000,50" as 25000050', () => {
    expect(run('parseWholeNumber', ['250000,50', '250 000,5'])).toEqual([
      { ok: false, problem: 'notWhole' },
      { ok: false, problem: 'notWhole' },
    ]);
  });

  it('refuses what is no amount at all', () => {
    expect(run('parseWholeNumber', ['-5', 'tvåhundra', '250.000', '1e6'])).toEqual(Array(4).fill({ ok: false, problem: 'notANumber' }));
  });

  it('reads one year a line, and names the first line it cannot read', () => {
    expect(run('parseYearlyAmounts', ['2027: 300 000\n\n2028 150000', '2027: 300 000\n2028: 1,5'])).toEqual([
      {
        years: [
          { year: 2027, amountSek: 300000 },
          { year: 2028, amountSek: 150000 },
        ],
      },
      { badLine: 2, problem: 'notWhole' },
    ]);
  });

  it('writes a prefilled amount with spaces between the thousands', () => {
    expect(run('formatWholeNumber', [1500000, 0])).toEqual(['1 500 000', '0']);
  });
});
