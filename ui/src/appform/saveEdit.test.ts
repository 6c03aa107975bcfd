import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import type { Application } from '../api/types';
import { draftOf } from './appDraft';
import { saveEdit, type EditPort } from './saveEdit';

const read = {
  metadata: { name: 'examples', resourceVersion: '171', labels: { team: 'platform' } },
  spec: {
    project: 'default',
    source: { repoURL: 'http://git.example/apps.git', path: 'apps', targetRevision: 'main' },
    destination: { server: 'https://kubernetes.default.svc', namespace: 'argocd' },
    syncPolicy: { automated: { prune: true, selfHeal: true } },
  },
  status: { health: { status: 'Progressing' } },
} as unknown as Application;

/** A server holding `stored`, refusing a PUT whose resourceVersion is not the stored one. */
function serverWith(stored: Application) {
  const puts: Application[] = [];
  const port: EditPort = {
    getApplication: async () => stored,
    updateApplication: async (app) => {
      puts.push(app);
      if (app.metadata.resourceVersion !== stored.metadata.resourceVersion) {
        throw new ApiError(409, `Update application examples: changed since resourceVersion ${app.metadata.resourceVersion}`);
      }
      return { ...app, metadata: { ...app.metadata, resourceVersion: '999' } };
    },
  };
  return { port, puts };
}

const automationOff = { ...draftOf(read), automated: false };

describe('saveEdit', () => {
  it('sends the edit again on the new version when only the status changed meanwhile', async () => {
    const statusMoved = { ...read, metadata: { ...read.metadata, resourceVersion: '182' }, status: { health: { status: 'Healthy' } } };
    const { port, puts } = serverWith(statusMoved as Application);

    const saved = await saveEdit(port, read, automationOff);

    expect(puts.map((p) => p.metadata.resourceVersion)).toEqual(['171', '182']);
    expect(saved.spec.syncPolicy?.automated).toBeUndefined();
  });

  it('keeps the conflict when someone else changed the spec meanwhile', async () => {
    const edited = {
      ...read,
      metadata: { ...read.metadata, resourceVersion: '182' },
      spec: { ...read.spec, source: { ...read.spec.source, path: 'elsewhere' } },
    };
    const { port, puts } = serverWith(edited as Application);

    await expect(saveEdit(port, read, automationOff)).rejects.toMatchObject({ status: 409 });
    expect(puts).toHaveLength(1);
  });

  it('sends an unconflicted edit once', async () => {
    const { port, puts } = serverWith(read);

    await saveEdit(port, read, automationOff);

    expect(puts).toHaveLength(1);
  });
});
