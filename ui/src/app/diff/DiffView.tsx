import { useEffect, useMemo, useState } from 'react';
import { foldUnchanged, type DiffSegment } from './foldUnchanged';
import { lineDiff, sideBySide, type DiffLine } from './lineDiff';

export type DiffMode = 'unified' | 'split';

const SIGN = { same: ' ', del: '-', add: '+' } as const;

function Cell({ line }: { line?: DiffLine }) {
  if (!line) return <td className="diff-empty" colSpan={2} />;
  const number = line.kind === 'add' ? line.right : line.left;
  return (
    <>
      <td className="diff-num">{number}</td>
      <td className={`diff-${line.kind}`} title={line.text}>
        <span className="diff-sign" aria-label={line.kind === 'same' ? undefined : line.kind === 'add' ? 'added' : 'removed'}>
          {SIGN[line.kind]}
        </span>
        {line.text}
      </td>
    </>
  );
}

function UnifiedRow({ line }: { line: DiffLine }) {
  return (
    <tr>
      <td className="diff-num">{line.kind !== 'add' ? line.left : ''}</td>
      <td className="diff-num">{line.kind !== 'del' ? line.right : ''}</td>
      <td className={`diff-${line.kind}`}>
        <span className="diff-sign">{SIGN[line.kind]}</span>
        {line.text}
      </td>
    </tr>
  );
}

/** A folded run of unchanged lines: one row with a button that shows them. */
function FoldRow({ segment, columns, onOpen }: { segment: DiffSegment; columns: number; onOpen: () => void }) {
  const first = segment.lines[0];
  const last = segment.lines[segment.lines.length - 1];
  const range = first.kind === 'same' && last.kind === 'same' ? ` (live lines ${first.left}–${last.left})` : '';
  return (
    <tr className="diff-fold">
      <td colSpan={columns}>
        <button type="button" className="button ghost diff-fold-button" onClick={onOpen}>
          Show {segment.lines.length} unchanged lines{range}
        </button>
      </td>
    </tr>
  );
}

/**
 * Live (before, "-") against desired (after, "+") manifests, unified or side by side. Only the
 * changed lines and three lines around each are shown; longer unchanged runs fold into a button
 * that shows them. Unified scrolls sideways for long lines; side by side keeps both halves in view
 * and cuts long lines (the whole line is the cell's title).
 */
export function DiffView({ live, desired, mode }: { live: string[]; desired: string[]; mode: DiffMode }) {
  const lines = useMemo(() => lineDiff(live, desired), [live, desired]);
  const segments = useMemo(() => foldUnchanged(lines), [lines]);
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => setOpened(new Set()), [segments]);
  if (lines.every((l) => l.kind === 'same')) return <p className="muted">No differences.</p>;
  const open = (index: number) => () => setOpened((before) => new Set(before).add(index));
  const folded = (segment: DiffSegment, index: number) => segment.kind === 'fold' && !opened.has(index);

  if (mode === 'unified') {
    return (
      <div className="diff-scroll">
        <table className="diff" aria-label="Unified diff">
          <tbody>
            {segments.map((segment, index) =>
              folded(segment, index) ? (
                <FoldRow key={`fold-${index}`} segment={segment} columns={3} onOpen={open(index)} />
              ) : (
                segment.lines.map((line, k) => <UnifiedRow key={`${index}-${k}`} line={line} />)
              ),
            )}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="diff-scroll">
      <table className="diff split" aria-label="Side-by-side diff">
        <colgroup>
          <col className="diff-num-col" />
          <col />
          <col className="diff-num-col" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th colSpan={2}>Live</th>
            <th colSpan={2}>Desired</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment, index) =>
            folded(segment, index) ? (
              <FoldRow key={`fold-${index}`} segment={segment} columns={4} onOpen={open(index)} />
            ) : (
              sideBySide(segment.lines).map((row, k) => (
                <tr key={`${index}-${k}`}>
                  <Cell line={row.left} />
                  <Cell line={row.right} />
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
