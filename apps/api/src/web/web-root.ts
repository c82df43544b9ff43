import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** apps/web, from the sources (tests) or from the built app (dist/apps/api/src/web → apps/web of the checkout). */
export function webRoot(): string | undefined {
  return [join(__dirname, '..', '..', '..', 'web'), join(__dirname, '..', '..', '..', '..', '..', 'apps', 'web')].find((dir) =>
    existsSync(join(dir, 'index.html')),
  );
}
