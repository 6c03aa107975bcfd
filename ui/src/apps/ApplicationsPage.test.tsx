import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/ApiClient';
import { memoryTokenStore } from '../api/tokenStore';
import type { Application } from '../api/types';
import { FakeEventSource, fakeEventSource, fakeServer } from '../test/fakeServer';
import fixture from '../test/fixtures/applications.json';
import { ApplicationsPage } from './ApplicationsPage';

function renderPage(items: unknown[] = fixture.items) {
  const server = fakeServer({ 'GET /api/v1/applications': { body: { metadata: {}, items } } });
  const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
  render(<ApplicationsPage api={api} />);
}

const tileNames = () =>
  screen.queryAllByRole('listitem').map((item) => within(item).getByRole('heading').textContent);

describe('ApplicationsPage', () => {
  it('shows each application as a tile with its health and sync badges', async () => {
    renderPage();
    await screen.findByText('3 of 3 applications');

    const payments = screen.getAllByRole('listitem')[1];
    expect(within(payments).getByRole('heading').textContent).toBe('payments');
    expect(within(payments).getByText('Degraded')).toBeTruthy();
    expect(within(payments).getByText('OutOfSync')).toBeTruthy();
    expect(within(payments).getByRole('link').getAttribute('href')).toBe('#/applications/payments');
  });

  it('filters by health and shows counts per status', async () => {
    renderPage();
    await screen.findByText('3 of 3 applications');
    const health = screen.getByRole('group', { name: 'Health status' });
    expect(within(health).getByRole('checkbox', { name: 'Progressing 1 applications' })).toBeTruthy();
    expect(within(health).getByRole('checkbox', { name: 'Suspended 0 applications' })).toBeTruthy();

    fireEvent.click(within(health).getByRole('checkbox', { name: /Progressing/ }));

    expect(screen.getByText('1 of 3 applications')).toBeTruthy();
    expect(tileNames()).toEqual(['ledger']);
  });

  it('filters by label selector and free text', async () => {
    renderPage();
    await screen.findByText('3 of 3 applications');

    fireEvent.change(screen.getByLabelText('Labels'), { target: { value: 'team=billing' } });
    expect(tileNames()).toEqual(['payments', 'ledger']);

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'ledger' } });
    expect(tileNames()).toEqual(['ledger']);
  });

  it('switches to the table view with one row per application', async () => {
    renderPage();
    await screen.findByText('3 of 3 applications');

    fireEvent.click(screen.getByRole('button', { name: 'Table' }));

    const table = screen.getByRole('table', { name: 'Applications' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[2]).getAllByRole('cell').map((c) => c.textContent?.trim())[0]).toBe('payments');
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('applies live updates from the stream without reloading', async () => {
    renderPage();
    await screen.findByText('3 of 3 applications');
    const healed = { ...(fixture.items[1] as Application), status: { sync: { status: 'Synced' }, health: { status: 'Healthy' } } };

    act(() => FakeEventSource.last!.emit({ result: { type: 'MODIFIED', application: healed } }));

    const payments = screen.getAllByRole('listitem')[1];
    expect(within(payments).getByText('Healthy')).toBeTruthy();
    expect(within(payments).getByText('Synced')).toBeTruthy();
  });

  it('keeps a live update that arrived while the list was loading', async () => {
    renderPage();
    const healed = { ...(fixture.items[1] as Application), status: { sync: { status: 'Synced' }, health: { status: 'Healthy' } } };

    // the stream speaks before the list has answered: the list's older state must not win
    act(() => FakeEventSource.last!.emit({ result: { type: 'MODIFIED', application: healed } }));
    await screen.findByText('3 of 3 applications');

    const payments = screen.getAllByRole('listitem')[1];
    expect(within(payments).getByText('Healthy')).toBeTruthy();
    expect(within(payments).queryByText('Degraded')).toBeNull();
  });

  it('lists again when the stream reconnects, so an app deleted during the break leaves', async () => {
    let items = fixture.items;
    const server = fakeServer({ 'GET /api/v1/applications': () => ({ body: { metadata: {}, items } }) });
    const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
    render(<ApplicationsPage api={api} />);
    act(() => FakeEventSource.last!.open());
    await screen.findByText('3 of 3 applications');

    // the stream breaks; meanwhile payments is deleted, which the reopened stream never tells
    items = fixture.items.filter((app) => app.metadata.name !== 'payments');
    act(() => FakeEventSource.last!.onerror?.());
    act(() => FakeEventSource.last!.open());

    await screen.findByText('2 of 2 applications');
    expect(tileNames()).not.toContain('payments');
  });

  it('keeps the DOM small with three thousand applications', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...fixture.items[0],
      metadata: { name: `app-${String(i).padStart(4, '0')}` },
    }));
    renderPage(many);
    await screen.findByText('3000 of 3000 applications');

    expect(screen.getAllByRole('listitem').length).toBeLessThan(60);
    expect(tileNames()[0]).toBe('app-0000');
  });

  it('shows a readable error when the list cannot be loaded', async () => {
    const server = fakeServer({
      'GET /api/v1/applications': { status: 403, body: { error: 'permission denied', message: 'permission denied', code: 7 } },
    });
    const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
    render(<ApplicationsPage api={api} />);

    expect((await screen.findByRole('alert')).textContent).toBe('List applications: permission denied');
  });

  it('creates an application from the form and opens it', async () => {
    const server = fakeServer({
      'GET /api/v1/applications': { body: { metadata: {}, items: fixture.items } },
      'POST /api/v1/applications': (req) => ({ body: req.body }),
    });
    const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
    render(<ApplicationsPage api={api} />);
    await screen.findByText('3 of 3 applications');

    fireEvent.click(screen.getByRole('button', { name: 'New application' }));
    const dialog = screen.getByRole('dialog', { name: 'New application' });
    fireEvent.change(within(dialog).getByLabelText('Application name'), { target: { value: 'shop' } });
    fireEvent.change(within(dialog).getByLabelText('Repository URL'), { target: { value: 'http://git.example/apps.git' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(window.location.hash).toBe('#/applications/shop'));
    expect(server.requests.find((r) => r.method === 'POST')!.body).toMatchObject({ metadata: { name: 'shop' } });
  });
});
