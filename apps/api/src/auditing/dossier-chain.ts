import type { ChainVerification, StoredCheckpoint } from '@iop/database';
import { stockholmTime } from '../common/stockholm-time';
import { type Block, heading, paragraph } from '../records/printable/printable';

/** The last signed checkpoint in words: which link it fixes, when, with which key, and whether it still holds. */
function checkpointSv(verification: ChainVerification, checkpoints: StoredCheckpoint[]): string {
  const c = checkpoints[checkpoints.length - 1];
  if (!c) return 'Ingen signerad kontrollpunkt ännu.';
  // Without `verification.checkpoint` the links broke first and the checkpoint was not compared.
  const holds = verification.checkpoint ? (verification.checkpoint.holds ? ' Kedjan stämmer med den.' : ' Kedjan stämmer inte med den.') : '';
  return `Senaste signerade kontrollpunkt (av ${checkpoints.length}): länk ${c.seq}, ${stockholmTime(c.signedAt)}, nyckel ${c.keyId}.${holds}`;
}

/** Whether the case's hash chain holds, up to its last signed checkpoint, and how many events the timeline has. */
export function chainBlocks(verification: ChainVerification, checkpoints: StoredCheckpoint[], timelineEntries: number): Block[] {
  const broken = verification.firstBrokenLink;
  return [
    heading('Verifiering av hashkedjan'),
    paragraph(
      verification.valid
        ? `Kedjan är obruten (${verification.links} länkar).`
        : `Kedjan är bruten vid länk ${broken?.seq} (${broken?.table} ${broken?.id}).`,
    ),
    paragraph(checkpointSv(verification, checkpoints)),
    paragraph(`Händelser i tidslinjen: ${timelineEntries}.`),
  ];
}
