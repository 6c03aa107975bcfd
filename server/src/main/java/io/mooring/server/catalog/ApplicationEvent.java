package io.mooring.server.catalog;

import io.mooring.model.Application;

/**
 * An Application added, modified or deleted, as Argo CD's watch stream reports it.
 *
 * @param type {@code ADDED}, {@code MODIFIED} or {@code DELETED}
 * @param application its state after the change (for a deletion: its last state)
 */
public record ApplicationEvent(Type type, Application application) {
  /** How the Application changed (Argo CD's names). */
  public enum Type {
    ADDED,
    MODIFIED,
    DELETED
  }
}
