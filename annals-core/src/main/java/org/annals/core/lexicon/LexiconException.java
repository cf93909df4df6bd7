package org.annals.core.lexicon;

/**
 * A lexicon or ontology table is missing or malformed. Unchecked: a bad resource file is a
 * build/packaging defect, not a condition callers can recover from.
 *
 * <p>The message always starts with the place, {@code file:line: reason} (line 0 when the problem
 * concerns the whole file, e.g. a missing file or a missing version header).
 */
public final class LexiconException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Builds the exception with the conventional {@code file:line: reason} message. */
  public static LexiconException at(String file, int line, String reason) {
    return new LexiconException(file + ":" + line + ": " + reason);
  }
}
