/** `npm run migration:run`: applies pending migrations to DATABASE_URL (used by deployments). */
import { runMigrations } from '../libs/database/src/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('DATABASE_URL: must be set to a postgres:// connection URL\n');
  process.exit(1);
}
runMigrations(url)
  .then((applied) => process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Up to date\n'))
  .catch((error: unknown) => {
    process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
