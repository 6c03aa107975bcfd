package io.mooring.server;

import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
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
 */
public record ServerDependencies(
    SettingsStore settings,
    ApplicationCatalog applications,
    ApplicationWriter applicationWriter,
    ProjectCatalog projects,
    PushListener pushListener,
    ReadinessCheck readiness,
    ServerMetrics metrics,
    Clock clock) {}
