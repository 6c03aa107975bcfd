/** Where the session token lives between page loads (the tab's sessionStorage). */
export interface TokenStore {
  get(): string | null;
  set(token: string | null): void;
}

const KEY = 'mooring.token';

export function sessionTokenStore(storage: Storage = window.sessionStorage): TokenStore {
  return {
    get: () => storage.getItem(KEY),
    set: (token) => (token ? storage.setItem(KEY, token) : storage.removeItem(KEY)),
  };
}

export function memoryTokenStore(initial: string | null = null): TokenStore {
  let token = initial;
  return { get: () => token, set: (t) => (token = t) };
}
