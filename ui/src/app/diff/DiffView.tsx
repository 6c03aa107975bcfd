import { useMemo } from 'react';
import { lineDiff, sideBySide, type DiffLine } from './lineDiff';

export type DiffMode = 'unified' | 'split';

const SIGN = { same: ' ', del: '-', add: '+' } as const;

function Cell({ line }: { line?: DiffLine }) {
  if (!line) return <td className="diff-empty" colSpan={2} />;
  const number = line.kind === 'add' ? line.right : line.left;
  return (
    <>
      <td className="diff-num">{number}</td>
      <td className={`diff-${line.kind}`}>
        <span className="diff-sign" aria-label={line.kind === 'same' ? undefined : line.kind === 'add' ? 'added' : 'removed'}>
          {SIGN[line.kind]}
        </span>
        {line.text}
      </td>
    </>
  );
}

/** Live (before, "-") against desired (after, "+") manifests, unified or side by side. */
export function DiffView({ live, desired, mode }: { live: string[]; desired: string[]; mode: DiffMode }) {
  const lines = useMemo(() => lineDiff(live, desired), [live, desired]);
  if (lines.every((l) => l.kind === 'same')) return <p className="muted">No differences.</p>;
  if (mode === 'unified') {
    return (
      <table className="diff" aria-label="Unified diff">
        <tbody>
          {lines.map((line, i) => (
            <tr key={i}>
              <td className="diff-num">{line.kind !== 'add' ? line.left : ''}</td>
              <td className="diff-num">{line.kind !== 'del' ? line.right : ''}</td>
              <td className={`diff-${line.kind}`}>
                <span className="diff-sign">{SIGN[line.kind]}</span>
                {line.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table className="diff split" aria-label="Side-by-side diff">
      <thead>
        <tr>
          <th colSpan={2}>Live</th>
          <th colSpan={2}>Desired</th>
        </tr>
      </thead>
      <tbody>
        {sideBySide(lines).map((row, i) => (
          <tr key={i}>
            <Cell line={row.left} />
            <Cell line={row.right} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
