package io.mooring.kube.apply;

/** What a delete request found. */
public enum DeleteOutcome {
  /** The API accepted the deletion (the object may linger while finalizers run). */
  DELETED,
  /** There was nothing to delete. */
  NOT_FOUND
}
