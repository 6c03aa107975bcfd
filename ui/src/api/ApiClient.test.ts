import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './ApiClient';
import { ApiError } from './ApiError';
import { memoryTokenStore } from './tokenStore';
import { FakeEventSource, fakeEventSource, fakeServer } from '../test/fakeServer';
import applications from '../test/fixtures/applications.json';

describe('ApiClient', () => {
  it('sends the token from login as a bearer token on later calls', async () => {
    const server = fakeServer({
      'POST /api/v1/session': { body: { token: 'tkn-123' } },
      'GET /api/v1/applications': { body: applications },
    });
    const client = new ApiClient({ tokens: memoryTokenStore(), fetch: server.fetch });

    await client.login('admin', 'pw');
    const apps = await client.listApplications();

    expect(server.requests[0].body).toEqual({ username: 'admin', password: 'pw' });
    expect(server.requests[1].headers.Authorization).toBe('Bearer tkn-123');
    expect(apps.map((a) => a.metadata.name)).toEqual(['guestbook', 'payments', 'ledger']);
  });

  it('follows the continue token of each page with limit and continue parameters', async () => {
    const [first, second] = [applications.items.slice(0, 2), applications.items.slice(2)];
    const server = fakeServer({
      'GET /api/v1/applications': (req) =>
        req.path.includes('continue=page2')
          ? { body: { metadata: {}, items: second } }
          : { body: { metadata: { continue: 'page2', remainingItemCount: 1 }, items: first } },
    });
    const client = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, pageSize: 2 });

    const apps = await client.listApplications();

    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v1/applications?limit=2',
      '/api/v1/applications?limit=2&continue=page2',
    ]);
    expect(apps).toHaveLength(3);
  });

  it('surfaces the message of an Argo CD error body', async () => {
    const server = fakeServer({
      'GET /api/v1/applications/nope': {
        status: 404,
        body: { error: "application 'nope' not found", message: "application 'nope' not found", code: 5 },
      },
    });
    const client = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch });

    const error = (await client.getApplication('nope').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe("Get application nope: application 'nope' not found");
    expect(error.status).toBe(404);
    expect(error.code).toBe(5);
  });

  it('describes a non-JSON failure by its HTTP status', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 502, statusText: 'Bad Gateway' }));
    const client = new ApiClient({ tokens: memoryTokenStore('t'), fetch });

    await expect(client.getApplication('a')).rejects.toThrow('Get application a: HTTP 502 Bad Gateway');
  });

  it('forgets the token and calls onUnauthorized when the server answers 401', async () => {
    const tokens = memoryTokenStore('expired');
    const onUnauthorized = vi.fn();
    const server = fakeServer({
      'GET /api/v1/applications': { status: 401, body: { error: 'token is expired', message: 'token is expired', code: 16 } },
    });
    const client = new ApiClient({ tokens, fetch: server.fetch, onUnauthorized });

    await expect(client.listApplications()).rejects.toThrow('List applications: token is expired');
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(tokens.get()).toBeNull();
  });

  it('does not treat a failed login as an expired session', async () => {
    const onUnauthorized = vi.fn();
    const server = fakeServer({
      'POST /api/v1/session': { status: 401, body: { error: 'Invalid username or password', message: 'Invalid username or password', code: 16 } },
    });
    const client = new ApiClient({ tokens: memoryTokenStore(), fetch: server.fetch, onUnauthorized });

    await expect(client.login('admin', 'bad')).rejects.toThrow('Log in: Invalid username or password');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('posts a sync request in Argo CD shape', async () => {
    const server = fakeServer({ 'POST /api/v1/applications/guestbook/sync': { body: applications.items[0] } });
    const client = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch });

    await client.sync('guestbook', { prune: true, dryRun: false, syncOptions: { items: ['ServerSideApply=true'] } });

    expect(server.requests[0].body).toEqual({
      name: 'guestbook',
      prune: true,
      dryRun: false,
      syncOptions: { items: ['ServerSideApply=true'] },
    });
  });

  it('delivers stream events and ignores keep-alives without an application', () => {
    const client = new ApiClient({ tokens: memoryTokenStore('t'), eventSource: fakeEventSource });
    const events: string[] = [];

    const close = client.watchApplications((e) => events.push(`${e.type} ${e.application.metadata.name}`));
    FakeEventSource.last!.emit({ result: { type: 'MODIFIED', application: applications.items[1] } });
    FakeEventSource.last!.emit({ result: {} });
    close();

    expect(FakeEventSource.last!.url).toBe('/api/v1/stream/applications');
    expect(events).toEqual(['MODIFIED payments']);
    expect(FakeEventSource.last!.closed).toBe(true);
  });

  it('tells of each reconnection of the stream, not of its first connection', () => {
    const client = new ApiClient({ tokens: memoryTokenStore('t'), eventSource: fakeEventSource });
    let reopened = 0;

    client.watchApplications(() => undefined, { name: 'payments', onReopen: () => reopened++ });
    FakeEventSource.last!.open();
    expect(reopened).toBe(0);
    FakeEventSource.last!.open();

    expect(reopened).toBe(1);
    expect(FakeEventSource.last!.url).toBe('/api/v1/stream/applications?name=payments');
  });
});
