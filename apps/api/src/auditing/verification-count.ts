import type { ChainVerification } from '@iop/database';

/** Which links of a chain the verifier recomputed: how many, from which sequence number to which. */
export interface CheckedLinks {
  /** Links recomputed, the broken one included; 0 for a chain with no link yet. */
  links: number;
  firstSeq: number | null;
  lastSeq: number | null;
  /** Links the chain holds in all (the same as `links` unless the walk stopped at a broken one). */
  ofLinks: number;
}

/**
 * The verifier walks the links from the first and stops at the first that breaks (its hash, its predecessor's hash,
 * or a gap in the numbers); every other finding (the head, a decision or signature row, a checkpoint) comes after a
 * walk over every link. So an auditor is told exactly what was counted, not only that the chain holds.
 */
export function checkedLinks(verification: ChainVerification): CheckedLinks {
  const broken = verification.firstBrokenLink;
  const walkStoppedAt =
    broken?.problem === 'CONTENT_ALTERED' || broken?.problem === 'PREVIOUS_HASH_MISMATCH'
      ? broken.seq
      : // A gap: the link expected at that place is missing, so the walk checked every place before it.
        broken?.problem === 'LINK_MISSING'
        ? Number(broken.expected) - 1
        : verification.links;
  return {
    links: walkStoppedAt,
    firstSeq: walkStoppedAt > 0 ? 1 : null,
    lastSeq: walkStoppedAt > 0 ? walkStoppedAt : null,
    ofLinks: verification.links,
  };
}
