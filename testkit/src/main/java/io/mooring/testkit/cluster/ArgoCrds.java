package io.mooring.testkit.cluster;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Installs the project's own Application and AppProject CustomResourceDefinitions ({@code
 * deploy/crds}) in a test cluster, as {@code kubectl apply -f deploy/crds} would on a real one.
 */
public final class ArgoCrds {
  private static final List<String> FILES = List.of("application-crd.yaml", "appproject-crd.yaml");

  private ArgoCrds() {}

  /** Creates both definitions through {@code kube}. */
  public static void install(KubernetesClient kube) {
    Path directory = directory();
    for (String file : FILES) {
      try (InputStream in = Files.newInputStream(directory.resolve(file))) {
        kube.apiextensions()
            .v1()
            .customResourceDefinitions()
            .resource(Serialization.unmarshal(in, CustomResourceDefinition.class))
            .create();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + directory.resolve(file), e);
      }
    }
  }

  /** {@code deploy/crds} seen from a module's directory (Maven's working directory) or the root. */
  private static Path directory() {
    Path fromModule = Path.of("..", "deploy", "crds");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("deploy", "crds");
  }
}
