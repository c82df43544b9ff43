import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';

/** A file's bytes are written and read in pieces of this size, so no file is ever held whole in memory. */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

export interface DocumentContent {
  /** Lowercase hex SHA-256 of the bytes, computed by the caller while the bytes came in. */
  sha256: string;
  mediaType: string;
  sizeBytes: number;
}

/**
 * Files by their SHA-256 (migration RegisterDocumentsAsHandlings): content-addressed, so the same file uploaded
 * twice, to one case or to many, is stored once, and stored bytes never change.
 */
@Injectable()
export class DocumentStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the bytes, in the caller's transaction, unless a file with this digest is already stored (then the
   * source is not read at all). The caller has checked the digest and size against the same bytes: the source is
   * re-cut into pieces of DOCUMENT_CHUNK_BYTES whatever sizes it yields. Returns whether the bytes were new.
   */
  async store(manager: EntityManager, content: DocumentContent, source: AsyncIterable<Buffer | Uint8Array>): Promise<boolean> {
    const chunkCount = Math.ceil(content.sizeBytes / DOCUMENT_CHUNK_BYTES);
    const inserted = (await manager.query(
      `INSERT INTO document_contents (sha256, media_type, size_bytes, chunk_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
      [content.sha256, content.mediaType, content.sizeBytes, chunkCount],
    )) as unknown[];
    if (inserted.length === 0) return false;
    let seq = 0;
    let written = 0;
    for await (const piece of rechunk(source, DOCUMENT_CHUNK_BYTES)) {
      await manager.query(`INSERT INTO document_chunks (content_sha256, seq, bytes) VALUES ($1, $2, $3)`, [content.sha256, seq, piece]);
      seq += 1;
      written += piece.length;
    }
    // The bytes must be what the digest was computed over: a short read would store a file that is not the one named.
    if (written !== content.sizeBytes || seq !== chunkCount) {
      throw new Error(`Stored ${written} bytes in ${seq} pieces of a file of ${content.sizeBytes} bytes`);
    }
    return true;
  }

  /** A stored file's type and size, or null when no file has this digest. */
  async describe(sha256: string): Promise<(DocumentContent & { chunkCount: number }) | null> {
    const [row] = (await this.dataSource.query(
      `SELECT sha256, media_type AS "mediaType", size_bytes::int AS "sizeBytes", chunk_count AS "chunkCount" FROM document_contents WHERE sha256 = $1`,
      [sha256],
    )) as (DocumentContent & { chunkCount: number })[];
    return row ?? null;
  }

  /** The bytes of a stored file as a stream, read one piece at a time as the consumer asks for them. */
  read(sha256: string, chunkCount: number): Readable {
    const dataSource = this.dataSource;
    async function* pieces() {
      for (let seq = 0; seq < chunkCount; seq += 1) {
        const [row] = (await dataSource.query(`SELECT bytes FROM document_chunks WHERE content_sha256 = $1 AND seq = $2`, [sha256, seq])) as {
          bytes: Buffer;
        }[];
        if (!row) throw new Error(`Piece ${seq} of document ${sha256} is missing`);
        yield row.bytes;
      }
    }
    return Readable.from(pieces(), { objectMode: false });
  }

  /** The whole of a small stored file (one the engine rendered itself): for the archive package and the tests. */
  async readAll(sha256: string): Promise<Buffer | null> {
    const described = await this.describe(sha256);
    if (!described) return null;
    const parts: Buffer[] = [];
    for await (const part of this.read(sha256, described.chunkCount)) parts.push(part as Buffer);
    return Buffer.concat(parts);
  }
}

/** Re-cuts a stream of byte pieces into pieces of exactly `size` bytes (the last may be shorter). */
export async function* rechunk(source: AsyncIterable<Buffer | Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const raw of source) {
    let piece = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    while (pendingBytes + piece.length >= size) {
      const take = size - pendingBytes;
      yield Buffer.concat([...pending, piece.subarray(0, take)]);
      piece = piece.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (piece.length > 0) {
      pending.push(piece);
      pendingBytes += piece.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}
