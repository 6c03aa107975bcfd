import type { GraphNode, TreeGraph } from './treeLayout';
import { NODE_HEIGHT, NODE_WIDTH } from './treeLayout';

interface Props {
  graph: TreeGraph;
  selected?: string;
  onOpen: (node: GraphNode) => void;
}

const PAD = 8;

function describe(node: GraphNode): string {
  return [
    `${node.kind} ${node.name}`,
    node.health && `health ${node.health}`,
    node.sync && `sync ${node.sync}`,
    node.hook && 'hook',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The resource tree as an SVG graph; each resource node is a button (click, Enter or Space). */
export function ResourceTreeGraph({ graph, selected, onOpen }: Props) {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  return (
    <div className="tree-scroll">
      <svg
        role="group"
        aria-label="Resource tree"
        width={graph.width + PAD * 2}
        height={graph.height + PAD * 2}
        viewBox={`${-PAD} ${-PAD} ${graph.width + PAD * 2} ${graph.height + PAD * 2}`}
      >
        {graph.edges.map((edge) => {
          const from = byKey.get(edge.from)!;
          const to = byKey.get(edge.to)!;
          const x1 = from.x + NODE_WIDTH;
          const y1 = from.y + NODE_HEIGHT / 2;
          const x2 = to.x;
          const y2 = to.y + NODE_HEIGHT / 2;
          const mid = (x1 + x2) / 2;
          return (
            <path
              key={`${edge.from}->${edge.to}`}
              className="tree-edge"
              d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
            />
          );
        })}
        {graph.nodes.map((node) => {
          const interactive = node.layer > 0;
          const open = () => interactive && onOpen(node);
          return (
            <g
              key={node.key}
              transform={`translate(${node.x},${node.y})`}
              className={`tree-node health-${node.health ?? 'none'}${node.key === selected ? ' selected' : ''}`}
              role={interactive ? 'button' : 'img'}
              tabIndex={interactive ? 0 : undefined}
              aria-label={describe(node)}
              aria-pressed={interactive ? node.key === selected : undefined}
              onClick={open}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  open();
                }
              }}
            >
              <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={6} />
              <text x={10} y={20} className="tree-kind">
                {node.kind}
                {node.hook ? ' ⚓ hook' : ''}
              </text>
              <text x={10} y={40} className="tree-name">
                {node.name.length > 28 ? node.name.slice(0, 27) + '…' : node.name}
              </text>
              <text x={NODE_WIDTH - 10} y={20} textAnchor="end" className={`tree-status health-${node.health}`}>
                {node.health ?? ''}
              </text>
              <text x={NODE_WIDTH - 10} y={40} textAnchor="end" className={`tree-status sync-${node.sync}`}>
                {node.sync ?? ''}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
