import { ApiError } from './ApiError';
import type { TokenStore } from './tokenStore';
import type {
  Application,
  ApplicationList,
  ApplicationTree,
  ApplicationWatchEvent,
  KubeEvent,
  ResourceDiff,
  RevisionMetadata,
  RollbackRequest,
  SyncRequest,
} from './types';

/** How DELETE cascades: Argo CD's `propagationPolicy`, or `none` for `cascade=false`. */
export type DeletePropagation = 'foreground' | 'background' | 'none';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** What a watch of the application stream tells besides its events. */
export interface WatchOptions {
  /** Only this application's events. */
  name?: string;
  /** The stream broke (it reconnects by itself). */
  onError?: (message: string) => void;
  /** The stream is open again after a break: what changed meanwhile was not sent. */
  onReopen?: () => void;
}

/** How the client opens the SSE stream; a test passes a fake. */
export type EventSourceFactory = (url: string) => EventSource;

export interface ApiClientOptions {
  tokens: TokenStore;
  fetch?: Fetch;
  eventSource?: EventSourceFactory;
  /** Called when the server answers 401: the session is gone, show the login page. */
  onUnauthorized?: () => void;
  /** Page size asked of GET /api/v1/applications (Kubernetes-style limit/continue). */
  pageSize?: number;
}

const enc = encodeURIComponent;

/** The REST client of Mooring's (Argo CD-shaped) API; every call carries the bearer token. */
export class ApiClient {
  private readonly tokens: TokenStore;
  private readonly fetchImpl: Fetch;
  private readonly eventSource: EventSourceFactory;
  private readonly pageSize: number;
  onUnauthorized: () => void;

  constructor(options: ApiClientOptions) {
    this.tokens = options.tokens;
    this.fetchImpl = options.fetch ?? ((input, init) => window.fetch(input, init));
    this.eventSource =
      options.eventSource ?? ((url) => new EventSource(url, { withCredentials: true }));
    this.onUnauthorized = options.onUnauthorized ?? (() => {});
    this.pageSize = options.pageSize ?? 500;
  }

  get loggedIn(): boolean {
    return this.tokens.get() !== null;
  }

  async login(username: string, password: string): Promise<void> {
    const body = await this.request<{ token: string }>('POST', '/api/v1/session', 'Log in', {
      username,
      password,
    });
    this.tokens.set(body.token);
  }

  async logout(): Promise<void> {
    try {
      await this.request('DELETE', '/api/v1/session', 'Log out');
    } finally {
      this.tokens.set(null);
    }
  }

  /**
   * Every application the caller may see, fetched page by page (`limit`, then `continue` from
   * the previous page's metadata) so a server with thousands of apps answers in bounded pieces.
   */
  async listApplications(onPage?: (soFar: Application[]) => void): Promise<Application[]> {
    const all: Application[] = [];
    let next: string | undefined;
    do {
      const query = new URLSearchParams({ limit: String(this.pageSize) });
      if (next) query.set('continue', next);
      const page = await this.request<ApplicationList>(
        'GET',
        `/api/v1/applications?${query}`,
        'List applications',
      );
      all.push(...(page.items ?? []));
      onPage?.(all.slice());
      next = page.metadata?.continue || undefined;
    } while (next);
    return all;
  }

  getApplication(name: string): Promise<Application> {
    return this.request('GET', `/api/v1/applications/${enc(name)}`, `Get application ${name}`);
  }

  /** POST /api/v1/applications: the server validates with the model's rules (400 with its messages). */
  createApplication(app: Application): Promise<Application> {
    return this.request('POST', '/api/v1/applications', 'Create application', app);
  }

  /** PUT /api/v1/applications/{name}; with metadata.resourceVersion a concurrent change answers 409. */
  updateApplication(app: Application): Promise<Application> {
    const name = app.metadata.name;
    return this.request('PUT', `/api/v1/applications/${enc(name)}`, `Update application ${name}`, app);
  }

  async deleteApplication(name: string, propagation: DeletePropagation): Promise<void> {
    const query =
      propagation === 'none' ? 'cascade=false' : `cascade=true&propagationPolicy=${propagation}`;
    await this.request('DELETE', `/api/v1/applications/${enc(name)}?${query}`, `Delete application ${name}`);
  }

  resourceTree(name: string): Promise<ApplicationTree> {
    return this.request(
      'GET',
      `/api/v1/applications/${enc(name)}/resource-tree`,
      `Resource tree of ${name}`,
    );
  }

  async managedResources(name: string): Promise<ResourceDiff[]> {
    const list = await this.request<{ items?: ResourceDiff[] | null }>(
      'GET',
      `/api/v1/applications/${enc(name)}/managed-resources`,
      `Managed resources of ${name}`,
    );
    return list.items ?? [];
  }

  async events(name: string): Promise<KubeEvent[]> {
    const list = await this.request<{ items?: KubeEvent[] | null }>(
      'GET',
      `/api/v1/applications/${enc(name)}/events`,
      `Events of ${name}`,
    );
    return list.items ?? [];
  }

  revisionMetadata(name: string, revision: string): Promise<RevisionMetadata> {
    return this.request(
      'GET',
      `/api/v1/applications/${enc(name)}/revisions/${enc(revision)}/metadata`,
      `Revision ${revision} of ${name}`,
    );
  }

  sync(name: string, request: SyncRequest): Promise<Application> {
    return this.request('POST', `/api/v1/applications/${enc(name)}/sync`, `Sync ${name}`, {
      name,
      ...request,
    });
  }

  rollback(name: string, request: RollbackRequest): Promise<Application> {
    return this.request(
      'POST',
      `/api/v1/applications/${enc(name)}/rollback`,
      `Roll back ${name}`,
      { name, ...request },
    );
  }

  /**
   * Subscribes to GET /api/v1/stream/applications. EventSource cannot send headers, so the
   * server must accept the session from the `argocd.token` cookie it set at login (same origin).
   * With `name`, only that application's events (Argo CD's `?name=`). EventSource reconnects by
   * itself after an error; `onReopen` hears of each reconnection (not of the first connection),
   * since what changed in between was never sent. Returns a closer.
   */
  watchApplications(
    onEvent: (event: ApplicationWatchEvent) => void,
    options: WatchOptions = {},
  ): () => void {
    const query = options.name ? `?name=${enc(options.name)}` : '';
    const source = this.eventSource(`/api/v1/stream/applications${query}`);
    let opened = false;
    source.onopen = () => {
      if (opened) options.onReopen?.();
      opened = true;
    };
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const parsed = JSON.parse(message.data) as { result?: ApplicationWatchEvent };
        if (parsed.result?.application) onEvent(parsed.result);
      } catch {
        options.onError?.('Live updates: the server sent an event that is not JSON');
      }
    };
    source.onerror = () => options.onError?.('Live updates interrupted; reconnecting');
    return () => source.close();
  }

  private async request<T>(method: string, path: string, what: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.tokens.get();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetchImpl(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (e) {
      throw new ApiError(0, `${what}: cannot reach the server (${(e as Error).message})`);
    }
    if (!response.ok) {
      const error = await ApiError.from(response, what);
      if (error.unauthenticated && path !== '/api/v1/session') {
        this.tokens.set(null);
        this.onUnauthorized();
      }
      throw error;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : {}) as T;
  }
}
