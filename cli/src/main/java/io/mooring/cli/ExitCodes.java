package io.mooring.cli;

/** Exit codes shared by every command (documented in {@code mooring --help} and the README). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  /** Not logged in, or the server refused the saved token (401): run {@code mooring login}. */
  public static final int UNAUTHORIZED = 3;

  private ExitCodes() {}
}
