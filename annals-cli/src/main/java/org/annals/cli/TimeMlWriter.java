package org.annals.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.TimeMention;

/**
 * Writes a record as TempEval-style TimeML: the document creation time as {@code t0}, the body
 * with the record's times inserted as {@code TIMEX3} tags ({@code tid}, {@code type}, {@code
 * value}), so TempEval scorers can read it.
 *
 * <p>The text between the tags is the body exactly as read, XML-escaped, so the character offsets
 * of the record hold for the content of {@code TEXT}. Times that overlap an earlier one, or that lie
 * outside the body, are left out (TIMEX3 tags cannot nest). A carriage return is written as {@code &#13;} so that
 * parsers keep it. Characters XML 1.0 forbids (control
 * characters other than tab and line breaks) become spaces, which keeps every offset.
 *
 * <p>Why here and not in annals-core's {@code output}: only the command line writes TimeML so far;
 * it moves next to {@code RecordJson} when another edge needs it. Stateless.
 */
final class TimeMlWriter {

  private TimeMlWriter() {}

  /** The TimeML document, ending with a line break. */
  static String write(ArticleRecord record) {
    Document doc = record.document();
    String body = doc.text();
    String dct = doc.date().toString();
    StringBuilder xml = new StringBuilder(body.length() + 512);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
    xml.append("<DOCID>").append(escape(doc.id())).append("</DOCID>\n");
    xml.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(dct)
        .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
        .append(dct).append("</TIMEX3></DCT>\n");
    if (!doc.title().isBlank()) {
      xml.append("<TITLE>").append(escape(doc.title())).append("</TITLE>\n");
    }
    xml.append("<TEXT>");
    int at = 0;
    int tid = 1;
    for (TimeMention t : taggable(record.times(), body.length())) {
      xml.append(escape(body.substring(at, t.start())));
      xml.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type().name())
          .append("\" value=\"").append(escape(t.value())).append("\">")
          .append(escape(body.substring(t.start(), t.end())))
          .append("</TIMEX3>");
      at = t.end();
    }
    xml.append(escape(body.substring(at)));
    xml.append("</TEXT>\n</TimeML>\n");
    return xml.toString();
  }

  /** Non-empty times inside the body, by start, without any that overlaps one kept before it. */
  static List<TimeMention> taggable(List<TimeMention> times, int bodyLength) {
    List<TimeMention> sorted = new ArrayList<>(times);
    sorted.sort(
        Comparator.comparingInt(TimeMention::start)
            .thenComparing(Comparator.comparingInt(TimeMention::end).reversed()));
    List<TimeMention> kept = new ArrayList<>();
    int end = 0;
    for (TimeMention t : sorted) {
      if (t.end() > bodyLength || t.start() >= t.end() || t.start() < end) {
        continue;
      }
      kept.add(t);
      end = t.end();
    }
    return kept;
  }

  /** Text content or attribute value (double-quoted) as XML 1.0. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\r' -> sb.append("&#13;"); // a parser would fold \r\n to \n and shift offsets
        case '\t', '\n' -> sb.append(c);
        default -> sb.append(allowedInXml(c) ? c : ' ');
      }
    }
    return sb.toString();
  }

  private static boolean allowedInXml(char c) {
    return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
  }
}
