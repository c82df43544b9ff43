import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * scripts/lib/prerequisites.sh's build skip, in a project of its own: a git checkout with the folders the build
 * reads. The `npm` on its PATH stands in for the compiler (it writes what `npm run build` writes and counts its
 * runs), so that the test is about the decision, not about tsc.
 */
const library = resolve(__dirname, '..', 'scripts', 'lib', 'prerequisites.sh');

function project(options: { git: boolean }): { dir: string; run(fn: string): string; builds(): number } {
  const dir = mkdtempSync(join(tmpdir(), 'build-skip-'));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'npm'),
    `#!/usr/bin/env bash
rm -rf dist && mkdir -p dist/scripts && touch dist/scripts/stack.js dist/workflow-bundle.js
echo x >> "${dir}/.builds"
`,
  );
  chmodSync(join(bin, 'npm'), 0o755);
  mkdirSync(join(dir, 'apps'));
  mkdirSync(join(dir, 'libs'));
  writeFileSync(join(dir, 'apps', 'main.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'libs', 'lib.ts'), 'export const b = 2;\n');
  writeFileSync(join(dir, 'package-lock.json'), '{}\n');
  writeFileSync(join(dir, 'README.md'), 'not an input\n');
  writeFileSync(join(dir, '.gitignore'), 'dist/\n.bin/\n.builds\n');
  if (options.git) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'sources');
  }
  return {
    dir,
    run: (fn) =>
      execFileSync('bash', ['-c', `set -euo pipefail; source ${JSON.stringify(library)}; ${fn}`], {
        cwd: dir,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
        encoding: 'utf8',
      }),
    builds: () => {
      try {
        return readFileSync(join(dir, '.builds'), 'utf8').trim().split('\n').length;
      } catch {
        return 0;
      }
    },
  };
}

describe('the build skip', () => {
  it('builds once, then says the build is up to date until a source changes', () => {
    const p = project({ git: true });
    expect(p.run('build_project')).toBe('Building…\n');
    expect(p.run('build_project')).toBe('Build is up to date (no source changed since the last build).\n');
    expect(p.builds()).toBe(1);

    // A file that is no input of the build changes nothing.
    writeFileSync(join(p.dir, 'README.md'), 'edited\n');
    expect(p.run('build_project')).toContain('up to date');

    // An edited source, a new one not yet committed, a deleted one, the lock file: each is a new build.
    writeFileSync(join(p.dir, 'apps', 'main.ts'), 'export const a = 3;\n');
    expect(p.run('build_project')).toBe('Building…\n');
    writeFileSync(join(p.dir, 'libs', 'new.ts'), 'export const c = 4;\n');
    expect(p.run('build_project')).toBe('Building…\n');
    rmSync(join(p.dir, 'libs', 'lib.ts'));
    expect(p.run('build_project')).toBe('Building…\n');
    writeFileSync(join(p.dir, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(p.run('build_project')).toBe('Building…\n');
    expect(p.run('build_project')).toContain('up to date');
    expect(p.builds()).toBe(5);
  });

  it('builds again when the output is gone, though the stamp says the sources are the same', () => {
    const p = project({ git: true });
    p.run('build_project');
    rmSync(join(p.dir, 'dist', 'workflow-bundle.js'));
    expect(p.run('build_project')).toBe('Building…\n');
    expect(p.builds()).toBe(2);
  });

  it('builds every time where git cannot list the sources (an unpacked tarball), and says why', () => {
    const p = project({ git: false });
    expect(p.run('build_inputs_hash')).toBe('');
    expect(p.run('build_project')).toContain('not a git checkout');
    expect(p.run('build_project')).toContain('not a git checkout');
    expect(p.builds()).toBe(2);
  });
});
