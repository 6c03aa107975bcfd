package io.mooring.source.git;

/** The kinds of network request made to a Git remote, named as Argo CD's metrics name them. */
public enum GitRequestType {
  FETCH("fetch"),
  LS_REMOTE("ls-remote");

  private final String label;

  GitRequestType(String label) {
    this.label = label;
  }

  /** The {@code request_type} label value. */
  public String label() {
    return label;
  }
}
