import type { BrokenLink, ChainVerification } from '@iop/database';
import { checkedLinks } from './verification-count';

const chain = (links: number, broken?: Partial<BrokenLink>): ChainVerification => ({
  chainKey: 'p',
  links,
  valid: !broken,
  ...(broken ? { firstBrokenLink: { table: 'step_records', id: 'x', seq: 0, expected: '', found: '', problem: 'CONTENT_ALTERED', ...broken } } : {}),
});

describe('what a chain verification counted', () => {
  it('names every link from 1 to the last of a chain that holds', () => {
    expect(checkedLinks(chain(42))).toEqual({ links: 42, firstSeq: 1, lastSeq: 42, ofLinks: 42 });
  });

  it('says nothing was counted of a chain without links', () => {
    expect(checkedLinks(chain(0))).toEqual({ links: 0, firstSeq: null, lastSeq: null, ofLinks: 0 });
  });

  it('stops at an altered link, counting it', () => {
    expect(checkedLinks(chain(42, { seq: 17, problem: 'CONTENT_ALTERED' }))).toEqual({ links: 17, firstSeq: 1, lastSeq: 17, ofLinks: 42 });
    expect(checkedLinks(chain(42, { seq: 3, problem: 'PREVIOUS_HASH_MISMATCH' }))).toMatchObject({ links: 3, lastSeq: 3 });
  });

  it('stops before a missing link', () => {
    expect(checkedLinks(chain(41, { seq: 12, problem: 'LINK_MISSING', expected: '11', found: '12' }))).toMatchObject({ links: 10, lastSeq: 10 });
    expect(checkedLinks(chain(41, { seq: 2, problem: 'LINK_MISSING', expected: '1', found: '2' }))).toMatchObject({ links: 0, firstSeq: null });
  });

  it('counts every link when what broke lies beyond them (the head, a record, a checkpoint)', () => {
    expect(checkedLinks(chain(42, { seq: 43, problem: 'HEAD_MISMATCH', table: 'hash_chain_heads' }))).toMatchObject({ links: 42, lastSeq: 42 });
    expect(checkedLinks(chain(42, { seq: 30, problem: 'RECORD_MISMATCH', table: 'decisions' }))).toMatchObject({ links: 42 });
  });
});
