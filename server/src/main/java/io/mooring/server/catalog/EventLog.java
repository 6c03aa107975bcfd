package io.mooring.server.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The Kubernetes Events recorded about objects of the control namespace (an app's history). */
@FunctionalInterface
public interface EventLog {
  /** A server without a cluster (tests, benchmarks) records none. */
  EventLog NONE = (kind, name) -> List.of();

  /** The Events about the object of {@code kind} named {@code name}, oldest first. */
  List<ObjectNode> about(String kind, String name);
}
