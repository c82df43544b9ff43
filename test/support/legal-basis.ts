import { FORUM_KEYS, SKR_CRITERIA } from '../../libs/domain/src';

/**
 * A complete assessment of why IOP (POST /partnerships/:id/legal-basis): since rules version 3 the dialogue closes
 * only once one is recorded, so every test that drives a partnership to drafting records it first.
 */
export const LEGAL_BASIS = {
  criteria: Object.fromEntries(
    SKR_CRITERIA.map((c) => [c, { assessment: 'MET', comment: 'Bedömt i dialogen: båda parter bidrar och styr gemensamt.' }]),
  ),
  forumKeys: Object.fromEntries(FORUM_KEYS.map((k) => [k, 'Beskrivet i problemformuleringen och dialogens anteckningar.'])),
  conclusion: 'Ett IOP: samverkan kring ett gemensamt behov, samfinansierat, inget köp av en tjänst.',
};

/**
 * Fills in and saves the officer's form "Bedöm varför IOP" on the partnership page: every criterion met with a
 * comment, every key with how it is met, the conclusion; waits for "Sparat.".
 */
export async function recordLegalBasisInBrowser(page: import('playwright-core').Page, assessment = 'MET'): Promise<void> {
  const form = page.locator('form.move', { has: page.locator('legend', { hasText: 'Bedöm varför IOP' }) });
  for (const select of await form.locator('select').all()) await select.selectOption(assessment);
  for (const box of await form.locator('textarea').all()) await box.fill('Bedömt gemensamt i dialogen.');
  await form.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.getByText('Sparat.').waitFor();
}
