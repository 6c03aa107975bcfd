import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';
import type { Application, ApplicationTree, KubeEvent, ResourceDiff, RevisionMetadata } from '../api/types';
import { focusThen } from '../components/Modal';
import { DeleteApplicationDialog } from '../appform/DeleteApplicationDialog';
import { EditApplicationDialog } from '../appform/EditApplicationDialog';
import { hrefOf, navigate } from '../router';
import { ConditionsBanner } from './ConditionsBanner';
import { EventsPanel } from './EventsPanel';
import { HistoryPanel } from './HistoryPanel';
import { OperationStatus } from './OperationStatus';
import { ResourcePanel } from './ResourcePanel';
import { resourceKey } from './resourceKey';
import { SummaryPanel } from './SummaryPanel';
import { SyncDialog } from './SyncDialog';
import { ResourceTreeGraph } from './tree/ResourceTreeGraph';
import { layoutTree, type GraphNode } from './tree/treeLayout';

type Tab = 'tree' | 'history' | 'events';
type Dialog = 'sync' | 'edit' | 'delete' | null;

/** One application: summary, conditions, operation, resource tree, history and events. */
export function ApplicationPage({ api, name }: { api: ApiClient; name: string }) {
  const [app, setApp] = useState<Application | null>(null);
  const [tree, setTree] = useState<ApplicationTree>({ nodes: [] });
  const [diffs, setDiffs] = useState<ResourceDiff[]>([]);
  const [events, setEvents] = useState<KubeEvent[] | null>(null);
  const [eventsError, setEventsError] = useState<string | null>(null);
  const [revision, setRevision] = useState<RevisionMetadata | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('tree');
  const [selected, setSelected] = useState<GraphNode | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const closeDialog = () => setDialog(null);

  const loadResources = useCallback(() => {
    api.resourceTree(name).then(setTree, (e: Error) => setError(e.message));
    api.managedResources(name).then(setDiffs, (e: Error) => setError(e.message));
  }, [api, name]);

  useEffect(() => {
    let live = true;
    // the stream opens with the app's current state and then follows it: once it has spoken, the
    // GET (which may have been answered earlier) must not put an older state back
    let streamed = false;
    // the GET answers only until the stream has spoken (its word is newer); read again after a
    // break in the stream, which sends nothing for an app deleted meanwhile
    const read = () =>
      api.getApplication(name).then(
        (a) => live && !streamed && setApp(a),
        (e: Error) => live && !streamed && setError(e.message),
      );
    read();
    loadResources();
    api.events(name).then(
      (list) => live && setEvents(list),
      (e: Error) => live && setEventsError(e.message),
    );
    const close = api.watchApplications(
      (event) => {
        if (event.application.metadata.name !== name) return;
        streamed = true;
        if (event.type === 'DELETED') {
          setError(`Application ${name} was deleted`);
          return;
        }
        setApp(event.application);
        loadResources();
      },
      {
        name,
        onReopen: () => {
          streamed = false;
          read();
        },
      },
    );
    return () => {
      live = false;
      close();
    };
  }, [api, name, loadResources]);

  const syncedRevision = app?.status?.sync?.revision;
  useEffect(() => {
    if (!syncedRevision) return;
    // commit message and author are a nicety: a server without the endpoint just shows the SHA
    api.revisionMetadata(name, syncedRevision).then(setRevision, () => setRevision(null));
  }, [api, name, syncedRevision]);

  const graph = useMemo(() => (app ? layoutTree(app, tree) : null), [app, tree]);
  const diffByKey = useMemo(() => new Map(diffs.map((d) => [resourceKey(d), d])), [diffs]);

  if (!app) {
    return (
      <main className="app-page">
        <a href={hrefOf({ page: 'applications' })}>← Applications</a>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : (
          <p className="muted">Loading {name}…</p>
        )}
      </main>
    );
  }

  const tabs: Array<[Tab, string]> = [
    ['tree', 'Resources'],
    ['history', 'History and rollback'],
    ['events', 'Events'],
  ];
  return (
    <main className="app-page">
      <nav aria-label="Breadcrumb">
        <a href={hrefOf({ page: 'applications' })}>← Applications</a>
      </nav>
      <header className="toolbar">
        <h1>{app.metadata.name}</h1>
        <button type="button" className="button primary" onClick={focusThen(() => setDialog('sync'))}>
          Sync
        </button>
        <button type="button" className="button" onClick={loadResources}>
          Refresh
        </button>
        <button type="button" className="button" onClick={focusThen(() => setDialog('edit'))}>
          Edit
        </button>
        <button type="button" className="button danger-outline" onClick={focusThen(() => setDialog('delete'))}>
          Delete
        </button>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ConditionsBanner conditions={app.status?.conditions} />
      <SummaryPanel app={app} revision={revision} />
      <OperationStatus operation={app.status?.operationState} />
      <div role="tablist" aria-label="Application views" className="tabs">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tabs.find(([id]) => id === tab)![1]} className="tab-body">
        {tab === 'tree' && graph && (
          <div className="tree-and-panel">
            <ResourceTreeGraph graph={graph} selected={selected?.key} onOpen={setSelected} />
            {selected && (
              <ResourcePanel key={selected.key} node={selected} diff={diffByKey.get(selected.key)} onClose={() => setSelected(null)} />
            )}
          </div>
        )}
        {tab === 'history' && <HistoryPanel api={api} app={app} onChanged={setApp} />}
        {tab === 'events' && <EventsPanel events={events} error={eventsError} />}
      </div>
      {dialog === 'sync' && (
        <SyncDialog
          api={api}
          app={app}
          onClose={closeDialog}
          onStarted={(updated) => {
            setApp(updated);
            closeDialog();
          }}
        />
      )}
      {dialog === 'edit' && (
        <EditApplicationDialog
          api={api}
          app={app}
          onClose={closeDialog}
          onSaved={(updated) => {
            setApp(updated);
            closeDialog();
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteApplicationDialog
          api={api}
          name={app.metadata.name}
          onClose={closeDialog}
          onDeleted={() => navigate({ page: 'applications' })}
        />
      )}
    </main>
  );
}
