import { describe, expect, it } from 'vitest';
import { lineDiff, sideBySide } from './lineDiff';
import { manifestLines, toYaml } from './toYaml';

describe('lineDiff', () => {
  it('keeps common lines and marks changed ones with both line numbers', () => {
    const diff = lineDiff(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']);
    expect(diff.map((l) => `${l.kind} ${l.text}`)).toEqual(['same a', 'del b', 'add x', 'same c', 'same d', 'add e']);
    expect(diff[3]).toEqual({ kind: 'same', text: 'c', left: 3, right: 3 });
    expect(diff[5]).toEqual({ kind: 'add', text: 'e', right: 5 });
  });

  it('pairs removals with the additions that follow for side by side', () => {
    const rows = sideBySide(lineDiff(['a', 'b', 'c'], ['a', 'x', 'y', 'c']));
    expect(rows.map((r) => `${r.left?.text ?? '-'}|${r.right?.text ?? '-'}`)).toEqual(['a|a', 'b|x', '-|y', 'c|c']);
  });
});

describe('toYaml', () => {
  it('renders nested maps and lists in block style, quoting ambiguous strings', () => {
    const yaml = toYaml({ kind: 'Deployment', spec: { replicas: 3, ports: [{ port: 80 }], tag: '1.0', empty: {} } });
    expect(yaml).toBe(
      ['kind: Deployment', 'spec:', '  replicas: 3', '  ports:', '  - port: 80', '  tag: "1.0"', '  empty: {}'].join('\n'),
    );
  });

  it('reads managed-resources states and treats an absent one as empty', () => {
    expect(manifestLines('{"data":{"password":"++++++++"}}')).toEqual(['data:', '  password: "++++++++"']);
    expect(manifestLines(undefined)).toEqual([]);
    expect(manifestLines('null')).toEqual([]);
  });
});
