import { useState, type ReactNode } from 'react';
import { visibleRange } from './windowing';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Height of the scrolling viewport in pixels. */
  height: number;
  renderRow: (index: number) => ReactNode;
  label: string;
  role?: string;
}

/**
 * A fixed-row-height windowed list: only the rows in view (plus a few) are in the DOM, so
 * thousands of applications scroll smoothly.
 */
export function VirtualList({ count, rowHeight, height, renderRow, label, role = 'list' }: VirtualListProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange(scrollTop, height, rowHeight, count);
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <div key={i} className="virtual-row" style={{ top: i * rowHeight, height: rowHeight }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      className="virtual-viewport"
      style={{ height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      role={role}
      aria-label={label}
      aria-rowcount={role === 'table' || role === 'grid' ? count : undefined}
      tabIndex={0}
    >
      <div className="virtual-spacer" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
