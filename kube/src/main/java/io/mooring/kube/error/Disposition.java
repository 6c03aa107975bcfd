package io.mooring.kube.error;

/**
 * What a caller should do about a failed Kubernetes call: stop and report, or back off and retry.
 */
public enum Disposition {
  /** Retrying the same request will fail the same way; report it. */
  TERMINAL,
  /** The failure may go away by itself; back off and retry. */
  TRANSIENT
}
