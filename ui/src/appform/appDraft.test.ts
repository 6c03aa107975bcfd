import { describe, expect, it } from 'vitest';
import type { Application } from '../api/types';
import app from '../test/fixtures/application-guestbook.json';
import { applicationOf, draftOf, EMPTY_DRAFT } from './appDraft';

const guestbook = { ...app, metadata: { ...app.metadata, resourceVersion: '41' } } as Application;

describe('the application draft', () => {
  it('builds a create body with source, destination and an automated policy', () => {
    const body = applicationOf({
      ...EMPTY_DRAFT,
      name: ' shop ',
      repoURL: 'http://git.example/apps.git',
      path: 'shop',
      namespace: 'shop',
      automated: true,
      selfHeal: true,
      syncOptions: ['CreateNamespace=true'],
    });

    expect(body).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'shop' },
      spec: {
        project: 'default',
        source: { repoURL: 'http://git.example/apps.git', path: 'shop', targetRevision: 'HEAD' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' },
        syncPolicy: { automated: { prune: false, selfHeal: true }, syncOptions: ['CreateNamespace=true'] },
      },
    });
  });

  it('names the cluster by name when asked, and leaves out an empty policy', () => {
    const body = applicationOf({ ...EMPTY_DRAFT, name: 'a', repoURL: 'r', clusterBy: 'name', cluster: 'staging' });
    expect(body.spec.destination).toEqual({ name: 'staging' });
    expect(body.spec.syncPolicy).toBeUndefined();
  });

  it('reads an existing application back into the form', () => {
    expect(draftOf(guestbook)).toEqual({
      name: 'guestbook',
      project: 'default',
      repoURL: 'https://git.example.com/apps.git',
      path: 'guestbook',
      targetRevision: 'HEAD',
      clusterBy: 'server',
      cluster: 'https://kubernetes.default.svc',
      namespace: 'guestbook',
      automated: true,
      prune: true,
      selfHeal: false,
      syncOptions: ['CreateNamespace=true'],
    });
  });

  it('keeps what the form does not show, and the version read, when editing', () => {
    const withRetry = {
      ...guestbook,
      spec: { ...guestbook.spec, revisionHistoryLimit: 3, syncPolicy: { ...guestbook.spec.syncPolicy, retry: { limit: 2 } } },
    } as Application;

    const body = applicationOf({ ...draftOf(withRetry), automated: false, path: 'guestbook-v2' }, withRetry);

    expect(body.metadata).toEqual({ name: 'guestbook', namespace: 'argocd', labels: { team: 'web' }, resourceVersion: '41' });
    expect(body.spec.source?.path).toBe('guestbook-v2');
    expect(body.spec.syncPolicy).toEqual({ retry: { limit: 2 }, syncOptions: ['CreateNamespace=true'] });
    expect((body.spec as { revisionHistoryLimit?: number }).revisionHistoryLimit).toBe(3);
    expect(body.status).toBeUndefined();
  });

  it('edits the first of several sources and keeps the others', () => {
    const multi = {
      metadata: { name: 'm' },
      spec: {
        sources: [{ repoURL: 'one', path: 'a' }, { repoURL: 'two', chart: 'c' }],
        destination: { server: 'https://kubernetes.default.svc', namespace: 'm' },
      },
    } as Application;
    const body = applicationOf({ ...draftOf(multi), repoURL: 'uno' }, multi);
    expect(body.spec.source).toBeUndefined();
    expect(body.spec.sources).toEqual([{ repoURL: 'uno', path: 'a' }, { repoURL: 'two', chart: 'c' }]);
  });
});
