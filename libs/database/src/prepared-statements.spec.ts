import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { prepared } from './prepared-statements';

/** Against this run's real PostgreSQL: which statements a connection keeps prepared. */
describe('prepared statements', () => {
  const declared = prepared(`SELECT $1::int + 1 AS next /* prepared-statements.spec */`);
  const plain = `SELECT $1::int + 2 AS next /* prepared-statements.spec */`;

  /** On one connection: the answers of both statements, and the texts that connection holds prepared after them. */
  async function onOneConnection(preparedStatements: boolean): Promise<{ answers: number[]; held: string[] }> {
    const dataSource = await new DataSource({ ...dataSourceOptions(process.env.DATABASE_URL!, { preparedStatements }) }).initialize();
    const runner = dataSource.createQueryRunner();
    try {
      const answers: number[] = [];
      for (let i = 0; i < 3; i++) {
        answers.push((await runner.query(declared, [i]))[0].next, (await runner.query(plain, [i]))[0].next);
      }
      const held = (await runner.query(`SELECT statement FROM pg_prepared_statements`)) as { statement: string }[];
      return { answers, held: held.map((row) => row.statement) };
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  }

  it('prepares a declared statement once per connection and sends any other as text, with the same answers', async () => {
    const { answers, held } = await onOneConnection(true);
    expect(answers).toEqual([1, 2, 2, 3, 3, 4]);
    expect(held).toEqual([declared]);
  });

  it('prepares nothing when switched off (DATABASE_PREPARED_STATEMENTS=false, behind a pooler that cannot keep them)', async () => {
    const { answers, held } = await onOneConnection(false);
    expect(answers).toEqual([1, 2, 2, 3, 3, 4]);
    expect(held).toEqual([]);
  });
});
