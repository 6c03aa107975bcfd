import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResourcePanel } from './ResourcePanel';
import type { GraphNode } from './tree/treeLayout';

const node: GraphNode = {
  key: 'apps/Deployment/guestbook/web',
  kind: 'Deployment',
  name: 'web',
  namespace: 'guestbook',
  group: 'apps',
  sync: 'OutOfSync',
  hook: false,
  managed: true,
  layer: 1,
  x: 0,
  y: 0,
};
const diff = {
  group: 'apps',
  kind: 'Deployment',
  namespace: 'guestbook',
  name: 'web',
  modified: true,
  liveState: JSON.stringify({ spec: { replicas: 0 } }),
  targetState: JSON.stringify({ spec: { replicas: 2 } }),
};

describe('ResourcePanel', () => {
  it('shows the diff of a modified resource even when the diff arrives after the panel opened', () => {
    const { rerender } = render(<ResourcePanel node={node} diff={undefined} onClose={() => {}} />);
    rerender(<ResourcePanel node={node} diff={diff} onClose={() => {}} />);

    expect(screen.getByRole('tab', { name: 'Diff' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('table', { name: 'Unified diff' }).textContent).toContain('replicas: 2');
  });
});
