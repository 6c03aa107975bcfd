package io.mooring.controller.adapters;

import io.mooring.controller.ports.ProjectSource;
import io.mooring.kube.apps.ProjectInformer;
import io.mooring.model.AppProject;
import java.util.Optional;

/** AppProjects read from the control namespace's project watch (no API calls). */
public final class KubeProjectSource implements ProjectSource {
  private final ProjectInformer projects;

  public KubeProjectSource(ProjectInformer projects) {
    this.projects = projects;
  }

  @Override
  public Optional<AppProject> get(String name) {
    return projects.get(name);
  }
}
