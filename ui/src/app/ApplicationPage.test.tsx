import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/ApiClient';
import { memoryTokenStore } from '../api/tokenStore';
import { FakeEventSource, fakeEventSource, fakeServer } from '../test/fakeServer';
import app from '../test/fixtures/application-guestbook.json';
import events from '../test/fixtures/events-guestbook.json';
import managed from '../test/fixtures/managed-resources-guestbook.json';
import tree from '../test/fixtures/resource-tree-guestbook.json';
import { ApplicationPage } from './ApplicationPage';

const base = '/api/v1/applications/guestbook';
const manualApp = { ...app, spec: { ...app.spec, syncPolicy: { syncOptions: ['CreateNamespace=true'] } } };

function renderPage(overrides: Record<string, Parameters<typeof fakeServer>[0][string]> = {}) {
  const server = fakeServer({
    [`GET ${base}`]: { body: app },
    [`GET ${base}/resource-tree`]: { body: tree },
    [`GET ${base}/managed-resources`]: { body: managed },
    [`GET ${base}/events`]: { body: events },
    [`GET ${base}/revisions/a1b2c3d4e5f6a7b8/metadata`]: {
      body: { author: 'Ada <ada@example.com>', message: 'Scale the UI to three replicas\n\nbody', date: '2026-11-23T08:59:00Z' },
    },
    ...overrides,
  });
  const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
  render(<ApplicationPage api={api} name="guestbook" />);
  return server;
}

async function openNode(label: RegExp) {
  fireEvent.click(await screen.findByRole('button', { name: label }));
  return screen.getByRole('dialog', { name: /.+/ });
}

describe('ApplicationPage', () => {
  it('keeps the state the stream sent when the GET answers after it', async () => {
    renderPage();
    const healthy = { ...app, status: { ...app.status, health: { status: 'Healthy' } } };

    act(() => FakeEventSource.last!.emit({ result: { type: 'MODIFIED', application: healthy } }));
    await screen.findByRole('heading', { name: 'guestbook', level: 1 });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    const summary = document.querySelector('dl.summary') as HTMLElement;
    expect(summary.textContent).toContain('Healthy');
    expect(summary.textContent).not.toContain('Progressing');
  });

  it('summarises source, revisions with commit message and author, destination and policy', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'guestbook', level: 1 });

    const summary = document.querySelector('dl.summary') as HTMLElement;
    expect(summary.textContent).toContain('https://git.example.com/apps.git');
    expect(summary.textContent).toContain('Automated (prune)');
    expect(summary.textContent).toContain('https://kubernetes.default.svc / guestbook');
    await waitFor(() => expect(summary.textContent).toContain('Scale the UI to three replicas'));
    expect(summary.textContent).toContain('by Ada <ada@example.com>');
    expect(within(summary).getByText('a1b2c3d')).toBeTruthy();
  });

  it('shows error conditions prominently with their messages', async () => {
    renderPage();
    const conditions = await screen.findByRole('alert', { name: 'Conditions' });
    expect(conditions.textContent).toContain('1 error condition');
    expect(conditions.textContent).toContain('SyncError: one or more objects failed to apply');
  });

  it('draws the resource tree with health, sync and hook marks on the nodes', async () => {
    renderPage();
    const graph = await screen.findByRole('group', { name: 'Resource tree' });
    await waitFor(() => expect(within(graph).getAllByRole('button').length).toBe(6));

    expect(within(graph).getByRole('button', { name: 'Deployment guestbook-ui, health Progressing, sync OutOfSync' })).toBeTruthy();
    expect(within(graph).getByRole('button', { name: 'Pod guestbook-ui-5d8f-abcde, health Degraded' })).toBeTruthy();
    expect(within(graph).getByRole('button', { name: 'Job db-migrate, health Healthy, sync Synced, hook' })).toBeTruthy();
  });

  it('opens a node on the diff between live and desired, unified or side by side', async () => {
    renderPage();
    await screen.findByRole('button', { name: /^Deployment guestbook-ui/ });
    await waitFor(() => expect(document.querySelector('.tree-node')).toBeTruthy());
    const panel = await openNode(/^Deployment guestbook-ui/);

    const unified = within(panel).getByRole('table', { name: 'Unified diff' });
    const removed = [...unified.querySelectorAll('.diff-del')].map((c) => c.textContent);
    const added = [...unified.querySelectorAll('.diff-add')].map((c) => c.textContent);
    expect(removed).toContain('-  replicas: 1');
    expect(added).toContain('+  replicas: 3');
    expect(added).toContain('+        image: guestbook:v2');

    fireEvent.click(within(panel).getByRole('button', { name: 'Side by side' }));
    const split = within(panel).getByRole('table', { name: 'Side-by-side diff' });
    const row = [...split.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('replicas: 1'))!;
    expect(row.textContent).toContain('replicas: 3');
  });

  it('shows live and desired manifests with Secret values masked as the server sent them', async () => {
    renderPage();
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Secret guestbook-db/ })).toHaveLength(1));
    const panel = await openNode(/^Secret guestbook-db/);

    fireEvent.click(within(panel).getByRole('tab', { name: 'Live manifest' }));
    expect(within(panel).getByText(/password: "\+{9}"/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('tab', { name: 'Desired manifest' }));
    expect(within(panel).getByText(/password: "\+{12}"/)).toBeTruthy();
  });

  it('explains that an owned child has no desired state', async () => {
    renderPage();
    const panel = await openNode(/^Pod guestbook-ui-5d8f-abcde/);
    expect(panel.textContent).toContain('Not managed by the application directly');
    expect(panel.textContent).toContain('ImagePullBackOff');
  });

  it('syncs chosen resources with prune, dry run and apply options', async () => {
    const server = renderPage({ [`POST ${base}/sync`]: { body: app } });
    fireEvent.click(await screen.findByRole('button', { name: 'Sync' }));
    const dialog = screen.getByRole('dialog', { name: 'Sync guestbook' });

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Prune' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Dry run' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Server-side apply' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Secret\/guestbook-db/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dry run' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sync guestbook' })).toBeNull());
    const sync = server.requests.find((r) => r.method === 'POST')!;
    expect(sync.path).toBe(`${base}/sync`);
    expect(sync.body).toEqual({
      name: 'guestbook',
      revision: 'HEAD',
      prune: true,
      dryRun: true,
      syncOptions: { items: ['CreateNamespace=true', 'ServerSideApply=true'] },
      resources: [
        { group: '', kind: 'Service', name: 'guestbook-ui', namespace: 'guestbook' },
        { group: 'apps', kind: 'Deployment', name: 'guestbook-ui', namespace: 'guestbook' },
      ],
    });
  });

  it('closes the sync dialog with Escape and returns focus to the Sync button', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Sync' }));
    const dialog = screen.getByRole('dialog', { name: 'Sync guestbook' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Revision'));

    fireEvent.keyDown(within(dialog).getByLabelText('Revision'), { key: 'Escape' });

    expect(screen.queryByRole('dialog', { name: 'Sync guestbook' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sync' }));
  });

  it('keeps the sync dialog open with the server message when sync is refused', async () => {
    renderPage({
      [`POST ${base}/sync`]: {
        status: 409,
        body: { error: 'another operation is already in progress', message: 'another operation is already in progress', code: 9 },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sync' }));
    fireEvent.click(screen.getByRole('button', { name: 'Synchronize' }));

    const dialog = screen.getByRole('dialog', { name: 'Sync guestbook' });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Sync guestbook: another operation is already in progress',
    );
  });

  it('rolls back to an earlier deployment after confirmation', async () => {
    const server = renderPage({
      [`GET ${base}`]: { body: manualApp },
      [`POST ${base}/rollback`]: { body: manualApp },
    });
    await screen.findByRole('heading', { name: 'guestbook', level: 1 });
    fireEvent.click(screen.getByRole('tab', { name: 'History and rollback' }));

    const history = screen.getByRole('table', { name: 'History' });
    expect(within(history).getAllByRole('row')[1].textContent).toContain('current');
    fireEvent.click(within(history).getByRole('button', { name: 'Roll back to deployment 3' }));
    fireEvent.click(within(history).getByRole('button', { name: 'Confirm rollback to 3' }));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(server.requests.find((r) => r.method === 'POST')!.body).toEqual({ name: 'guestbook', id: 3 });
  });

  it('refuses rollback while automated sync is on', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'guestbook', level: 1 });
    fireEvent.click(screen.getByRole('tab', { name: 'History and rollback' }));

    expect(screen.getByText('Rollback is unavailable while automated sync is enabled.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Roll back to deployment 3' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists events with warnings marked', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'guestbook', level: 1 });
    fireEvent.click(screen.getByRole('tab', { name: 'Events' }));

    const table = await screen.findByRole('table', { name: 'Events' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2].textContent).toContain('⚠ Warning');
    expect(rows[2].textContent).toContain('SyncFailed');
  });

  it('shows the running operation and follows it on the stream', async () => {
    renderPage();
    const operation = await screen.findByRole('region', { name: 'Sync operation' });
    expect(operation.textContent).toContain('Operation: Running');
    expect(operation.textContent).toContain('PreSync hook');
    expect(operation.querySelector('details')!.open).toBe(true);

    const done = {
      ...app,
      status: { ...app.status, conditions: [], operationState: { ...app.status.operationState, phase: 'Succeeded', message: 'successfully synced' } },
    };
    act(() => FakeEventSource.last!.emit({ result: { type: 'MODIFIED', application: done } }));

    expect(FakeEventSource.last!.url).toBe('/api/v1/stream/applications?name=guestbook');
    const finished = screen.getByRole('region', { name: 'Sync operation' });
    expect(finished.textContent).toContain('Operation: Succeeded');
    expect(finished.querySelector('details')!.open).toBe(false);
    expect(screen.queryByRole('alert', { name: 'Conditions' })).toBeNull();
  });

  it('says so when the application does not exist', async () => {
    renderPage({
      [`GET ${base}`]: { status: 404, body: { error: "application 'guestbook' not found", message: "application 'guestbook' not found", code: 5 } },
    });
    expect((await screen.findByRole('alert')).textContent).toBe("Get application guestbook: application 'guestbook' not found");
  });

  it('reads the app again when the stream reconnects, and says so when it was deleted meanwhile', async () => {
    let deleted = false;
    const notFound = { error: "application 'guestbook' not found", message: "application 'guestbook' not found", code: 5 };
    renderPage({ [`GET ${base}`]: () => (deleted ? { status: 404, body: notFound } : { body: app }) });
    act(() => FakeEventSource.last!.open());
    act(() => FakeEventSource.last!.emit({ result: { type: 'MODIFIED', application: app } }));
    await screen.findByRole('heading', { name: 'guestbook', level: 1 });

    // the stream breaks; the app is deleted meanwhile, which the reopened stream never tells
    deleted = true;
    act(() => FakeEventSource.last!.onerror?.());
    act(() => FakeEventSource.last!.open());

    expect(await screen.findByText("Get application guestbook: application 'guestbook' not found")).toBeTruthy();
  });

  it('edits the application and shows the saved policy in the summary', async () => {
    renderPage({ [`PUT ${base}`]: (req) => ({ body: { ...(req.body as object), status: app.status } }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit guestbook' });

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Automated sync' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.querySelector('dl.summary')!.textContent).toContain('Manual');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
  });

  it('deletes the application after confirmation and goes back to the list', async () => {
    const server = renderPage({ [`DELETE ${base}`]: { body: {} } });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete guestbook?' });

    fireEvent.click(within(dialog).getByRole('radio', { name: /^Background/ }));
    fireEvent.change(within(dialog).getByLabelText('Type guestbook to confirm'), { target: { value: 'guestbook' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(window.location.hash).toBe('#/applications'));
    expect(server.requests.find((r) => r.method === 'DELETE')!.path).toBe(`${base}?cascade=true&propagationPolicy=background`);
  });
});
