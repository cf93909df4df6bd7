package org.annals.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: the calendar date of the date strings web pages and feeds carry. A timestamp gives its
 * date in the offset it is written in ({@code 2023-02-21T23:30:00-05:00} is 21 February): that is
 * the publisher's local date, the one the article's relative times ("on Tuesday") are counted
 * from. Why not convert to UTC: that would date an evening article in New York on the next day.
 * Stateless.
 */
final class WebDates {

  private WebDates() {}

  /** {@code 2023-02-22}, {@code 2023-02-22T10:15}, {@code 2023-02-22 10:15:00+01:00} ... */
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s])");

  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");

  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");

  /** {@code Wed, 22 Feb 2023 ...}, {@code 22 February 2023}, {@code 22. Feb 2023}. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");

  /** {@code February 22, 2023}, {@code Feb. 22 2023}. */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  /** A date in a URL path: {@code /2023/02/22/}, {@code /2023-02-22/}, {@code /20230222/}. */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})(?:/(\\d{1,2})/(\\d{1,2})|-(\\d{2})-(\\d{2})|(\\d{2})(\\d{2}))(?=[/_.-]|$)");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** The date {@code raw} names, or empty when it is no date this class knows (or impossible). */
  static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED.matcher(s);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    Optional<LocalDate> rfc = rfc1123(s);
    if (rfc.isPresent()) {
      return rfc;
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      Optional<Integer> month = month(m.group(2));
      if (month.isPresent()) {
        return of(m.group(3), String.valueOf(month.get()), m.group(1));
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      Optional<Integer> month = month(m.group(1));
      if (month.isPresent()) {
        return of(m.group(3), String.valueOf(month.get()), m.group(2));
      }
    }
    return Optional.empty();
  }

  /** The date written in a URL's path, e.g. {@code https://x.example/world/2023/02/22/slug}. */
  static Optional<LocalDate> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      Optional<LocalDate> d;
      if (m.group(2) != null) {
        d = of(m.group(1), m.group(2), m.group(3));
      } else if (m.group(4) != null) {
        d = of(m.group(1), m.group(4), m.group(5));
      } else {
        d = of(m.group(1), m.group(6), m.group(7));
      }
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> rfc1123(String s) {
    try {
      return Optional.of(
          java.time.ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return Optional.empty();
    }
    Integer exact = MONTHS.get(n.length() > 4 ? n.substring(0, 3) : n);
    if (exact == null) {
      return Optional.empty();
    }
    // a full name must be the month's name, not any word starting with its first letters
    String[] full = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"
    };
    String fullName = full[exact - 1];
    return fullName.startsWith(n) || n.equals("sept") ? Optional.of(exact) : Optional.empty();
  }

  private static Optional<LocalDate> of(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1000 || year > 2999) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
