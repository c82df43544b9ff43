import { rechunk } from './document-store';

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const piece of source) out.push(piece);
  return out;
}

async function* pieces(...sizes: number[]): AsyncGenerator<Buffer> {
  let byte = 0;
  for (const size of sizes) yield Buffer.from(Array.from({ length: size }, () => byte++ % 256));
}

describe('a file cut into stored pieces', () => {
  it('has pieces of exactly the chunk size whatever the stream yields, the last shorter, the bytes in order', async () => {
    const out = await collect(rechunk(pieces(3, 10, 1, 7), 4));
    expect(out.map((p) => p.length)).toEqual([4, 4, 4, 4, 4, 1]);
    expect(Buffer.concat(out)).toEqual(Buffer.concat(await collect(pieces(3, 10, 1, 7))));
  });

  it('ends with no empty piece when the size divides the file', async () => {
    expect((await collect(rechunk(pieces(8), 4))).map((p) => p.length)).toEqual([4, 4]);
    expect(await collect(rechunk(pieces(), 4))).toEqual([]);
  });
});
