import { describe, expect, it } from 'vitest';
import { foldUnchanged } from './foldUnchanged';
import { lineDiff } from './lineDiff';

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`);

function describeSegments(left: string[], right: string[]) {
  return foldUnchanged(lineDiff(left, right)).map((segment) =>
    segment.kind === 'fold' ? `fold ${segment.lines.length}` : segment.lines.map((l) => `${l.kind} ${l.text}`).join(', '),
  );
}

describe('foldUnchanged', () => {
  it('shows a change with three lines of context and folds the rest on both sides', () => {
    const left = numbered(40);
    const right = [...left];
    right[19] = 'line 20 changed';

    expect(describeSegments(left, right)).toEqual([
      'fold 16',
      'same line 17, same line 18, same line 19, del line 20, add line 20 changed, same line 21, same line 22, same line 23',
      'fold 17',
    ]);
  });

  it('keeps two changes in one run when their context meets, and folds a long gap between them', () => {
    const left = numbered(30);
    const near = [...left];
    near[4] = 'five';
    near[10] = 'eleven';
    const far = [...left];
    far[2] = 'three';
    far[27] = 'twenty-eight';

    const nearSegments = describeSegments(left, near);
    expect(nearSegments).toHaveLength(2);
    expect(nearSegments[0]).toMatch(/^same line 1, .*add five, .*add eleven, .*same line 14$/);
    expect(nearSegments[1]).toBe('fold 16');
    expect(describeSegments(left, far)).toEqual([
      'same line 1, same line 2, del line 3, add three, same line 4, same line 5, same line 6',
      'fold 18',
      'same line 25, same line 26, same line 27, del line 28, add twenty-eight, same line 29, same line 30',
    ]);
  });

  it('never folds a single line, and folds a diff without changes whole', () => {
    const left = numbered(5);
    const right = [...left];
    right[0] = 'first';

    expect(describeSegments(left, right)).toEqual([
      'del line 1, add first, same line 2, same line 3, same line 4, same line 5',
    ]);
    expect(describeSegments(left, left)).toEqual(['fold 5']);
  });
});
