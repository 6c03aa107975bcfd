package io.mooring.cli;

/**
 * A flag whose value cannot be used, found after picocli parsed it (a malformed {@code k=v}, a
 * combination that makes no sense). {@link ErrorExitHandler} prints its message and exits 2.
 */
final class FlagException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FlagException(String message) {
    super(message);
  }
}
