import { describe, expect, it } from 'vitest';
import type { Application, ApplicationTree } from '../../api/types';
import app from '../../test/fixtures/application-guestbook.json';
import tree from '../../test/fixtures/resource-tree-guestbook.json';
import { APP_KEY, layoutTree } from './treeLayout';

const graph = layoutTree(app as Application, tree as ApplicationTree);
const node = (kind: string) => graph.nodes.find((n) => n.kind === kind)!;

describe('layoutTree', () => {
  it('puts the app first, managed resources next and owned children after their owners', () => {
    expect(node('Application').layer).toBe(0);
    expect(node('Deployment').layer).toBe(1);
    expect(node('ReplicaSet').layer).toBe(2);
    expect(node('Pod').layer).toBe(3);
    expect(graph.edges).toContainEqual({ from: APP_KEY, to: 'apps/Deployment/guestbook/guestbook-ui' });
    expect(graph.edges).toContainEqual({
      from: 'apps/ReplicaSet/guestbook/guestbook-ui-5d8f',
      to: '/Pod/guestbook/guestbook-ui-5d8f-abcde',
    });
  });

  it('carries sync from the app status and health from the tree onto each node', () => {
    expect(node('Deployment').sync).toBe('OutOfSync');
    expect(node('Pod').health).toBe('Degraded');
    expect(node('Pod').healthMessage).toBe('ImagePullBackOff');
    expect(node('Pod').managed).toBe(false);
  });

  it('marks hooks', () => {
    expect(node('Job').hook).toBe(true);
    expect(node('Deployment').hook).toBe(false);
  });

  it('shows a managed resource missing from the cluster as Missing', () => {
    const bare = layoutTree(app as Application, { nodes: [] });
    const service = bare.nodes.find((n) => n.kind === 'Service')!;
    expect(service.health).toBe('Healthy');
    const secret = bare.nodes.find((n) => n.kind === 'Secret')!;
    expect(secret.health).toBe('Missing');
    expect(secret.layer).toBe(1);
  });

  it('stacks nodes of one layer without overlap', () => {
    const layer1 = graph.nodes.filter((n) => n.layer === 1).map((n) => n.y);
    expect(new Set(layer1).size).toBe(layer1.length);
    expect(graph.height).toBeGreaterThan(Math.max(...layer1));
  });
});
