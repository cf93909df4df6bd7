package org.annals.core.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Internal: strict {@code YYYY-MM-DD} parsing. */
final class Dates {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Dates() {}

  /** True when {@code s} has the shape {@code YYYY-MM-DD} (the date may still be impossible). */
  static boolean isIsoShaped(String s) {
    return ISO_DATE.matcher(s).matches();
  }

  /**
   * The date {@code s} (shaped {@code YYYY-MM-DD}) names, or empty for 2023-02-30 or 2023-13-01.
   */
  static Optional<LocalDate> parse(String s) {
    try {
      return Optional.of(LocalDate.parse(s)); // ISO_LOCAL_DATE resolves strictly
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
