import type { Application } from '../api/types';
import { HealthBadge, SyncBadge } from '../components/Badges';
import { VirtualList } from '../components/VirtualList';
import { useElementWidth } from '../components/useElementWidth';
import { hrefOf } from '../router';
import { destinationOf, healthOf, projectOf, shortRevision, sourceOf, syncOf } from './appFields';

const TILE_WIDTH = 310;
const TILE_HEIGHT = 168;

function Tile({ app }: { app: Application }) {
  const source = sourceOf(app);
  return (
    <a className="tile card" href={hrefOf({ page: 'application', name: app.metadata.name })}>
      <h3>{app.metadata.name}</h3>
      <div className="badges">
        <HealthBadge status={healthOf(app)} message={app.status?.health?.message} />
        <SyncBadge status={syncOf(app)} />
      </div>
      <dl>
        <dt>Project</dt>
        <dd>{projectOf(app)}</dd>
        <dt>Repository</dt>
        <dd title={source?.repoURL}>{source?.repoURL}</dd>
        <dt>Target</dt>
        <dd>
          {source?.targetRevision || 'HEAD'} {shortRevision(app.status?.sync?.revision)}
        </dd>
        <dt>Destination</dt>
        <dd>{destinationOf(app)}</dd>
      </dl>
    </a>
  );
}

/** Applications as cards, windowed by rows of as many tiles as fit the width. */
export function AppTiles({ apps, height }: { apps: Application[]; height: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(1000);
  const columns = Math.max(1, Math.floor(width / TILE_WIDTH));
  const rows = Math.ceil(apps.length / columns);
  return (
    <div ref={ref}>
      <VirtualList
        label="Applications"
        count={rows}
        rowHeight={TILE_HEIGHT}
        height={height}
        renderRow={(row) => (
          <div className="tile-row" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
            {apps.slice(row * columns, row * columns + columns).map((app) => (
              <div role="listitem" key={app.metadata.name}>
                <Tile app={app} />
              </div>
            ))}
          </div>
        )}
      />
    </div>
  );
}
