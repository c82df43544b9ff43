/**
 * `npm run migration:run`: applies pending migrations (used by deployments) as the schema's owner,
 * DATABASE_OWNER_URL; DATABASE_URL, the apps' login, only where owner and apps are still one role.
 */
import { runMigrations } from '../libs/database/src/migrate';

const url = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('DATABASE_OWNER_URL: must be set to a postgres:// connection URL of the schema owner\n');
  process.exit(1);
}
runMigrations(url)
  .then((applied) => process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Up to date\n'))
  .catch((error: unknown) => {
    process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
