// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium with a fresh profile; `close()` stops it and removes the profile.
 * The page is 1280 px wide, the width the UI must work at.
 */
export async function openBrowser({ colorScheme = 'light' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'mooring-chromium-'));
  // a fresh --user-data-dir: playwright passes the profile directory given here as that flag
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the test needs to know about the running server, from the environment the runner sets. */
export function target() {
  const url = process.env.MOORING_URL;
  const password = process.env.MOORING_ADMIN_PASSWORD;
  if (!url || !password) {
    throw new Error('set MOORING_URL and MOORING_ADMIN_PASSWORD (the URL and admin password mooring demo prints)');
  }
  return { url, password, kubeconfig: process.env.MOORING_KUBECONFIG, repoURL: process.env.MOORING_REPO_URL };
}

/** Signs in as admin and waits for the applications page. */
export async function logIn(page, { url, password }) {
  await page.goto(url);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Applications', level: 1 }).waitFor();
}
