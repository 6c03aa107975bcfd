package io.mooring.server.connection;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The outcome of Mooring's last attempt to reach a repository or cluster, in Argo CD's shape:
 * {@code {status: Successful|Failed|Unknown, message, attemptedAt}}. The message never holds a
 * credential.
 *
 * @param status {@code Successful}, {@code Failed} or {@code Unknown}
 * @param message why it failed; empty when it succeeded
 * @param attemptedAt when the attempt was made (RFC 3339, seconds)
 */
public record ConnectionState(String status, String message, String attemptedAt) {
  /** The status of a connection that worked. */
  public static final String SUCCESSFUL = "Successful";

  /** The status of a connection that failed. */
  public static final String FAILED = "Failed";

  /** The status when no attempt could be made. */
  public static final String UNKNOWN = "Unknown";

  /** A successful attempt at {@code at}. */
  public static ConnectionState successful(Instant at) {
    return new ConnectionState(SUCCESSFUL, "", format(at));
  }

  /** A failed attempt at {@code at}, for {@code reason}. */
  public static ConnectionState failed(String reason, Instant at) {
    return new ConnectionState(FAILED, reason, format(at));
  }

  /** No attempt possible at {@code at}, for {@code reason}. */
  public static ConnectionState unknown(String reason, Instant at) {
    return new ConnectionState(UNKNOWN, reason, format(at));
  }

  /** Whether the attempt succeeded. */
  public boolean successfulNow() {
    return SUCCESSFUL.equals(status);
  }

  private static String format(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }
}
