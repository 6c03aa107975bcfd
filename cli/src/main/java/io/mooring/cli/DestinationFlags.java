package io.mooring.cli;

import io.mooring.model.ApplicationDestination;
import io.mooring.model.ApplicationSpec;
import picocli.CommandLine.Option;

/** Where the app goes and under which project. */
final class DestinationFlags {
  @Option(
      names = "--dest-server",
      paramLabel = "URL",
      description = "Cluster API URL (spec.destination.server; clears --dest-name).")
  String server;

  @Option(
      names = "--dest-name",
      paramLabel = "NAME",
      description = "Cluster name (spec.destination.name; clears --dest-server).")
  String name;

  @Option(
      names = "--dest-namespace",
      paramLabel = "NS",
      description = "Namespace to deploy to (spec.destination.namespace).")
  String namespace;

  @Option(
      names = "--project",
      paramLabel = "PROJECT",
      description = "AppProject of the Application (spec.project).")
  String project;

  void applyTo(ApplicationSpec spec) {
    if (project != null) {
      spec.project = project;
    }
    if (server == null && name == null && namespace == null) {
      return;
    }
    if (server != null && name != null) {
      throw new FlagException("--dest-server and --dest-name: give one of them, not both");
    }
    if (spec.destination == null) {
      spec.destination = new ApplicationDestination();
    }
    if (server != null) {
      spec.destination.server = server;
      spec.destination.name = null;
    }
    if (name != null) {
      spec.destination.name = name;
      spec.destination.server = null;
    }
    if (namespace != null) {
      spec.destination.namespace = namespace;
    }
  }
}
