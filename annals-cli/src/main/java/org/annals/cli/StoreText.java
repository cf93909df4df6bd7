package org.annals.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annals.store.ActorRef;
import org.annals.store.EventDetail;
import org.annals.store.EventReport;
import org.annals.store.EventSummary;

/** How the store commands show events and actors to a person: one line each, aligned. */
final class StoreText {

  private StoreText() {}

  /** {@code Rosa Ibarra (CHL) & Chile (CHL)}. */
  static String actors(List<ActorRef> actors) {
    return actors.stream().map(ActorRef::label).collect(Collectors.joining(" & "));
  }

  /** {@code TYPE/mode  SOURCE → TARGET  @PLACE  [status]}, the middle of a timeline line. */
  static String what(EventSummary e) {
    StringBuilder sb = new StringBuilder();
    sb.append(pad(e.type() + e.mode().map(m -> "/" + m).orElse(""), 18)).append("  ");
    String source = actors(e.source());
    String target = actors(e.target());
    sb.append(source.isEmpty() ? "?" : source);
    if (!target.isEmpty()) {
      sb.append(" → ").append(target);
    }
    e.place().ifPresent(p -> sb.append("  @").append(p.name()));
    sb.append("  [").append(e.status()).append("]");
    return sb.toString();
  }

  /**
   * {@code DATE  TYPE/mode  SOURCE → TARGET  @PLACE  [status]  "evidence excerpt"  (docs)}: the line
   * of the timeline and of the demo; the excerpt is taken around the trigger of the first report.
   */
  static String timelineLine(EventDetail d) {
    EventSummary e = d.event();
    EventReport first = d.reports().get(0);
    StringBuilder sb = new StringBuilder();
    sb.append(pad(e.dateValue(), 10)).append("  ").append(what(e));
    int triggerAt = first.triggerStart() - first.evidenceStart();
    sb.append("  \"").append(DemoTimeline.excerpt(first.evidenceText(), triggerAt, DemoTimeline.EXCERPT_CHARS))
        .append('"');
    sb.append("  (");
    List<String> docs = d.reports().stream().map(EventReport::documentKey).distinct().toList();
    if (d.reports().size() == 1) {
      sb.append(docs.get(0));
    } else {
      sb.append(d.reports().size()).append(" reports: ").append(String.join(", ", docs));
    }
    return sb.append(')').toString();
  }

  /** {@code #12  DATE  TYPE …  3 reports, 2 sources}: a line of {@code annals events}. */
  static String eventLine(EventSummary e) {
    return String.format(Locale.ROOT, "#%-6d %-10s  %s  %d report%s, %d source%s", e.id(), e.dateValue(), what(e),
        e.reports(), e.reports() == 1 ? "" : "s", e.sources(), e.sources() == 1 ? "" : "s");
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
