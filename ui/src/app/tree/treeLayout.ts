import type {
  Application,
  ApplicationTree,
  HealthStatusCode,
  ResourceNode,
  SyncStatusCode,
} from '../../api/types';
import { resourceKey } from '../resourceKey';

export interface GraphNode {
  key: string;
  kind: string;
  name: string;
  namespace?: string;
  group?: string;
  health?: HealthStatusCode;
  healthMessage?: string;
  sync?: SyncStatusCode;
  hook: boolean;
  /** True for resources the app manages directly (they have a desired state and a diff). */
  managed: boolean;
  layer: number;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface TreeGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 56;
const COLUMN_GAP = 70;
const ROW_GAP = 16;
export const APP_KEY = '::application';

/**
 * Lays out app → managed resources → owned children in columns (one per depth), each column
 * stacked top to bottom, children placed in the order of their parents to keep edges short.
 * Managed resources the tree lacks (not yet created) still appear, marked Missing.
 */
export function layoutTree(app: Application, tree: ApplicationTree): TreeGraph {
  const statusByKey = new Map((app.status?.resources ?? []).map((r) => [resourceKey(r), r]));
  const treeNodes = tree.nodes ?? [];
  const byKey = new Map<string, ResourceNode>(treeNodes.map((n) => [resourceKey(n), n]));
  for (const [key, status] of statusByKey) {
    if (!byKey.has(key)) byKey.set(key, { ...status, health: status.health ?? { status: 'Missing' } });
  }
  const byUid = new Map<string, string>();
  for (const [key, node] of byKey) if (node.uid) byUid.set(node.uid, key);

  const children = new Map<string, string[]>();
  const edges: GraphEdge[] = [];
  for (const [key, node] of byKey) {
    const parents = (node.parentRefs ?? [])
      .map((p) => (p.uid && byUid.get(p.uid)) || resourceKey(p))
      .filter((p) => byKey.has(p));
    const from = parents.length > 0 ? parents : [APP_KEY];
    for (const parent of from) {
      edges.push({ from: parent, to: key });
      children.set(parent, [...(children.get(parent) ?? []), key]);
    }
  }

  // breadth-first from the app assigns each resource its first (shallowest) layer
  const layerOf = new Map<string, number>([[APP_KEY, 0]]);
  const columns: string[][] = [[APP_KEY]];
  for (let depth = 0; depth < columns.length; depth++) {
    const next: string[] = [];
    for (const parent of columns[depth]) {
      const kids = (children.get(parent) ?? []).slice().sort((a, b) => sortKey(byKey, a).localeCompare(sortKey(byKey, b)));
      for (const kid of kids) {
        if (layerOf.has(kid)) continue;
        layerOf.set(kid, depth + 1);
        next.push(kid);
      }
    }
    if (next.length > 0) columns.push(next);
  }

  const nodes: GraphNode[] = [];
  columns.forEach((column, layer) =>
    column.forEach((key, row) => {
      const x = layer * (NODE_WIDTH + COLUMN_GAP);
      const y = row * (NODE_HEIGHT + ROW_GAP);
      if (key === APP_KEY) {
        nodes.push({
          key,
          kind: 'Application',
          name: app.metadata.name,
          health: app.status?.health?.status,
          sync: app.status?.sync?.status,
          hook: false,
          managed: false,
          layer,
          x,
          y,
        });
        return;
      }
      const node = byKey.get(key)!;
      const status = statusByKey.get(key);
      nodes.push({
        key,
        kind: node.kind,
        name: node.name,
        namespace: node.namespace,
        group: node.group,
        health: node.health?.status ?? status?.health?.status,
        healthMessage: node.health?.message ?? status?.health?.message,
        sync: status?.status,
        hook: status?.hook === true || isHookInOperation(app, key),
        managed: status !== undefined,
        layer,
        x,
        y,
      });
    }),
  );
  const tallest = Math.max(...columns.map((c) => c.length));
  return {
    nodes,
    edges: edges.filter((e) => layerOf.has(e.from) && layerOf.has(e.to)),
    width: columns.length * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP,
    height: tallest * (NODE_HEIGHT + ROW_GAP) - ROW_GAP,
  };
}

function sortKey(byKey: Map<string, ResourceNode>, key: string): string {
  const n = byKey.get(key);
  return n ? `${n.kind}/${n.name}` : key;
}

function isHookInOperation(app: Application, key: string): boolean {
  return (app.status?.operationState?.syncResult?.resources ?? []).some(
    (r) => r.hookType !== undefined && resourceKey(r) === key,
  );
}
