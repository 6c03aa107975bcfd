import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffView } from './DiffView';

const live = Array.from({ length: 30 }, (_, i) => `key${i + 1}: value`);
const desired = live.map((line, i) => (i === 14 ? 'key15: changed' : line));

describe('DiffView', () => {
  it('shows the change with its context and folds the unchanged lines around it', () => {
    render(<DiffView live={live} desired={desired} mode="unified" />);
    const table = screen.getByRole('table', { name: 'Unified diff' });

    expect(table.textContent).toContain('key15: changed');
    expect(table.textContent).toContain('key12: value');
    expect(table.textContent).not.toContain('key11: value');
    expect(screen.getByRole('button', { name: 'Show 11 unchanged lines (live lines 1–11)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show 12 unchanged lines (live lines 19–30)' })).toBeTruthy();
  });

  it('shows a folded run when its button is pressed, side by side too', () => {
    render(<DiffView live={live} desired={desired} mode="split" />);

    fireEvent.click(screen.getByRole('button', { name: 'Show 11 unchanged lines (live lines 1–11)' }));

    expect(screen.getByRole('table', { name: 'Side-by-side diff' }).textContent).toContain('key1: value');
    expect(screen.queryByRole('button', { name: /live lines 1–11/ })).toBeNull();
    expect(screen.getByRole('button', { name: /live lines 19–30/ })).toBeTruthy();
  });
});
