package io.mooring.server;

import io.mooring.controller.ports.ManifestSource;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.catalog.EventLog;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.metrics.ServerMetrics;
import io.mooring.server.settings.SettingsStore;
import io.mooring.server.webhook.PushListener;
import java.time.Clock;

/**
 * Everything the API server uses from outside, passed explicitly (the wiring class builds it).
 *
 * @param settings argocd-cm, argocd-rbac-cm, argocd-secret and the initial admin secret
 * @param applications read access to Applications
 * @param applicationWriter writes Applications (create, operations, delete)
 * @param projects read access to AppProjects (their roles feed RBAC)
 * @param pushListener receives verified webhook pushes
 * @param readiness answers /readyz
 * @param metrics the Prometheus registry served at /metrics
 * @param clock the time source of tokens and rate limits
 * @param manifests renders an app's manifests at a revision (the repository server)
 * @param events the Events recorded about Applications
 */
public record ServerDependencies(
    SettingsStore settings,
    ApplicationCatalog applications,
    ApplicationWriter applicationWriter,
    ProjectCatalog projects,
    PushListener pushListener,
    ReadinessCheck readiness,
    ServerMetrics metrics,
    Clock clock,
    ManifestSource manifests,
    EventLog events) {

  /**
   * Dependencies of a server with no repository server and no cluster events (in-memory fixtures):
   * manifest requests answer that rendering is unavailable, and no events are recorded.
   */
  public ServerDependencies(
      SettingsStore settings,
      ApplicationCatalog applications,
      ApplicationWriter applicationWriter,
      ProjectCatalog projects,
      PushListener pushListener,
      ReadinessCheck readiness,
      ServerMetrics metrics,
      Clock clock) {
    this(
        settings,
        applications,
        applicationWriter,
        projects,
        pushListener,
        readiness,
        metrics,
        clock,
        request -> {
          throw new ManifestSource.RenderFailure(
              "this server was started without a repository server: manifests cannot be rendered",
              null);
        },
        EventLog.NONE);
  }
}
