import { useEffect, useRef, useState } from 'react';
import type { ResourceDiff } from '../api/types';
import { HealthBadge, SyncBadge } from '../components/Badges';
import { DiffView, type DiffMode } from './diff/DiffView';
import { manifestLines } from './diff/toYaml';
import type { GraphNode } from './tree/treeLayout';

type Tab = 'live' | 'desired' | 'diff';

interface Props {
  node: GraphNode;
  /** The managed-resources entry of this node; absent for children the app does not manage. */
  diff?: ResourceDiff;
  onClose: () => void;
}

/**
 * One resource: its live and desired manifests (as the server returns them: Secret values
 * arrive masked) and their diff.
 */
export function ResourcePanel({ node, diff, onClose }: Props) {
  // until the user picks a view: the diff of a modified resource, else the live manifest (the
  // managed resources may arrive after the panel opened)
  const [chosen, setTab] = useState<Tab | null>(null);
  const tab: Tab = chosen ?? (diff?.modified ? 'diff' : 'live');
  const [mode, setMode] = useState<DiffMode>('unified');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [node.key]);
  const live = manifestLines(diff?.normalizedLiveState || diff?.liveState);
  const desired = manifestLines(diff?.predictedLiveState || diff?.targetState);
  const tabs: Array<[Tab, string]> = [
    ['live', 'Live manifest'],
    ['desired', 'Desired manifest'],
    ['diff', 'Diff'],
  ];

  return (
    <section
      className="panel card"
      role="dialog"
      aria-labelledby="resource-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <header className="panel-head">
        <h2 id="resource-title" tabIndex={-1} ref={heading}>
          {node.kind} {node.name}
        </h2>
        <button type="button" className="button ghost" onClick={onClose} aria-label="Close resource">
          ✕
        </button>
      </header>
      <p className="badges">
        {node.health && <HealthBadge status={node.health} message={node.healthMessage} />}
        {node.sync && <SyncBadge status={node.sync} />}
        {node.hook && <span className="badge hook">hook</span>}
        {node.namespace && <span className="muted">namespace {node.namespace}</span>}
      </p>
      {node.healthMessage && <p className="muted">{node.healthMessage}</p>}
      {!diff ? (
        <p className="muted">
          Not managed by the application directly (owned by another resource): no desired state.
        </p>
      ) : (
        <>
          <div role="tablist" aria-label="Manifest views" className="tabs">
            {tabs.map(([id, label]) => (
              <button
                key={id}
                role="tab"
                type="button"
                aria-selected={tab === id}
                onClick={() => setTab(id)}
              >
                {label}
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={tabs.find(([id]) => id === tab)![1]}>
            {tab === 'live' && <Manifest lines={live} empty="Not present in the cluster." />}
            {tab === 'desired' && <Manifest lines={desired} empty="Not in Git (will be pruned)." />}
            {tab === 'diff' && (
              <>
                <div role="group" aria-label="Diff layout" className="segmented">
                  <button type="button" aria-pressed={mode === 'unified'} onClick={() => setMode('unified')}>
                    Unified
                  </button>
                  <button type="button" aria-pressed={mode === 'split'} onClick={() => setMode('split')}>
                    Side by side
                  </button>
                </div>
                <DiffView live={live} desired={desired} mode={mode} />
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function Manifest({ lines, empty }: { lines: string[]; empty: string }) {
  return lines.length === 0 ? <p className="muted">{empty}</p> : <pre className="manifest">{lines.join('\n')}</pre>;
}
