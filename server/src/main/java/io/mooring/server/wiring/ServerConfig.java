package io.mooring.server.wiring;

import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.server.ListenAddress;
import io.mooring.server.ServerOptions;
import io.mooring.server.Transport;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code mooring server} needs to start.
 *
 * @param kubeconfig the kubeconfig of the control cluster; empty for in-cluster configuration
 * @param namespace the control namespace (Applications, AppProjects, settings, credentials)
 * @param listen where the API listens: an address (or every interface) and a port (0 picks one)
 * @param transport HTTPS with a certificate, or plain HTTP
 * @param dataDirectory where repository clones and caches live
 * @param controller queue workers and refresh timing of the controller
 * @param options the API server's tunables
 */
public record ServerConfig(
    Optional<Path> kubeconfig,
    String namespace,
    ListenAddress listen,
    Transport transport,
    Path dataDirectory,
    ControllerSettings controller,
    ServerOptions options) {

  /** Listening on {@code port} of every interface. */
  public ServerConfig(
      Optional<Path> kubeconfig,
      String namespace,
      int port,
      Transport transport,
      Path dataDirectory,
      ControllerSettings controller,
      ServerOptions options) {
    this(
        kubeconfig,
        namespace,
        ListenAddress.allInterfaces(port),
        transport,
        dataDirectory,
        controller,
        options);
  }
}
