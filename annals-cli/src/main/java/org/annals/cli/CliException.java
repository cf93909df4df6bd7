package org.annals.cli;

/**
 * A problem that ends a command, with the message the user sees (one line, without the {@code
 * annals:} prefix) and the exit code. Thrown by commands, turned into output by {@link Failures}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
    this.exitCode = Failures.EXIT_FAILED;
  }

  int exitCode() {
    return exitCode;
  }
}
