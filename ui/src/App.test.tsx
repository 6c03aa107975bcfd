import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from './api/ApiClient';
import { memoryTokenStore } from './api/tokenStore';
import { fakeEventSource, fakeServer } from './test/fakeServer';
import applications from './test/fixtures/applications.json';
import { App } from './App';

describe('App', () => {
  it('starts at the login page and shows the applications after signing in', async () => {
    const server = fakeServer({
      'POST /api/v1/session': { body: { token: 'jwt' } },
      'GET /api/v1/applications': { body: applications },
    });
    render(<App api={new ApiClient({ tokens: memoryTokenStore(), fetch: server.fetch, eventSource: fakeEventSource })} />);

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('3 of 3 applications')).toBeTruthy();
    expect(window.location.hash).toBe('#/applications');
  });

  it('goes back to the login page when the session expires', async () => {
    const server = fakeServer({
      'GET /api/v1/applications': { status: 401, body: { error: 'token is expired', message: 'token is expired', code: 16 } },
    });
    render(<App api={new ApiClient({ tokens: memoryTokenStore('old'), fetch: server.fetch, eventSource: fakeEventSource })} />);

    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy());
    expect(window.location.hash).toBe('#/login');
  });

  it('opens an application from its hash route', async () => {
    window.location.hash = '#/applications/payments';
    const server = fakeServer({
      'GET /api/v1/applications/payments': { body: applications.items[1] },
      'GET /api/v1/applications/payments/resource-tree': { body: { nodes: [] } },
      'GET /api/v1/applications/payments/managed-resources': { body: { items: [] } },
      'GET /api/v1/applications/payments/events': { body: { items: [] } },
    });
    render(<App api={new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource })} />);

    expect(await screen.findByRole('heading', { name: 'payments', level: 1 })).toBeTruthy();
  });

  it('logs out through DELETE /api/v1/session', async () => {
    const tokens = memoryTokenStore('t');
    const server = fakeServer({
      'GET /api/v1/applications': { body: applications },
      'DELETE /api/v1/session': { body: {} },
    });
    render(<App api={new ApiClient({ tokens, fetch: server.fetch, eventSource: fakeEventSource })} />);
    await screen.findByText('3 of 3 applications');

    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy());
    expect(server.requests.some((r) => r.method === 'DELETE' && r.path === '/api/v1/session')).toBe(true);
    expect(tokens.get()).toBeNull();
  });
});
