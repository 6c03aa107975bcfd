package io.mooring.cli;

import io.mooring.model.ApplicationDestination;

/** A project destination from the command line's SERVER NAMESPACE (or NAME NAMESPACE). */
final class Destinations {
  private Destinations() {}

  /** The cluster at URL {@code server}. */
  static ApplicationDestination atServer(String server, String namespace) {
    ApplicationDestination destination = new ApplicationDestination();
    destination.server = server;
    destination.namespace = namespace;
    return destination;
  }

  /** The cluster named {@code name}. */
  static ApplicationDestination named(String name, String namespace) {
    ApplicationDestination destination = new ApplicationDestination();
    destination.name = name;
    destination.namespace = namespace;
    return destination;
  }

  /** {@code SERVER,NAMESPACE} as argocd's {@code --dest} takes it. */
  static ApplicationDestination parse(String flag) {
    int comma = flag.indexOf(',');
    if (comma <= 0 || comma == flag.length() - 1) {
      throw new FlagException(
          "--dest "
              + flag
              + ": expected SERVER,NAMESPACE (e.g. https://kubernetes.default.svc,web)");
    }
    return atServer(flag.substring(0, comma).trim(), flag.substring(comma + 1).trim());
  }
}
