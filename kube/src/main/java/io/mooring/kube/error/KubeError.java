package io.mooring.kube.error;

/** The kinds of failure a Kubernetes API call can have, each terminal or transient. */
public enum KubeError {
  /** The object (or its namespace) does not exist (404). */
  NOT_FOUND(Disposition.TERMINAL),
  /** Creating an object that already exists (409 AlreadyExists). */
  ALREADY_EXISTS(Disposition.TERMINAL),
  /** The object changed since it was read (409 Conflict on resourceVersion); re-read and retry. */
  CONFLICT(Disposition.TRANSIENT),
  /** Server-side apply found fields owned by another field manager (409 with apply). */
  FIELD_CONFLICT(Disposition.TERMINAL),
  /** The API rejected the object (422 Invalid, including immutable fields). */
  INVALID(Disposition.TERMINAL),
  /** The request was malformed (400). */
  BAD_REQUEST(Disposition.TERMINAL),
  /** The credentials lack permission (403). */
  FORBIDDEN(Disposition.TERMINAL),
  /** The credentials were refused (401). */
  UNAUTHORIZED(Disposition.TERMINAL),
  /** The server does not support the request (405, 406, 415). */
  UNSUPPORTED(Disposition.TERMINAL),
  /** The cluster does not serve this group/kind (yet: a CRD may still be being established). */
  UNKNOWN_TYPE(Disposition.TRANSIENT),
  /** The server asked us to slow down (429). */
  THROTTLED(Disposition.TRANSIENT),
  /** The server or a connection timed out (408, 504). */
  TIMEOUT(Disposition.TRANSIENT),
  /** The server could not be reached or failed internally (5xx, connection errors). */
  UNAVAILABLE(Disposition.TRANSIENT),
  /** Any other failure. */
  UNKNOWN(Disposition.TERMINAL);

  private final Disposition disposition;

  KubeError(Disposition disposition) {
    this.disposition = disposition;
  }

  /** Whether to stop or retry after this error. */
  public Disposition disposition() {
    return disposition;
  }

  /** True when a retry after a back-off may succeed. */
  public boolean isTransient() {
    return disposition == Disposition.TRANSIENT;
  }
}
