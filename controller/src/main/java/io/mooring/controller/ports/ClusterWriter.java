package io.mooring.controller.ports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import java.util.Map;

/** Changes objects in an Application's destination cluster (the only writes a sync makes). */
public interface ClusterWriter {
  /** What {@link #apply} returns when the object was already as desired. */
  String UNCHANGED = "unchanged";

  /**
   * Applies {@code object} as {@code how} says.
   *
   * @return a short past-tense description for the sync result, such as "created" or "configured"
   * @throws WriteFailure with the API server's message when the object is refused
   */
  String apply(Application app, ObjectNode object, Apply how) throws WriteFailure;

  /**
   * Deletes the object; an object already gone is not an error.
   *
   * @param propagation foreground, background or orphan
   */
  void delete(Application app, ResourceKey key, String propagation) throws WriteFailure;

  /** Creates {@code namespace} if missing, with the given labels and annotations. */
  void ensureNamespace(
      Application app,
      String namespace,
      Map<String, String> labels,
      Map<String, String> annotations)
      throws WriteFailure;

  /**
   * How to apply one object.
   *
   * @param strategy client-side apply (kubectl's), server-side apply, or replace
   * @param force on an immutable-field conflict delete and re-create (Force=true); for server-side
   *     apply, take ownership of conflicting fields
   * @param dryRun validate on the server only, change nothing
   * @param validate let the API server validate the object's schema (Validate=false turns it off)
   */
  record Apply(Strategy strategy, boolean force, boolean dryRun, boolean validate) {}

  /** Apply strategies, as Argo CD's sync options select them. */
  enum Strategy {
    CLIENT_SIDE,
    SERVER_SIDE,
    REPLACE
  }

  /** A write the cluster refused, with its message (never containing Secret data). */
  final class WriteFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public WriteFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
