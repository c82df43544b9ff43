/**
 * The writes a workflow owes to its read model, in the order it decided them. Each write is kept in two forms: the
 * bounded one it is normally sent in (what the move changed, as a patch from the write before), and the whole one,
 * which a write needs when the one before it never reached the read model (it was refused as data and skipped) or
 * when the read model does not hold its base (a gap). Synchronous on purpose: the workflow awaits each write inline
 * in its own loop, so that the commands of an activation keep the order its recorded histories have.
 */
export class OrderedWriteQueue<W, A> {
  private readonly entries: { bounded: W; whole: W }[] = [];
  private headWhole = false;
  private queuedCount = 0;
  private writtenCount = 0;

  /** `writerOf(seq)` picks what makes the write numbered `seq` (1 for the run's first): old runs replay theirs. */
  constructor(private readonly writerOf: (seq: number) => A) {}

  /** Appends a write; returns its number in this run, which `written` reaches once it is made. */
  enqueue(forms: { bounded: W; whole: W }): number {
    this.entries.push(forms);
    this.queuedCount += 1;
    return this.queuedCount;
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /** How many writes of this run are made (or skipped after a data error). */
  get written(): number {
    return this.writtenCount;
  }

  get queued(): number {
    return this.queuedCount;
  }

  /** The oldest write, in the form it is to be sent in. */
  next(): W {
    return this.headWhole ? this.entries[0].whole : this.entries[0].bounded;
  }

  /** True when the oldest write goes whole already: a second refusal cannot be a gap in its patch. */
  get nextIsWhole(): boolean {
    return this.headWhole || this.entries[0].whole === this.entries[0].bounded;
  }

  /** What makes the oldest write. */
  writer(): A {
    return this.writerOf(this.writtenCount + 1);
  }

  /** The read model lacks the oldest write's base: send it whole. */
  sendNextWhole(): void {
    this.headWhole = true;
  }

  /** The oldest write is made. */
  confirm(): void {
    this.entries.shift();
    this.writtenCount += 1;
    this.headWhole = false;
  }

  /** The oldest write was refused for good: the next one carries the whole state, since the read model lacks this. */
  skip(): void {
    this.confirm();
    this.headWhole = true;
  }

  /** Every write not yet made, oldest first, each in the form it is to be sent in: what an update's answer carries. */
  pending(): W[] {
    return this.entries.map((entry, index) => (index === 0 && this.headWhole ? entry.whole : entry.bounded));
  }
}
