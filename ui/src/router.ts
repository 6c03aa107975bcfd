import { useEffect, useState } from 'react';

/** Where the UI is: parsed from the location hash, so the server needs no SPA fallback route. */
export type Route =
  | { page: 'login' }
  | { page: 'applications' }
  | { page: 'application'; name: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/login') return { page: 'login' };
  const app = /^\/applications\/([^/]+)$/.exec(path);
  if (app) return { page: 'application', name: decodeURIComponent(app[1]) };
  return { page: 'applications' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'login':
      return '#/login';
    case 'applications':
      return '#/applications';
    case 'application':
      return `#/applications/${encodeURIComponent(route.name)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
