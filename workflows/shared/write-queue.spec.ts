import { OrderedWriteQueue } from './write-queue';

describe('OrderedWriteQueue', () => {
  const forms = (n: number) => ({ bounded: `patch ${n}`, whole: `whole ${n}` });

  it('hands out writes oldest first, bounded, and numbers them for their writer', () => {
    const writers: number[] = [];
    const queue = new OrderedWriteQueue<string, number>((seq) => (writers.push(seq), seq));
    expect(queue.enqueue(forms(1))).toBe(1);
    expect(queue.enqueue(forms(2))).toBe(2);
    expect(queue.pending()).toEqual(['patch 1', 'patch 2']);
    expect([queue.next(), queue.writer()]).toEqual(['patch 1', 1]);
    queue.confirm();
    expect([queue.next(), queue.writer(), queue.written]).toEqual(['patch 2', 2, 1]);
    queue.confirm();
    expect(queue.isEmpty).toBe(true);
  });

  it('sends a write whole when the read model lacks its base, and the write after one skipped for good', () => {
    const queue = new OrderedWriteQueue<string, null>(() => null);
    [1, 2, 3].forEach((n) => queue.enqueue(forms(n)));
    queue.sendNextWhole();
    expect([queue.next(), queue.nextIsWhole]).toEqual(['whole 1', true]);
    queue.confirm();
    expect(queue.next()).toBe('patch 2');
    queue.skip();
    // The answer carries what must be sent: write 3 whole, since write 2 never reached the read model.
    expect(queue.pending()).toEqual(['whole 3']);
    queue.confirm();
    expect(queue.written).toBe(3);
  });

  it('knows a write that has only one form (an opening) is whole already', () => {
    const queue = new OrderedWriteQueue<string, null>(() => null);
    const opening = 'whole 0';
    queue.enqueue({ bounded: opening, whole: opening });
    expect(queue.nextIsWhole).toBe(true);
  });
});
