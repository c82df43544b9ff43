import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARTICIPATION_LEVELS } from '../../../libs/domain/src';

/** labels.js's LEVELS as the browser loads them (an ES module, imported by Node itself), in their order. */
function webLevels(): string[] {
  const url = pathToFileURL(join(__dirname, '..', 'labels.js')).href;
  const script = `import(${JSON.stringify(url)}).then((m) => process.stdout.write(JSON.stringify(Object.keys(m.LEVELS))))`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

describe("the auditor's page compares levels", () => {
  it("in the domain's order, weakest first, which it takes from labels.js to tell a reached level below the aim", () => {
    expect(webLevels()).toEqual([...PARTICIPATION_LEVELS]);
  });
});
