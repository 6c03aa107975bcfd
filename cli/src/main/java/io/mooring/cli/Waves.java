package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ClientException;
import io.mooring.cli.client.WaveLookup;
import io.mooring.model.Application;
import io.mooring.model.ResourceStatus;
import java.util.List;
import java.util.Optional;

/** The waves of an app's resources, for progress lines, read from its rendered manifests. */
final class Waves {
  private Waves() {}

  /**
   * The waves of {@code app}'s manifests at {@code revision}; when the manifests cannot be rendered
   * (the sync will say why), only the waves its status knows.
   */
  static WaveLookup of(ApplicationsApi apps, Application app, Optional<String> revision) {
    List<ResourceStatus> resources =
        app.status == null || app.status.resources == null ? List.of() : app.status.resources;
    try {
      return WaveLookup.of(apps.manifests(app.metadata.name, revision).objects(), resources);
    } catch (ClientException e) {
      return WaveLookup.of(List.of(), resources);
    }
  }
}
