package io.mooring.server;

import io.mooring.controller.views.ApplicationViews;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.catalog.EventLog;
import io.mooring.server.catalog.NoApplicationViews;
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
 * @param views the controller's views of Applications: manifests (its repository server), resource
 *     trees, managed resources and commit metadata
 * @param events the Events recorded about Applications (and AppProjects)
 * @param admin what the project, repository and cluster routes write through and reach out with
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
    ApplicationViews views,
    EventLog events,
    AdminPorts admin) {

  /** Dependencies of a server whose administration routes cannot write (see {@link AdminPorts}). */
  public ServerDependencies(
      SettingsStore settings,
      ApplicationCatalog applications,
      ApplicationWriter applicationWriter,
      ProjectCatalog projects,
      PushListener pushListener,
      ReadinessCheck readiness,
      ServerMetrics metrics,
      Clock clock,
      ApplicationViews views,
      EventLog events) {
    this(
        settings,
        applications,
        applicationWriter,
        projects,
        pushListener,
        readiness,
        metrics,
        clock,
        views,
        events,
        AdminPorts.unavailable());
  }

  /**
   * Dependencies of a server with no controller and no cluster events (in-memory fixtures):
   * manifests, trees and managed resources answer that they are unavailable, no events are
   * recorded, and the administration routes cannot write.
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
        new NoApplicationViews(),
        EventLog.NONE,
        AdminPorts.unavailable());
  }

  /** These dependencies with {@code ports} for the administration routes. */
  public ServerDependencies withAdmin(AdminPorts ports) {
    return new ServerDependencies(
        settings,
        applications,
        applicationWriter,
        projects,
        pushListener,
        readiness,
        metrics,
        clock,
        views,
        events,
        ports);
  }
}
