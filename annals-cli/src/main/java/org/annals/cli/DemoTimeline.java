package org.annals.cli;

import java.util.List;
import org.annals.store.EventQuery;
import org.annals.store.KnowledgeBase;

/**
 * The timeline {@code annals demo} prints: every merged event of the knowledge base, by date, one
 * line each ({@link StoreText#timelineLine}), reports of the same happening in different articles
 * shown once with the articles that report it.
 *
 * <p>The merging itself is the store's ({@code org.annals.store}, see its package documentation):
 * what the demo shows is what {@code annals timeline} shows on the same database.
 */
public final class DemoTimeline {

  /** Longest evidence excerpt on a line, quotes excluded. */
  static final int EXCERPT_CHARS = 90;

  /** The most events the demo prints. */
  static final int MAX_EVENTS = 10_000;

  private DemoTimeline() {}

  /** One line per merged event of {@code kb}, by date. */
  public static List<String> lines(KnowledgeBase kb) {
    return kb.eventDetails(EventQuery.all().withLimit(MAX_EVENTS)).stream().map(StoreText::timelineLine).toList();
  }

  /**
   * At most {@code max} characters of {@code text} with whitespace folded; when it is longer, a
   * window around the trigger (at {@code triggerAt} within the text), cut at spaces, with {@code …}
   * where text was left out.
   */
  static String excerpt(String text, int triggerAt, int max) {
    String whole = fold(text);
    if (whole.length() <= max) {
      return whole;
    }
    int room = max - 2; // for the ellipses
    int anchor = Math.max(0, Math.min(triggerAt, text.length()));
    int start = Math.max(0, anchor - room / 3);
    int end = Math.min(text.length(), start + room);
    start = Math.max(0, end - room);
    if (start > 0) {
      int space = text.indexOf(' ', start);
      if (space >= 0 && space < anchor) {
        start = space + 1;
      }
    }
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      if (space > Math.max(start, anchor)) {
        end = space;
      }
    }
    String window = fold(text.substring(start, end));
    return (start > 0 ? "…" : "") + window + (end < text.length() ? "…" : "");
  }

  private static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

}
