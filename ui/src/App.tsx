import { useEffect, useMemo, useState } from 'react';
import { ApiClient } from './api/ApiClient';
import { sessionTokenStore } from './api/tokenStore';
import { ApplicationPage } from './app/ApplicationPage';
import { ApplicationsPage } from './apps/ApplicationsPage';
import { LoginPage } from './login/LoginPage';
import { hrefOf, navigate, useRoute } from './router';
import { ThemeToggle } from './theme/ThemeToggle';
import { useTheme } from './theme/theme';

/** The shell: a header (navigation, theme, logout) and the page the hash route names. */
export function App({ api: given }: { api?: ApiClient }) {
  const api = useMemo(() => given ?? new ApiClient({ tokens: sessionTokenStore() }), [given]);
  const route = useRoute();
  const [theme, toggleTheme] = useTheme();
  const [loggedIn, setLoggedIn] = useState(api.loggedIn);

  useEffect(() => {
    api.onUnauthorized = () => {
      setLoggedIn(false);
      navigate({ page: 'login' });
    };
  }, [api]);

  if (!loggedIn || route.page === 'login') {
    return (
      <LoginPage
        api={api}
        onLoggedIn={() => {
          setLoggedIn(true);
          navigate({ page: 'applications' });
        }}
      />
    );
  }

  async function logout() {
    await api.logout().catch(() => undefined);
    setLoggedIn(false);
    navigate({ page: 'login' });
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href={hrefOf({ page: 'applications' })}>
          ⚓ Mooring
        </a>
        <nav aria-label="Main">
          <a href={hrefOf({ page: 'applications' })} aria-current={route.page === 'applications' ? 'page' : undefined}>
            Applications
          </a>
        </nav>
        <span className="spacer" />
        <ThemeToggle theme={theme} onToggle={toggleTheme} />
        <button type="button" className="button ghost" onClick={logout}>
          Log out
        </button>
      </header>
      <div id="main">
        {route.page === 'application' ? (
          <ApplicationPage key={route.name} api={api} name={route.name} />
        ) : (
          <ApplicationsPage api={api} />
        )}
      </div>
    </>
  );
}
