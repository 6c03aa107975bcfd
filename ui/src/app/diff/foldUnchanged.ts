import type { DiffLine } from './lineDiff';

/** What a diff shows: changed lines with some context, and folds hiding long unchanged runs. */
export type DiffSegment = { kind: 'lines'; lines: DiffLine[] } | { kind: 'fold'; lines: DiffLine[] };

/** Unchanged lines kept on each side of a change, as `diff -U3` and code review tools do. */
export const CONTEXT_LINES = 3;

/**
 * Splits a line diff into shown runs and folds: every unchanged line further than `context` lines
 * from a change is folded, unless a fold would hide fewer than two lines (a "1 unchanged line"
 * button takes as much room as the line). A diff without changes is one fold.
 */
export function foldUnchanged(lines: DiffLine[], context = CONTEXT_LINES): DiffSegment[] {
  const changed = lines.map((line) => line.kind !== 'same');
  const near = new Array<boolean>(lines.length).fill(false);
  changed.forEach((isChange, index) => {
    if (!isChange) return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) near[k] = true;
  });
  const segments: DiffSegment[] = [];
  let index = 0;
  while (index < lines.length) {
    const shown = near[index];
    let end = index;
    while (end < lines.length && near[end] === shown) end++;
    const run = lines.slice(index, end);
    if (!shown && run.length < 2) {
      appendShown(segments, run);
    } else if (shown) {
      appendShown(segments, run);
    } else {
      segments.push({ kind: 'fold', lines: run });
    }
    index = end;
  }
  return segments;
}

function appendShown(segments: DiffSegment[], run: DiffLine[]) {
  const last = segments[segments.length - 1];
  if (last && last.kind === 'lines') last.lines.push(...run);
  else segments.push({ kind: 'lines', lines: [...run] });
}
