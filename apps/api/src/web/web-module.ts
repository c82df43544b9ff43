import { join } from 'node:path';
import { webRoot } from './web-root';

/**
 * One of the web interface's ES modules (apps/web), as the API reads it too: the labels of the domain's codes, the
 * interface's words, the sections of a draft. The web's file is the only spelling of what it holds; the API has no
 * second copy. It is loaded with require(): TypeScript compiles `import()` to require() under `module: commonjs`
 * anyway, and Node.js (from 20.19, see package.json's engines) loads an ES module through require() at once, so it
 * is there before the first request (apps/web/package.json says the folder is ES modules). Under jest, which cannot
 * load ES modules without an experimental flag, jest.config.js transforms the web's modules to CommonJS;
 * web-module.spec.ts checks that Node itself reads the same.
 */
export function webModule<T>(file: string): T {
  const root = webRoot();
  if (!root) throw new Error(`The web interface (apps/web) was not found: the API reads ${file} from it`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(root, file)) as T;
}
