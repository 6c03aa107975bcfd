package io.mooring.bench;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;

/**
 * Applications sized like busy real ones: 80 resources in status and 10 history entries, about 14.6
 * KB of JSON each (Argo CD's 6,000-app figure works out at ~31 KB per app).
 */
final class BusyApplications {
  static final String REPO = "https://git.example.com/platform/apps.git";

  private BusyApplications() {}

  /** The app numbered {@code index}: {@code app-0042}, team {@code team-2}, on {@link #REPO}. */
  static Application numbered(int index) {
    StringBuilder yaml = new StringBuilder();
    yaml.append(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: app-%04d
          namespace: argocd
          labels: {team: team-%d, tier: backend}
        spec:
          project: default
          source: {repoURL: '%s', path: apps/app-%04d, targetRevision: main}
          destination: {server: 'https://kubernetes.default.svc', namespace: ns-%04d}
          syncPolicy: {automated: {prune: true, selfHeal: true}}
        status:
          sync: {status: Synced, revision: 0123456789abcdef0123456789abcdef01234567}
          health: {status: Healthy}
          reconciledAt: '2026-01-01T10:00:00Z'
          resources:
        """
            .formatted(index, index % 20, REPO, index, index));
    for (int r = 0; r < 80; r++) {
      yaml.append(
          "    - {group: apps, version: v1, kind: Deployment, namespace: ns-%04d, name: workload-%02d, status: Synced, health: {status: Healthy}}\n"
              .formatted(index, r));
    }
    yaml.append("  history:\n");
    for (int h = 0; h < 10; h++) {
      yaml.append(
          "    - {id: %d, revision: 0123456789abcdef0123456789abcdef0123456%d, deployedAt: '2026-01-01T10:00:00Z', deployStartedAt: '2026-01-01T09:59:58Z', source: {repoURL: '%s', path: apps/app-%04d, targetRevision: main}}\n"
              .formatted(h, h, REPO, index));
    }
    return ModelCodec.readYaml(yaml.toString(), Application.class);
  }
}
