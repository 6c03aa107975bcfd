/** The rows [start, end) a scrolled viewport shows, plus `overscan` rows each side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): { start: number; end: number } {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  return {
    start: Math.max(0, Math.min(first, count - 1) - overscan),
    end: Math.min(count, first + visible + overscan),
  };
}
