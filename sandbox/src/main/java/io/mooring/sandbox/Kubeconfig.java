package io.mooring.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a kubeconfig that points kubectl (or any client) at a sandbox URL. No credentials. */
public final class Kubeconfig {
  /** The name of the cluster, user and context in the written file. */
  public static final String CONTEXT = "mooring-sandbox";

  private Kubeconfig() {}

  /** The kubeconfig text for a server URL. */
  public static String forServer(String url) {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - name: %1$s
          cluster:
            server: %2$s
        users:
        - name: %1$s
          user: {}
        contexts:
        - name: %1$s
          context:
            cluster: %1$s
            user: %1$s
            namespace: default
        current-context: %1$s
        """
        .formatted(CONTEXT, url);
  }

  /** Writes the kubeconfig for a server URL to a file, creating parent directories. */
  public static void write(String url, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, forServer(url));
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not write the kubeconfig " + file + ": " + e.getMessage(), e);
    }
  }
}
