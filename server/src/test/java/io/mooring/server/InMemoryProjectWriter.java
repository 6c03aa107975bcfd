package io.mooring.server;

import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.server.catalog.ProjectWriter;
import io.mooring.server.http.ApiException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Writes AppProjects into a test's list, with resourceVersions checked as the API server would. */
final class InMemoryProjectWriter implements ProjectWriter {
  private final List<AppProject> projects;
  private final AtomicLong versions = new AtomicLong(5000);

  InMemoryProjectWriter(List<AppProject> projects) {
    this.projects = projects;
  }

  @Override
  public Optional<AppProject> current(String name) {
    return Optional.ofNullable(find(name)).map(ModelCodec::copy);
  }

  @Override
  public synchronized AppProject create(AppProject project) {
    if (find(project.metadata.name) != null) {
      throw ApiException.conflict("project '" + project.metadata.name + "' already exists");
    }
    AppProject stored = ModelCodec.copy(project);
    stored.metadata.namespace = "argocd";
    stored.metadata.resourceVersion = Long.toString(versions.incrementAndGet());
    projects.add(stored);
    return ModelCodec.copy(stored);
  }

  @Override
  public synchronized AppProject update(AppProject project) {
    AppProject current = find(project.metadata.name);
    if (current == null
        || !Objects.equals(project.metadata.resourceVersion, current.metadata.resourceVersion)) {
      throw ApiException.conflict(
          "AppProject " + project.metadata.name + " changed since it was read");
    }
    AppProject stored = ModelCodec.copy(project);
    stored.metadata.resourceVersion = Long.toString(versions.incrementAndGet());
    projects.set(projects.indexOf(current), stored);
    return ModelCodec.copy(stored);
  }

  @Override
  public synchronized void delete(String name) {
    projects.removeIf(p -> p.metadata.name.equals(name));
  }

  private AppProject find(String name) {
    return projects.stream().filter(p -> p.metadata.name.equals(name)).findFirst().orElse(null);
  }
}
