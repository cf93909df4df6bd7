package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where problems become output and exit codes.
 *
 * <ul>
 *   <li>usage errors (picocli's {@link ParameterException}, also thrown by commands that find a
 *       wrong combination of arguments late): {@code annals: <message>} and a hint, exit 2;
 *   <li>{@link CliException}: {@code annals: <message>}, its exit code;
 *   <li>anything else thrown by a command, and errors such as {@link OutOfMemoryError}: {@code
 *       annals: <message>}, exit 1.
 * </ul>
 *
 * <p>No stack trace is printed: a user gets one line that says what went wrong. With the
 * environment variable {@code ANNALS_DEBUG=1} the stack trace follows the line.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  static final int EXIT_OK = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  private static final int MAX_MESSAGE = 300;

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parsed) {
    report(commandLine.getErr(), ex);
    return ex instanceof CliException c ? c.exitCode() : EXIT_FAILED;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("annals: " + oneLine(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    debugTrace(err, ex);
    err.flush();
    return EXIT_USAGE;
  }

  /** Prints the one line for {@code t} (and its stack trace with {@code ANNALS_DEBUG=1}). */
  static void report(PrintWriter err, Throwable t) {
    err.println("annals: " + describe(t));
    debugTrace(err, t);
    err.flush();
  }

  /**
   * What went wrong, as one line for a user: the message of {@code t} (or of the cause that says
   * more), file-system problems as {@code PATH: reason}.
   */
  static String describe(Throwable t) {
    Throwable cause = unwrap(t);
    if (cause instanceof OutOfMemoryError) {
      return "out of memory: give Java more heap, e.g. ANNALS_JAVA_OPTS='-Xmx8g -Xss4m'";
    }
    if (cause instanceof StackOverflowError) {
      return "stack overflow: give Java a larger thread stack, e.g. ANNALS_JAVA_OPTS='-Xmx6g -Xss8m'";
    }
    if (cause instanceof FileSystemException f) {
      return fileProblem(f);
    }
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return "internal error (" + cause.getClass().getSimpleName()
          + "); run with ANNALS_DEBUG=1 to see where";
    }
    return oneLine(message);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    for (int depth = 0; depth < 10; depth++) {
      Throwable next = current.getCause();
      boolean wrapper =
          current instanceof UncheckedIOException
              || current instanceof ExceptionInInitializerError
              || current instanceof java.util.concurrent.ExecutionException
              || current instanceof CommandLine.ExecutionException
              || (next != null
                  && (current.getMessage() == null || current.getMessage().equals(next.toString())));
      if (!wrapper || next == null || current instanceof CliException) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static String fileProblem(FileSystemException f) {
    String path = f.getFile() == null ? "" : f.getFile() + ": ";
    String reason;
    if (f instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (f instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (f instanceof FileAlreadyExistsException) {
      reason = "already exists";
    } else if (f instanceof NotDirectoryException) {
      reason = "not a directory";
    } else {
      reason = f.getReason() == null ? "cannot access" : f.getReason();
    }
    return oneLine(path + reason);
  }

  /** An I/O problem on {@code what}, as one line. */
  static String describe(String what, IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return fileProblem(f);
    }
    return what + ": " + describe(e);
  }

  static String oneLine(String text) {
    String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 1) + "…";
  }

  private static void debugTrace(PrintWriter err, Throwable t) {
    if ("1".equals(System.getenv("ANNALS_DEBUG"))) {
      t.printStackTrace(err);
    }
  }
}
