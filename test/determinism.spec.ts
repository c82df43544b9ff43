import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const FORBIDDEN = [
  /from '@nestjs\//,
  /from 'typeorm'/,
  /from 'pg'/,
  /from '(node:)?(fs|path|crypto|http|https|net|child_process|os)'/,
  /from '@iop\//, // path aliases do not resolve inside the workflow bundle
  /Date\.now\(/,
  /Math\.random\(/,
  /setTimeout\(/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__histories__' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('code that runs inside workflows', () => {
  it.each(['workflows', 'libs/domain/src'])('in %s imports no Nest, TypeORM or Node API and reads no clock or randomness', (folder) => {
    const offences = sources(join(root, folder)).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => FORBIDDEN.some((rule) => rule.test(line)))
        .map(({ line, index }) => `${relative(root, file)}:${index + 1}: ${line.trim()}`),
    );
    expect(offences).toEqual([]);
  });
});
