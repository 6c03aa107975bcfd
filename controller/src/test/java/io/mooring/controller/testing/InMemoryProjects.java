package io.mooring.controller.testing;

import io.mooring.controller.ports.ProjectSource;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** AppProjects in memory for reconciler and operation tests. */
public final class InMemoryProjects implements ProjectSource {
  private final Map<String, AppProject> projects = new ConcurrentHashMap<>();

  /** Only the {@code default} project, permitting everything as the controller creates it. */
  public static InMemoryProjects withDefaultProject() {
    InMemoryProjects projects = new InMemoryProjects();
    projects.put(
        """
        metadata: {name: default, namespace: argocd}
        spec:
          sourceRepos: ['*']
          destinations: [{server: '*', namespace: '*'}]
          clusterResourceWhitelist: [{group: '*', kind: '*'}]
        """);
    return projects;
  }

  /** Adds or replaces the project written as {@code yaml}. */
  public void put(String yaml) {
    AppProject project = ModelCodec.readYaml(yaml, AppProject.class);
    projects.put(project.metadata.name, project);
  }

  /** Removes the project named {@code name}. */
  public void remove(String name) {
    projects.remove(name);
  }

  @Override
  public Optional<AppProject> get(String name) {
    return Optional.ofNullable(projects.get(name)).map(ModelCodec::copy);
  }
}
