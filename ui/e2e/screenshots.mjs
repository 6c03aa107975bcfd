// Screenshots of the main pages for the READMEs, taken in Debian's Chromium at 1280×800 against a
// fresh `mooring demo` (scripts/screenshots.sh starts it and sets MOORING_*).
// Usage: node e2e/screenshots.mjs <output dir>
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { logIn, openBrowser, target } from './browser.mjs';

const out = process.argv[2] ?? '../docs/screenshots';
mkdirSync(out, { recursive: true });
const server = target();

/** Turns an app's automated sync off through the API, so drift stays visible (the app of apps first). */
async function manualSync(names) {
  const session = await fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: server.password }),
  }).then((r) => r.json());
  for (const name of names) {
    const response = await fetch(`${server.url}/api/v1/applications/${name}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ patchType: 'merge', patch: JSON.stringify({ spec: { syncPolicy: { automated: null } } }) }),
    });
    if (!response.ok) throw new Error(`turning auto-sync off for ${name}: ${response.status} ${await response.text()}`);
  }
}

/** Scrolls a diff line to the middle of the panel, with the diff at its left edge. */
function showLine(line) {
  line.scrollIntoView({ block: 'center' });
  line.closest('.diff-scroll').scrollLeft = 0;
}

async function shoot(page, name) {
  await page.waitForTimeout(300); // let transitions and late SSE updates settle
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`wrote ${join(out, `${name}.png`)}`);
}

const light = await openBrowser();
try {
  const page = light.page;
  page.setDefaultTimeout(60_000);
  await page.goto(server.url);
  await page.getByLabel('Password').waitFor();
  await shoot(page, 'login');

  await logIn(page, server);
  await page.locator('.tile .sync-Synced').nth(5).waitFor();
  await shoot(page, 'applications-tiles');
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('row').filter({ hasText: 'shop-production' }).waitFor();
  await shoot(page, 'applications-table');
  await page.getByRole('button', { name: 'Tiles' }).click();

  await manualSync(['examples', 'guestbook']);
  execFileSync('kubectl', ['scale', 'deployment', 'guestbook-web', '-n', 'guestbook', '--replicas=1'], {
    env: { ...process.env, KUBECONFIG: server.kubeconfig },
    stdio: 'pipe',
  });
  await page.getByRole('link', { name: /^guestbook/ }).click();
  await page.getByRole('heading', { name: 'guestbook', level: 1 }).waitFor();
  await page.locator('dl.summary .sync-OutOfSync').waitFor();
  await page.getByRole('group', { name: 'Resource tree' }).getByRole('button', { name: /^Deployment guestbook-web/ }).waitFor();
  await shoot(page, 'application-tree');

  await page.getByRole('button', { name: /^Deployment guestbook-web, .*OutOfSync/ }).click();
  await page.getByRole('tab', { name: 'Diff' }).click();
  await page.getByRole('table', { name: 'Unified diff' }).waitFor();
  await page.locator('.diff-del').first().evaluate(showLine);
  await shoot(page, 'application-diff');
  await page.getByRole('button', { name: 'Side by side' }).click();
  await page.locator('.diff-del').first().evaluate(showLine);
  await shoot(page, 'application-diff-side-by-side');
  await page.getByRole('button', { name: 'Close resource' }).click();

  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  await page.getByRole('dialog', { name: 'Sync guestbook' }).waitFor();
  await shoot(page, 'sync-dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
  await page.getByRole('button', { name: 'New application' }).click();
  const form = page.getByRole('dialog', { name: 'New application' });
  await form.getByLabel('Application name', { exact: true }).fill('Web_Shop');
  await form.getByLabel('Path', { exact: true }).fill('shop/overlays/staging');
  await form.getByLabel('Namespace', { exact: true }).fill('web shop');
  await form.getByRole('button', { name: 'Create' }).click();
  await form.getByRole('alert').waitFor();
  await shoot(page, 'create-form-validation');
  await page.keyboard.press('Escape');
} finally {
  await light.close();
}

const dark = await openBrowser({ colorScheme: 'dark' });
try {
  const page = dark.page;
  page.setDefaultTimeout(60_000);
  await logIn(page, server);
  await page.locator('.tile .badge').first().waitFor();
  await shoot(page, 'applications-tiles-dark');
  await page.getByRole('link', { name: /^guestbook/ }).click();
  await page.getByRole('group', { name: 'Resource tree' }).getByRole('button', { name: /^Deployment guestbook-web, .*OutOfSync/ }).click();
  await page.getByRole('tab', { name: 'Diff' }).click();
  await page.getByRole('table', { name: 'Unified diff' }).waitFor();
  await page.locator('.diff-del').first().evaluate(showLine);
  await shoot(page, 'application-diff-dark');
} finally {
  await dark.close();
}
