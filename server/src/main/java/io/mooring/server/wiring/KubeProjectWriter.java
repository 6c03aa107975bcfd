package io.mooring.server.wiring;

import io.mooring.kube.apps.ProjectClient;
import io.mooring.kube.apps.StaleObjectException;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeException;
import io.mooring.model.AppProject;
import io.mooring.server.catalog.ProjectWriter;
import io.mooring.server.http.ApiException;
import java.util.Optional;

/** {@link ProjectWriter} on the control cluster, through kube's {@link ProjectClient}. */
final class KubeProjectWriter implements ProjectWriter {
  private final ProjectClient client;

  KubeProjectWriter(ProjectClient client) {
    this.client = client;
  }

  @Override
  public Optional<AppProject> current(String name) {
    return client.get(name);
  }

  @Override
  public AppProject create(AppProject project) {
    try {
      return client.create(project);
    } catch (KubeException e) {
      if (e.error() == KubeError.ALREADY_EXISTS) {
        throw ApiException.conflict("project '" + project.metadata.name + "' already exists");
      }
      throw e;
    }
  }

  @Override
  public AppProject update(AppProject project) {
    try {
      return client.update(project);
    } catch (StaleObjectException e) {
      throw ApiException.conflict(e.getMessage() + ": read it again and retry");
    }
  }

  @Override
  public void delete(String name) {
    client.delete(name);
  }
}
