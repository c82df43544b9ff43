import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { StoredTextsRepository } from '@iop/database';
import { textRefsIn, withTextRefs, withTextsResolved } from './text-walk';

const sha256OfUtf8 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Large texts by their SHA-256 (the claim-check pattern): a move's long texts are stored in PostgreSQL before the
 * move is sent, and the workflow, its history and the read model hold references; whatever shows state or steps to
 * a person resolves them. The hash chain keeps the references: the SHA-256 in each binds its text as well.
 */
@Injectable()
export class ClaimCheckService {
  constructor(private readonly storedTexts: StoredTextsRepository) {}

  /**
   * The command with its long texts as references, once they are all stored (one statement). The texts must be
   * validated and normalised already: the reference names exactly these characters. A database that cannot be
   * reached fails here, before anything is sent to the workflow (a 503, like every other outage).
   */
  async withTextRefs<T>(command: T): Promise<T> {
    const { value, texts } = withTextRefs(command, sha256OfUtf8);
    await this.storedTexts.store(texts);
    return value;
  }

  /** The value with every reference replaced by its text (one query); a reference nobody stored stays a reference. */
  async resolveTexts<T>(value: T): Promise<T> {
    const digests = textRefsIn(value);
    if (digests.length === 0) return value;
    return withTextsResolved(value, await this.storedTexts.resolve(digests));
  }
}
