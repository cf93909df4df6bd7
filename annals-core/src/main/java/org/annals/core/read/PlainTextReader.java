package org.annals.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Document;

/**
 * Internal: plain text, with or without the seed's {@code date YYYY-MM-DD title} header line.
 * Stateless.
 */
final class PlainTextReader {

  static final String NO_DATE =
      "no date: the first line is not 'date YYYY-MM-DD title' and no --date was given";
  static final String MALFORMED_DATE_LINE = "malformed date line: expected 'date YYYY-MM-DD title'";

  /**
   * {@code date} (lower case, as in the contract; "Date ..." is a plain headline), whitespace, a
   * token, then the optional title.
   */
  private static final Pattern DATE_LINE =
      Pattern.compile("date\\s+(\\S+)(?:\\s+(.*))?", Pattern.DOTALL);

  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

  static final int MAX_TITLE_CHARS = 200;

  private PlainTextReader() {}

  /** A line at [start, end) of the text; its line break (if any) ends at {@code next}. */
  private record Line(int start, int end, int next) {
    String in(String text) {
      return text.substring(start, end);
    }
  }

  /** A well-formed {@code date YYYY-MM-DD title} line. */
  private record DateHeader(LocalDate date, String title) {}

  /**
   * Reads a document; the seed format when the first non-blank line is a date line, otherwise plain
   * text dated by {@code opts.date()}.
   */
  static ReadOutcome read(String source, String id, String text, ReadOptions opts)
      throws ReadProblem {
    Optional<Line> first = firstNonBlankLine(text);
    if (first.isEmpty()) {
      throw new ReadProblem("empty document");
    }
    Line header = first.get();
    Optional<DateHeader> dated = parseHeader(header.in(text));
    if (dated.isPresent()) {
      return readSeed(source, id, text, header, dated.get());
    }
    LocalDate date = opts.date().orElseThrow(() -> new ReadProblem(NO_DATE));
    String title = shorten(header.in(text).strip());
    Document doc = Document.of(id, date, title, source, text);
    return new ReadOutcome.Ok(doc, EnglishCheck.warnings(text));
  }

  private static ReadOutcome readSeed(
      String source, String id, String text, Line header, DateHeader dated) throws ReadProblem {
    List<String> warnings = new ArrayList<>();
    int bodyStart = header.next();
    Line blank = lineAt(text, bodyStart);
    if (bodyStart < text.length()) {
      if (blank.in(text).isBlank()) {
        bodyStart = blank.next();
      } else {
        warnings.add("no blank line after the date line; the body starts on the next line");
      }
    }
    String body = text.substring(bodyStart);
    if (body.isBlank()) {
      throw new ReadProblem("empty document: nothing after the date line");
    }
    warnings.addAll(EnglishCheck.warnings(body));
    Document doc = Document.of(id, dated.date(), dated.title(), source, body);
    return new ReadOutcome.Ok(doc, warnings);
  }

  /**
   * The date line, or empty when the line is not meant as one. A line is meant as a date line when
   * it is "date" and a token containing a digit; then the token must be a possible YYYY-MM-DD date.
   */
  private static Optional<DateHeader> parseHeader(String line) throws ReadProblem {
    Matcher m = DATE_LINE.matcher(line.strip());
    if (!m.matches() || !HAS_DIGIT.matcher(m.group(1)).matches()) {
      return Optional.empty();
    }
    String token = m.group(1);
    if (!Dates.isIsoShaped(token)) {
      throw new ReadProblem(MALFORMED_DATE_LINE);
    }
    LocalDate date =
        Dates.parse(token)
            .orElseThrow(() -> new ReadProblem("impossible date '" + token + "' in the date line"));
    String title = m.group(2) == null ? "" : m.group(2).strip();
    return Optional.of(new DateHeader(date, title));
  }

  private static Optional<Line> firstNonBlankLine(String text) {
    int pos = 0;
    while (pos < text.length()) {
      Line line = lineAt(text, pos);
      if (!line.in(text).isBlank()) {
        return Optional.of(line);
      }
      pos = line.next();
    }
    return Optional.empty();
  }

  /** The line starting at {@code start}; breaks are \n, \r\n or a lone \r. */
  private static Line lineAt(String text, int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    int next = i;
    if (next < text.length()) {
      next += text.startsWith("\r\n", next) ? 2 : 1;
    }
    return new Line(start, i, next);
  }

  private static String shorten(String title) {
    if (title.length() <= MAX_TITLE_CHARS) {
      return title;
    }
    int cut = title.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
    return title.substring(0, cut > MAX_TITLE_CHARS / 2 ? cut : MAX_TITLE_CHARS - 1) + "…";
  }
}
