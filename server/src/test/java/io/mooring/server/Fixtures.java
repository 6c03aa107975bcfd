package io.mooring.server;

import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;

/** Applications and projects for tests, written as the YAML users write. */
public final class Fixtures {
  private Fixtures() {}

  /** An Application {@code name} in {@code project} tracking {@code repoURL} at {@code path}. */
  public static Application app(String name, String project, String repoUrl, String path) {
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

  /** An AppProject with a {@code developer} role that may get and sync the project's apps. */
  public static AppProject projectWithDeveloperRole(String name) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata: {name: %1$s, namespace: argocd}
        spec:
          sourceRepos: ['*']
          destinations: [{server: '*', namespace: '*'}]
          roles:
            - name: developer
              policies:
                - p, proj:%1$s:developer, applications, get, %1$s/*, allow
                - p, proj:%1$s:developer, applications, sync, %1$s/*, allow
                - p, proj:%1$s:developer, applications, delete, other-project/*, allow
              groups: [%1$s-devs]
        """
            .formatted(name),
        AppProject.class);
  }

  /** An AppProject permitting {@code repos} and any destination namespace matching {@code ns}. */
  public static AppProject project(String name, String repos, String namespaces) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata: {name: %s, namespace: argocd}
        spec:
          sourceRepos: ['%s']
          destinations: [{server: 'https://kubernetes.default.svc', namespace: '%s'}]
        """
            .formatted(name, repos, namespaces),
        AppProject.class);
  }
}
