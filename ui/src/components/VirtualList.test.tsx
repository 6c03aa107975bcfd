import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VirtualList } from './VirtualList';
import { visibleRange } from './windowing';

describe('visibleRange', () => {
  it('covers the viewport plus overscan', () => {
    expect(visibleRange(0, 100, 20, 1000, 2)).toEqual({ start: 0, end: 8 });
    expect(visibleRange(2000, 100, 20, 1000, 2)).toEqual({ start: 98, end: 108 });
  });

  it('stays inside the list at its end and when empty', () => {
    expect(visibleRange(1_000_000, 100, 20, 50, 2)).toEqual({ start: 47, end: 50 });
    expect(visibleRange(0, 100, 20, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('VirtualList', () => {
  it('renders only the rows in view out of five thousand, and follows scrolling', () => {
    render(
      <VirtualList count={5000} rowHeight={40} height={400} label="apps" renderRow={(i) => <span>row {i}</span>} />,
    );
    const viewport = screen.getByRole('list', { name: 'apps' });
    expect(screen.getByText('row 0')).toBeTruthy();
    expect(viewport.querySelectorAll('.virtual-row').length).toBeLessThan(30);

    viewport.scrollTop = 40 * 2500;
    fireEvent.scroll(viewport);

    expect(screen.queryByText('row 0')).toBeNull();
    expect(screen.getByText('row 2500')).toBeTruthy();
  });
});
