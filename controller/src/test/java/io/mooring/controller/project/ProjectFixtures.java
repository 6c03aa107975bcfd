package io.mooring.controller.project;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;

/** Applications for project-rule tests. */
final class ProjectFixtures {
  private ProjectFixtures() {}

  /**
   * An Application of {@code project} from {@code repoUrl}/{@code path}, deployed to a namespace
   * named after it.
   */
  static Application app(String name, String project, String repoUrl, String path) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: %s, namespace: argocd}
        spec:
          project: %s
          source: {repoURL: '%s', path: '%s', targetRevision: HEAD}
          destination: {server: 'https://kubernetes.default.svc', namespace: %s}
        """
            .formatted(name, project, repoUrl, path, name),
        Application.class);
  }
}
