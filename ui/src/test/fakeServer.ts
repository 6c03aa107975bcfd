import { vi } from 'vitest';

export interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

type Reply = { status?: number; body: unknown } | ((req: Recorded) => { status?: number; body: unknown });

/**
 * A fetch that answers from a table of "METHOD /path" → reply (the path without its query
 * string) and records every request, so tests can assert what the UI asked for.
 */
export function fakeServer(routes: Record<string, Reply>) {
  const requests: Recorded[] = [];
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const path = input.split('?')[0];
    const req: Recorded = {
      method,
      path: input,
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    requests.push(req);
    const route = routes[`${method} ${path}`];
    if (!route) {
      return jsonResponse(404, { error: `no route ${method} ${path}`, message: `no route ${method} ${path}`, code: 5 });
    }
    const reply = typeof route === 'function' ? route(req) : route;
    return jsonResponse(reply.status ?? 200, reply.body);
  });
  return { fetch, requests };
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** An EventSource stand-in the test pushes messages through. */
export class FakeEventSource {
  static last: FakeEventSource | null = null;
  onmessage: ((e: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  onopen: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  emit(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
  /** The connection (re)opened, as EventSource says after connecting and after each reconnect. */
  open() {
    this.onopen?.();
  }
  close() {
    this.closed = true;
  }
}

export const fakeEventSource = (url: string) => new FakeEventSource(url) as unknown as EventSource;
