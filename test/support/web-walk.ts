/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './browser';

/**
 * What a browser walk through a seed case does again and again, as its people do it: sign in, send a move form,
 * confirm a binding move ("Granska och skicka", then "Skicka"), and check every page it sees with axe-core,
 * saved as a numbered screenshot. Shared by the walks of the Skåne and the Västernorrland cases.
 */
export interface WebWalk {
  /** axe-core's WCAG 2.0/2.1 A and AA rules find nothing on the page; the page is saved as `<prefix>NN-<name>.png`. */
  check(name: string): Promise<void>;
  /** Signs in with the sign-in page's button of a demo user, after signing out whoever was signed in. */
  signInAs(name: string): Promise<void>;
  /**
   * Signs in a person who has no demo button, the way an OpenID Connect sign-in hands the page a token: in
   * sessionStorage under `iop.token`, then the app is loaded at `hash`.
   */
  signInWithToken(token: string, hash: string): Promise<void>;
  /** Sends the move form of the fieldset with this legend by its button, and waits for "Sparat.". */
  submit(legend: string, button: string): Promise<void>;
  /** A binding move: its button shows the summary, which may be checked as `checkAs`; "Skicka" sends it. */
  submitAndConfirm(legend: string, button: string, checkAs?: string): Promise<void>;
}

/** axe-core's WCAG 2.0/2.1 A and AA rules find nothing on the page, which is saved as the screenshot `file`. */
export async function expectAccessible(page: Page, name: string, file: string): Promise<void> {
  const violations = await accessibilityViolations(page, file);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
}

/** Signs in with the sign-in page's button of a demo user, after signing out whoever was signed in. */
export async function signInAs(page: Page, base: string, name: string): Promise<void> {
  await page.goto(`${base}/app/#/`);
  await page
    .getByRole('button', { name: /Logga ut|Sign out/ })
    .click({ timeout: 500 })
    .catch(() => undefined);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  // Signed in once the header names the person (the token arrives asynchronously).
  await page.locator('#who', { hasText: name }).waitFor();
}

export function webWalk(page: () => Page, base: () => string, screenshotPrefix = ''): WebWalk {
  let shot = 0;
  const walk: WebWalk = {
    async check(name) {
      shot += 1;
      await expectAccessible(page(), name, `${screenshotPrefix}${String(shot).padStart(2, '0')}-${name}.png`);
    },

    signInAs: (name) => signInAs(page(), base(), name),

    async signInWithToken(token, hash) {
      await page().goto(`${base()}/app/#/`);
      await page().evaluate((value) => sessionStorage.setItem('iop.token', value), token);
      await page().goto(`${base()}/app/${hash}`);
      // The app reads the token when it loads: a change of the address's hash alone would not load it again.
      await page().reload();
    },

    async submit(legend, button) {
      await page()
        .locator('fieldset', { has: page().locator('legend', { hasText: legend }) })
        .getByRole('button', { name: button, exact: true })
        .click();
      await page().getByText('Sparat.').waitFor();
    },

    async submitAndConfirm(legend, button, checkAs) {
      const form = page().locator('form.move', { has: page().locator('legend', { hasText: legend }) });
      await form.getByRole('button', { name: button, exact: true }).click();
      await form.getByRole('heading', { name: 'Granska och skicka' }).waitFor();
      if (checkAs) await walk.check(checkAs);
      await form.locator('[data-confirm="send"]').click();
      await page().getByText('Sparat.').waitFor();
    },
  };
  return walk;
}
