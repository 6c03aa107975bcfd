package io.mooring.cli;

/** An API server a {@link ClientSession} logs in to: where it is and the admin's password. */
interface LoginTarget {
  /** host:port, as a user types it after {@code mooring login}. */
  String address();

  String adminPassword();
}
