import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// For the TypeORM CLI (`npx typeorm -d dist/libs/database/src/data-source.js migration:show`).
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/iop'));
