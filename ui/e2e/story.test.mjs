// The web UI in Debian's Chromium against a running `mooring demo`, one story in order:
// log in, see the example apps, open one, turn auto-sync off through the edit form, watch drift
// make it OutOfSync, sync it from the keyboard, roll it back, create an app through the form
// (a refused one first, showing the server's messages), delete it.
// Run by e2e's BrowserEndToEndTest, which starts the demo and sets MOORING_* (see browser.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test as nodeTest } from 'node:test';
import { logIn, openBrowser, target } from './browser.mjs';
import { focused, horizontalOverflow, unlabelledControls } from './checks.mjs';

const EXAMPLES = ['examples', 'guestbook', 'hello-chart', 'release-waves', 'shop-production', 'shop-staging'];
const SLOW = { timeout: 60_000 };
let failed = null;

/** A step of the story: once one fails, the later ones are skipped (they build on it). */
function test(name, options, fn) {
  const body = fn ?? options;
  const given = fn ? options : {};
  nodeTest(name, given, async (t) => {
    if (failed) {
      t.skip(`after "${failed}" failed`);
      return;
    }
    try {
      await body(t);
    } catch (e) {
      failed = name;
      // what the page showed, for a CI log that has no screenshot viewer
      const shown = await page?.locator('body').innerText({ timeout: 5_000 }).catch(() => '(page text unavailable)');
      console.error(`the page when "${name}" failed:\n${shown}`);
      await page?.screenshot({ path: `${process.env.MOORING_E2E_OUT ?? '.'}/failed-step.png` }).catch(() => undefined);
      throw e;
    }
  });
}
const server = target();
let browser;
let page;

async function pageIsAccessible(what) {
  assert.deepEqual(await unlabelledControls(page), [], `${what}: every control has a label`);
  assert.equal(await horizontalOverflow(page), 0, `${what}: nothing scrolls sideways at 1280 px`);
}

const summary = () => page.locator('dl.summary');
const operation = () => page.getByRole('region', { name: 'Sync operation' });
const historyRows = () => page.getByRole('table', { name: 'History' }).locator('tbody tr');

before(async () => {
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(30_000);
});

after(async () => {
  await browser?.close();
});

test('logs in and sees every example application with its badges', async () => {
  await logIn(page, server);
  for (const name of EXAMPLES) {
    await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) }).waitFor();
  }
  await page.getByText(`${EXAMPLES.length} of ${EXAMPLES.length} applications`).waitFor();
  const guestbook = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'guestbook', exact: true }) });
  await guestbook.getByText('Synced').waitFor(SLOW);
  await guestbook.getByText('Healthy').waitFor(SLOW);
  await pageIsAccessible('applications tiles');

  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('row').filter({ hasText: 'shop-production' }).waitFor();
  await pageIsAccessible('applications table');
  await page.getByRole('button', { name: 'Tiles' }).click();
});

/** Opens an application from the list and waits for its page. */
async function openApplication(name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** Unchecks "Automated sync" in the edit form, saves, and sees the summary say Manual. */
async function turnAutomatedSyncOff(name) {
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  assert.equal(await focused(page), 'Application name', 'focus moves into the dialog');
  await pageIsAccessible('edit form');
  await dialog.getByRole('checkbox', { name: 'Automated sync' }).uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await focused(page), 'Edit', 'focus returns to the Edit button');
  await summary().getByText('Manual').waitFor();
}

test('turns automated sync off for the app of apps, so it keeps the children as edited', async () => {
  await openApplication('examples');
  await turnAutomatedSyncOff('examples');
});

test('opens guestbook on its resource tree and turns its automated sync off', async () => {
  await openApplication('guestbook');
  const tree = page.getByRole('group', { name: 'Resource tree' });
  await tree.getByRole('button', { name: /^Deployment guestbook-web, health Healthy, sync Synced/ }).waitFor();
  await pageIsAccessible('application page');
  await turnAutomatedSyncOff('guestbook');
});

test('shows drift in the cluster as OutOfSync without a reload, and its diff', { skip: !server.kubeconfig && 'MOORING_KUBECONFIG not set' }, async () => {
  execFileSync('kubectl', ['scale', 'deployment', 'guestbook-web', '-n', 'guestbook', '--replicas=0'], {
    env: { ...process.env, KUBECONFIG: server.kubeconfig },
    stdio: 'pipe',
  });
  await summary().locator('.badge.sync-OutOfSync').waitFor(SLOW);

  const deployment = page.getByRole('group', { name: 'Resource tree' }).getByRole('button', { name: /^Deployment guestbook-web, .*sync OutOfSync/ });
  await deployment.waitFor(SLOW);
  await deployment.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Deployment guestbook-web' });
  const unified = panel.getByRole('table', { name: 'Unified diff' });
  await unified.waitFor();
  const removed = await unified.locator('.diff-del').allTextContents();
  const added = await unified.locator('.diff-add').allTextContents();
  assert.ok(removed.some((line) => /replicas: 0$/.test(line)), `live replicas 0 shown as removed: ${removed}`);
  assert.ok(added.some((line) => /replicas: 2$/.test(line)), `desired replicas 2 shown as added: ${added}`);
  await panel.getByRole('button', { name: 'Side by side' }).click();
  await panel.getByRole('table', { name: 'Side-by-side diff' }).waitFor();
  await pageIsAccessible('resource panel');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
});

test('syncs from the keyboard and follows the operation to Synced', async () => {
  const sync = page.getByRole('button', { name: 'Sync', exact: true });
  await sync.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Sync guestbook' });
  assert.equal(await focused(page), 'Revision', 'focus moves to the first field');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await focused(page), 'Sync', 'Escape closes the dialog and focus returns to Sync');

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await pageIsAccessible('sync dialog');
  await page.keyboard.press('Enter'); // submits from the Revision field
  await dialog.waitFor({ state: 'detached' });
  await summary().locator('.badge.sync-Synced').waitFor(SLOW);
  await operation().getByText('Operation: Succeeded').waitFor(SLOW);
});

test('rolls back to the first deployment from the history', async () => {
  await page.getByRole('tab', { name: 'History and rollback' }).click();
  await pageIsAccessible('history');
  const rows = historyRows();
  await page.waitForFunction(() => document.querySelectorAll('table[aria-label="History"] tbody tr').length >= 2, null, SLOW);
  const before = await rows.count();
  const oldest = (await rows.last().locator('td').first().textContent()).trim();

  await page.getByRole('button', { name: `Roll back to deployment ${oldest}` }).click();
  await page.getByRole('button', { name: `Confirm rollback to ${oldest}` }).click();

  await page.waitForFunction(
    (count) => document.querySelectorAll('table[aria-label="History"] tbody tr').length === count + 1,
    before,
    SLOW,
  );
  await operation().getByText('Operation: Succeeded').waitFor(SLOW);
  await summary().locator('.badge.sync-Synced').waitFor(SLOW);
});

test('creates an application through the form, after the server refused an invalid one', async () => {
  await page.getByRole('link', { name: '← Applications' }).click();
  await page.getByRole('heading', { name: 'Applications', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'New application' }).click();
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await pageIsAccessible('create form');

  await dialog.getByLabel('Application name', { exact: true }).fill('Browser_Made');
  await dialog.getByLabel('Repository URL', { exact: true }).fill(server.repoURL ?? 'http://127.0.0.1/examples.git');
  await dialog.getByLabel('Path', { exact: true }).fill('guestbook');
  await dialog.getByLabel('Namespace', { exact: true }).fill('browser-made');
  await dialog.getByRole('checkbox', { name: /^Auto-create namespace/ }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();

  const alert = dialog.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /metadata\.name: 'Browser_Made' is not a valid/);
  const name = dialog.getByLabel('Application name', { exact: true });
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.match(await dialog.locator('#app-name-error').textContent(), /is not a valid/);

  await name.fill('browser-made');
  await dialog.getByRole('checkbox', { name: 'Automated sync' }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: 'browser-made', level: 1 }).waitFor();
  await summary().locator('.badge.sync-Synced').waitFor(SLOW);
  await summary().locator('.badge.health-Healthy').waitFor(SLOW);
});

test('deletes the application after typing its name, and it leaves the list', async () => {
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete browser-made?' });
  assert.equal(await focused(page), 'Type browser-made to confirm');
  await pageIsAccessible('delete dialog');
  assert.equal(await dialog.getByRole('button', { name: 'Delete' }).isDisabled(), true);
  await page.keyboard.type('browser-made');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Applications', level: 1 }).waitFor();
  await page.getByText(`${EXAMPLES.length} of ${EXAMPLES.length} applications`).waitFor(SLOW);
  assert.equal(await page.getByRole('heading', { name: 'browser-made', exact: true }).count(), 0);
});

test('switches to the dark theme', async () => {
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await pageIsAccessible('dark theme');
});
