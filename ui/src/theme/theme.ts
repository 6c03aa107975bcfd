import { useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';

const KEY = 'mooring.theme';

/** The theme to start with: the user's last choice, else the system's preference. */
export function initialTheme(storage: Storage, prefersDark: boolean): Theme {
  const saved = storage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return prefersDark ? 'dark' : 'light';
}

export function useTheme(): [Theme, () => void] {
  const [theme, setTheme] = useState<Theme>(() =>
    initialTheme(
      window.localStorage,
      window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
    ),
  );
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = () =>
    setTheme((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      window.localStorage.setItem(KEY, next);
      return next;
    });
  return [theme, toggle];
}
