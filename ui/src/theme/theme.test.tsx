import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initialTheme, useTheme } from './theme';
import { ThemeToggle } from './ThemeToggle';

function Harness() {
  const [theme, toggle] = useTheme();
  return <ThemeToggle theme={theme} onToggle={toggle} />;
}

describe('theme', () => {
  it('follows the system preference when the user has not chosen', () => {
    expect(initialTheme(window.localStorage, true)).toBe('dark');
    expect(initialTheme(window.localStorage, false)).toBe('light');
  });

  it('prefers the saved choice over the system preference', () => {
    window.localStorage.setItem('mooring.theme', 'light');
    expect(initialTheme(window.localStorage, true)).toBe('light');
  });

  it('toggles the document theme and remembers it', () => {
    render(<Harness />);
    expect(document.documentElement.dataset.theme).toBe('light');

    fireEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));

    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem('mooring.theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeTruthy();
  });
});
