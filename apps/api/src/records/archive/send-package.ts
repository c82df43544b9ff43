import type { LoggerService } from '@nestjs/common';
import type { Response } from 'express';
import type { PreparedPackage } from './archive-package.service';
import { ReaderGone, writeZip } from './zip-writer';

/**
 * Answers with the package as a download (its name has å, ä, ö where the diarienummer does: Express writes both the
 * plain and the RFC 5987 form). Once the first byte is sent the status cannot change: a failure part-way ends the
 * connection, so the reader holds a broken archive, never one that looks whole.
 */
export async function sendPackage(response: Response, prepared: PreparedPackage, logger: LoggerService): Promise<void> {
  response.status(200).type('application/zip').attachment(prepared.fileName);
  response.setHeader('Cache-Control', 'no-store');
  try {
    await writeZip(response, prepared.root, prepared.files, prepared.exportedAt);
  } catch (error) {
    if (!(error instanceof ReaderGone)) logger.error({ err: error, package: prepared.root }, 'The archive package could not be written whole');
    response.destroy();
  }
}
