import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The import rules of eslint.config.mjs are the project's architecture; this shows that they bite where they must
// and nowhere else, so that a change to the config that silently disables them fails here. ESLint runs as the
// command `npm run lint` runs (its configuration is an ES module, which jest's module system does not load).
const root = join(__dirname, '..');
const run = promisify(execFile);

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const eslint = join(root, 'node_modules/.bin/eslint');
  const linting = run(eslint, ['--format', 'json', '--stdin', '--stdin-filename', join(root, filePath)], { cwd: root });
  linting.child.stdin?.end(code);
  // ESLint exits with 1 when it found problems; its report is on stdout either way.
  const { stdout } = await linting.catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const [result] = JSON.parse(stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint rules on what deterministic code may import', () => {
  it('refuse a database, Node API or app import inside a workflow', async () => {
    const found = await restrictedImports(
      'workflows/partnership/example.ts',
      "import { Pool } from 'pg';\nimport { readFileSync } from 'node:fs';\nimport { x } from '../../apps/api/src/main';\nexport const y = [Pool, readFileSync, x];\n",
    );
    expect(found).toHaveLength(3);
  });

  it('refuse any Temporal import in the domain, which a workflow may use', async () => {
    const domain = await restrictedImports('libs/domain/src/example.ts', "import { sleep } from '@temporalio/workflow';\nexport const y = sleep;\n");
    const workflow = await restrictedImports(
      'workflows/partnership/example.ts',
      "import { sleep } from '@temporalio/workflow';\nexport const y = sleep;\n",
    );
    expect(domain).toHaveLength(1);
    expect(workflow).toEqual([]);
  });

  it('let the API import the database and Node', async () => {
    const found = await restrictedImports(
      'apps/api/src/example.ts',
      "import { Pool } from 'pg';\nimport { readFileSync } from 'node:fs';\nexport const y = [Pool, readFileSync];\n",
    );
    expect(found).toEqual([]);
  });
});
