/**
 * The answers figure of `npm run bench`: an organisation answering a task through the API, beside a bare update round
 * trip on the same server, in a spaced round and a back-to-back one.
 */
import { awaitOpeningRecordedUpdate } from '../../workflows/partnership/messages';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { Figure, say } from './bench-figures';
import type { BenchStack } from './bench-stack';
import { ms, percentile, timed } from './bench-stats';

/** Between the measurements of the spaced round: past the workflow's own write of the answer before. */
const SPACING_MS = 50;

/** The figures, and the first partnership answered (the reads give it a long timeline). */
export async function benchAnswers(stack: BenchStack): Promise<{ figures: Figure[]; long: string }> {
  const { createThroughApi, post, representative, client } = stack;
  const figures: Figure[] = [];
  const answers = 200;
  const warmUp = 100;
  const ids: string[] = [];
  for (let i = 0; i < 2 * answers + warmUp; i++) ids.push(await createThroughApi(`Svar ${i}`));
  const pause = (gapMs: number) => new Promise((resolve) => setTimeout(resolve, gapMs));
  const answerRound = async (round: string[], idle: string[], gapMs: number) => {
    const apiSamples: number[] = [];
    const bare: number[] = [];
    for (const [i, id] of round.entries()) {
      const response = await timed(apiSamples, () => post(`/partnerships/${id}/invitation-response`, representative, { accept: true }));
      if (response.status !== 200) throw new Error(`answer: ${response.status} ${await response.text()}`);
      await pause(gapMs);
      await timed(bare, () => client.workflow.getHandle(partnershipWorkflowId(idle[i])).executeUpdate(awaitOpeningRecordedUpdate));
      await pause(gapMs);
    }
    return { api: apiSamples, bare };
  };
  // Each round's bare updates go to the partnerships the other round answers (before or after it, never during).
  const [first, second, spare] = [ids.slice(0, answers), ids.slice(answers, 2 * answers), ids.slice(2 * answers)];
  const long = first[0];
  // Unmeasured: the API and the worker run their code paths once before the figures count.
  await answerRound(spare, first, 0);
  const backToBack = await answerRound(second, first, 0);
  const spaced = await answerRound(first, second, SPACING_MS);
  say();
  say(`An organisation answers a task (HTTP → update → validator → PostgreSQL), ${answers} answers per round, each followed by a bare update:`);
  for (const [name, round] of [
    [`spaced ${SPACING_MS} ms`, spaced],
    ['back to back', backToBack],
  ] as const) {
    const ratio = percentile(round.api, 95) / percentile(round.bare, 95);
    const line = (samples: number[]) => `p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  p99 ${ms(percentile(samples, 99))}`;
    say(`  ${name}:`);
    say(`    API         ${line(round.api)}`);
    say(`    bare update ${line(round.bare)}`);
    say(`    ratio of p95: ${ratio.toFixed(2)}×   (target ≤ 1.5× bare: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
    figures.push({
      name: `answer, ${name} (p50/p95/p99)`,
      engine: line(round.api)
        .replace(/p\d+ /g, '')
        .replace(/ ms {2}/g, ' / '),
      baseline: line(round.bare)
        .replace(/p\d+ /g, '')
        .replace(/ ms {2}/g, ' / '),
      ratio: `${ratio.toFixed(2)}× at p95`,
      target: ratio <= 1.5 ? 'met' : 'NOT met',
    });
  }
  return { figures, long };
}
