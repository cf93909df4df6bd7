package org.annals.core.read;

/**
 * Internal: why a document cannot be read; its message becomes {@link
 * ReadOutcome.Failed#problem()}.
 */
final class ReadProblem extends Exception {
  private static final long serialVersionUID = 1L;

  ReadProblem(String problem) {
    super(problem, null, false, false);
  }

  static ReadProblem tooLarge(long chars, long limit) {
    return new ReadProblem(
        "document too large: " + chars + " characters, limit " + limit + " (use --max-chars)");
  }

  /** {@code text} as one short line: whitespace and line breaks folded, at most 160 characters. */
  static String oneLine(String text) {
    String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
