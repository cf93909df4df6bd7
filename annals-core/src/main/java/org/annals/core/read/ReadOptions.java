package org.annals.core.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How documents are read.
 *
 * @param date the {@code --date} value: the date of plain text without a {@code date YYYY-MM-DD}
 *     line, and the fallback for JSON Lines articles without a {@code date} and TimeML files
 *     without a creation time. A date written in the input always wins over it.
 * @param maxChars the largest document accepted, in characters (UTF-16 code units); larger ones
 *     fail with "document too large". For JSON Lines the limit applies to each article's {@code
 *     text}.
 */
public record ReadOptions(Optional<LocalDate> date, long maxChars) {

  /** The default {@link #maxChars()}: two million characters. */
  public static final long DEFAULT_MAX_CHARS = 2_000_000L;

  public ReadOptions {
    Objects.requireNonNull(date, "date");
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    }
  }

  /** No {@code --date}, {@link #DEFAULT_MAX_CHARS}. */
  public static ReadOptions defaults() {
    return new ReadOptions(Optional.empty(), DEFAULT_MAX_CHARS);
  }

  /** These options with {@code date} as the {@code --date} value. */
  public ReadOptions withDate(LocalDate date) {
    return new ReadOptions(Optional.of(date), maxChars);
  }

  /** These options with {@code date} as the {@code --date} value, or none when empty. */
  public ReadOptions withDate(Optional<LocalDate> date) {
    return new ReadOptions(date, maxChars);
  }

  /** These options without a {@code --date} value. */
  public ReadOptions withoutDate() {
    return new ReadOptions(Optional.empty(), maxChars);
  }

  /** These options with another character limit. */
  public ReadOptions withMaxChars(long maxChars) {
    return new ReadOptions(date, maxChars);
  }
}
