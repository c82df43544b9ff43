import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A text and the lowercase hex SHA-256 of its UTF-8, as the API computed it. */
export interface StoredText {
  sha256: string;
  content: string;
}

/**
 * Large texts by their SHA-256 (see migration CreateStoredTexts): content-addressed, so storing a text twice
 * changes nothing, and a text once stored never changes.
 */
@Injectable()
export class StoredTextsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** All of a move's texts in one statement: either all are stored, or the move is not sent. */
  async store(texts: StoredText[]): Promise<void> {
    if (texts.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO stored_texts (sha256, content, length)
       SELECT x.sha256, x.content, length(x.content) FROM unnest($1::text[], $2::text[]) AS x(sha256, content)
       ON CONFLICT (sha256) DO NOTHING`,
      [texts.map((t) => t.sha256), texts.map((t) => t.content)],
    );
  }

  /** The texts of these digests that are stored, by digest; an unknown digest is simply absent. */
  async resolve(sha256s: string[]): Promise<Map<string, string>> {
    if (sha256s.length === 0) return new Map();
    const rows: StoredText[] = await this.dataSource.query(`SELECT sha256, content FROM stored_texts WHERE sha256 = ANY($1::text[])`, [sha256s]);
    return new Map(rows.map((r) => [r.sha256, r.content]));
  }
}
