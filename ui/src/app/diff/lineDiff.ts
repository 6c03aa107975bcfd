export type DiffLine =
  | { kind: 'same'; text: string; left: number; right: number }
  | { kind: 'del'; text: string; left: number }
  | { kind: 'add'; text: string; right: number };

const MAX_CELLS = 4_000_000;

/**
 * A line diff by longest common subsequence (after trimming the common head and tail). Line
 * numbers are 1-based. Inputs too large for the table degrade to "all removed, all added".
 */
export function lineDiff(left: string[], right: string[]): DiffLine[] {
  let head = 0;
  while (head < left.length && head < right.length && left[head] === right[head]) head++;
  let tail = 0;
  while (
    tail < left.length - head &&
    tail < right.length - head &&
    left[left.length - 1 - tail] === right[right.length - 1 - tail]
  )
    tail++;
  const a = left.slice(head, left.length - tail);
  const b = right.slice(head, right.length - tail);
  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++) out.push({ kind: 'same', text: left[i], left: i + 1, right: i + 1 });
  out.push(...middle(a, b, head));
  for (let i = tail; i > 0; i--) {
    const l = left.length - i;
    const r = right.length - i;
    out.push({ kind: 'same', text: left[l], left: l + 1, right: r + 1 });
  }
  return out;
}

function middle(a: string[], b: string[], offset: number): DiffLine[] {
  const out: DiffLine[] = [];
  if (a.length * b.length > MAX_CELLS) {
    a.forEach((text, i) => out.push({ kind: 'del', text, left: offset + i + 1 }));
    b.forEach((text, j) => out.push({ kind: 'add', text, right: offset + j + 1 }));
    return out;
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i], left: offset + i + 1, right: offset + j + 1 });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
      out.push({ kind: 'del', text: a[i], left: offset + i + 1 });
      i++;
    } else {
      out.push({ kind: 'add', text: b[j], right: offset + j + 1 });
      j++;
    }
  }
  return out;
}

/** Pairs lines for a side-by-side view: a run of removals faces the run of additions after it. */
export function sideBySide(lines: DiffLine[]): Array<{ left?: DiffLine; right?: DiffLine }> {
  const rows: Array<{ left?: DiffLine; right?: DiffLine }> = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k];
    if (line.kind === 'same') {
      rows.push({ left: line, right: line });
      k++;
      continue;
    }
    const dels: DiffLine[] = [];
    const adds: DiffLine[] = [];
    while (k < lines.length && lines[k].kind === 'del') dels.push(lines[k++]);
    while (k < lines.length && lines[k].kind === 'add') adds.push(lines[k++]);
    for (let r = 0; r < Math.max(dels.length, adds.length); r++) rows.push({ left: dels[r], right: adds[r] });
  }
  return rows;
}
