package io.mooring.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.router.Endpoint;
import java.util.List;

/**
 * The API's routes, each carrying its {@link Access} as endpoint metadata so that {@link
 * AccessGate} can enforce it before the handler runs.
 */
public record RouteTable(List<Route> routes) {
  public RouteTable {
    routes = List.copyOf(routes);
  }

  /** Registers every route with Javalin. */
  public void install(RoutesConfig config) {
    for (Route route : routes) {
      config.addEndpoint(
          Endpoint.create(route.method(), route.path())
              .addMetadata(new RouteAccess(route.access()))
              .handler(route.handler()));
    }
  }
}
