package io.mooring.controller.wiring;

import io.mooring.controller.ports.ManifestSource.Refresh;
import io.mooring.controller.runtime.ApplicationController;
import io.mooring.controller.views.ApplicationViews;
import io.mooring.kube.apps.ApplicationChangeListener;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.model.Application;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.git.GitRequestListener;
import io.mooring.source.git.RepoUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A started controller process. Besides stopping it, it is the entry point for triggers from
 * outside the cluster: a refresh of one Application, and a new revision pushed to a repository.
 */
public final class RunningController implements AutoCloseable {
  private final ApplicationController controller;
  private final Applications applications;
  private final Sources sources;
  private final ApplicationViews views;
  private final List<AutoCloseable> resources;
  private final AtomicBoolean closed = new AtomicBoolean();

  RunningController(
      ApplicationController controller,
      Applications applications,
      Sources sources,
      ApplicationViews views,
      List<AutoCloseable> resources) {
    this.controller = controller;
    this.applications = applications;
    this.sources = sources;
    this.views = views;
    this.resources = new ArrayList<>(resources);
  }

  /** Compares {@code app} again now. */
  public void refresh(String app, Refresh refresh) {
    controller.refresh(app, refresh);
  }

  /**
   * A new revision was pushed to {@code repoUrl} (any form: https, ssh, with or without .git):
   * fetch it at once and refresh the Applications that use the repository.
   *
   * @return the names of the Applications refreshed
   */
  public List<String> repositoryChanged(String repoUrl) {
    sources.generator().repositoryChanged(repoUrl);
    String wanted = RepoUrl.normalize(repoUrl);
    List<String> refreshed = new ArrayList<>();
    for (Application app : applications.cache().listShared()) {
      if (usesRepository(app, wanted)) {
        controller.refresh(app.metadata.name);
        refreshed.add(app.metadata.name);
      }
    }
    return refreshed;
  }

  /** Reconciles completed since the start, and keys waiting in the queues (for benchmarks). */
  public QueueFigures queueFigures() {
    return new QueueFigures(controller.reconcileCount(), controller.queueDepth());
  }

  /**
   * How much work the controller has done and has waiting.
   *
   * @param reconciles reconciles completed since the start
   * @param waiting keys waiting in the status and operation queues
   */
  public record QueueFigures(long reconciles, int waiting) {}

  /**
   * What the controller knows about its Applications (trees, managed resources, commit metadata,
   * manifests), read through its own repository server and cluster caches.
   */
  public ApplicationViews views() {
    return views;
  }

  /** The Applications the controller currently sees (shared objects: read them, never modify). */
  public List<Application> applications() {
    return applications.cache().listShared();
  }

  /**
   * The controller's watch of Applications, for a reader in the same process (the API server) that
   * would otherwise keep a second copy of every app. Reads only: the controller owns it.
   */
  public ApplicationInformer applicationCache() {
    return applications.cache();
  }

  /**
   * Starts telling {@code listener} of every later change to an Application (on the watch's thread:
   * hand slow work on); close the handle to stop.
   */
  public AutoCloseable onApplicationChange(ApplicationChangeListener listener) {
    return applications.changes().subscribe(listener);
  }

  /** The controller's watch of Applications and the fan-out of its changes. */
  record Applications(ApplicationInformer cache, ApplicationChanges changes) {}

  /** The manifest generator, and where its Git requests are counted. */
  record Sources(ManifestGenerator generator, GitRequestListener gitRequests) {}

  /**
   * Where Git requests made beside the controller's (the API's repository checks in the same
   * process) are counted, so argocd_git_request_total covers them too.
   */
  public GitRequestListener gitRequests() {
    return sources.gitRequests();
  }

  private static boolean usesRepository(Application app, String normalizedUrl) {
    if (app.spec == null) {
      return false;
    }
    if (app.spec.source != null
        && normalizedUrl.equals(RepoUrl.normalize(app.spec.source.repoURL))) {
      return true;
    }
    return app.spec.sources != null
        && app.spec.sources.stream()
            .anyMatch(s -> s.repoURL != null && normalizedUrl.equals(RepoUrl.normalize(s.repoURL)));
  }

  /** Stops everything; calling it again does nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        // closing the rest matters more than one failure to close
      }
    }
  }
}
