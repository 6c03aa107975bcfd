package io.mooring.kube.apps;

import io.mooring.model.Application;

/** Told of every Application added, changed or deleted in a watched namespace. */
@FunctionalInterface
public interface ApplicationChangeListener {
  /** How an Application changed. */
  enum Change {
    ADDED,
    MODIFIED,
    DELETED
  }

  /** {@code app} (for a deletion: its last state) changed as {@code change} says. */
  void changed(Change change, Application app);
}
