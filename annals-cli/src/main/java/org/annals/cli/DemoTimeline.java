package org.annals.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Status;

/**
 * The merged, dated timeline of several articles, as {@code annals demo} prints it: one line per
 * happening, the reports of the same happening in different articles shown once.
 *
 * <p>Two reports are taken to be the same happening when they have the same event type, the same
 * set of participants (the countries of the source and target entities; an entity without a
 * country counts by its name), date intervals that overlap ({@link EventDate#overlaps}), come from
 * different articles, and are both negated or both not. Within one article the event coder has
 * already merged repeated mentions ({@link Event#reports()}); two events it kept apart stay apart.
 * Each merged happening must overlap all of its reports, so a chain of loosely dated reports does
 * not glue distant happenings together.
 *
 * <p>Why here and not in annals-core: it is presentation for the demo; the knowledge-base issue
 * will move the merging into the store, where the timeline command will read it. Stateless once
 * built; immutable.
 */
public final class DemoTimeline {

  /** Longest evidence excerpt on a line, quotes excluded. */
  static final int EXCERPT_CHARS = 90;

  /** One event of one article. */
  public record Report(ArticleRecord record, Event event, int order) {
    String docId() {
      return record.document().id();
    }

    /** The first day the event can lie on; for unbounded dates the last, else the article's date. */
    LocalDate sortDate() {
      EventDate d = event.date();
      return d.earliest().or(d::latest).orElse(record.document().date());
    }

    /** Days the date interval spans; unbounded intervals count as very wide. */
    long width() {
      EventDate d = event.date();
      if (d.earliest().isEmpty() || d.latest().isEmpty()) {
        return Long.MAX_VALUE;
      }
      return ChronoUnit.DAYS.between(d.earliest().get(), d.latest().get());
    }

    Set<String> participants() {
      Set<String> keys = new TreeSet<>();
      for (EntityId id : concat(event.source(), event.target())) {
        record.entity(id).ifPresent(e -> keys.add(e.country().orElse("name:" + e.name().toLowerCase(Locale.ROOT))));
      }
      return keys;
    }
  }

  /** One happening and every report of it, the one shown first. */
  public record Entry(List<Report> reports) {
    public Entry {
      reports = List.copyOf(reports);
    }

    /** The report shown: the most precisely dated, then the most confident, then the first. */
    public Report shown() {
      return reports.stream()
          .min(
              Comparator.comparingLong(Report::width)
                  .thenComparingDouble(r -> -r.event().confidence())
                  .thenComparingInt(Report::order))
          .orElseThrow();
    }

    /** The line for this happening (see {@link DemoTimeline#line}). */
    public String line() {
      return DemoTimeline.line(this);
    }
  }

  private final List<Entry> entries;
  private final int events;

  private DemoTimeline(List<Entry> entries, int events) {
    this.entries = List.copyOf(entries);
    this.events = events;
  }

  /** The timeline of {@code records} (in the order the articles were given). */
  public static DemoTimeline of(List<ArticleRecord> records) {
    List<Report> reports = new ArrayList<>();
    for (ArticleRecord r : records) {
      for (Event e : r.events()) {
        reports.add(new Report(r, e, reports.size()));
      }
    }
    List<Report> byDate = new ArrayList<>(reports);
    byDate.sort(Comparator.comparing(Report::sortDate).thenComparingInt(Report::order));
    List<List<Report>> groups = new ArrayList<>();
    for (Report report : byDate) {
      groups.stream()
          .filter(g -> g.stream().allMatch(other -> sameHappening(report, other)))
          .findFirst()
          .ifPresentOrElse(g -> g.add(report), () -> groups.add(new ArrayList<>(List.of(report))));
    }
    List<Entry> entries = new ArrayList<>();
    groups.forEach(g -> entries.add(new Entry(g)));
    entries.sort(
        Comparator.comparing((Entry e) -> e.shown().sortDate())
            .thenComparing(e -> e.shown().event().date().latest().orElse(LocalDate.MAX))
            .thenComparingInt(e -> e.reports().get(0).order()));
    return new DemoTimeline(entries, reports.size());
  }

  static boolean sameHappening(Report a, Report b) {
    if (a.record() == b.record() || a.event().type() != b.event().type()) {
      return false;
    }
    if ((a.event().status() == Status.NEGATED) != (b.event().status() == Status.NEGATED)) {
      return false;
    }
    Set<String> participants = a.participants();
    return !participants.isEmpty()
        && participants.equals(b.participants())
        && a.event().date().overlaps(b.event().date());
  }

  /** The happenings, by date. */
  public List<Entry> entries() {
    return entries;
  }

  /** How many events the articles reported, before merging. */
  public int eventCount() {
    return events;
  }

  /** One line per happening, by date. */
  public List<String> lines() {
    return entries.stream().map(Entry::line).collect(Collectors.toList());
  }

  /**
   * {@code DATE  TYPE/mode  SOURCE → TARGET  @PLACE  [status]  "evidence excerpt"  (docid)}, e.g.
   * {@code 2023-02-21  CONSULT/visit  Rosa Ibarra (CHL) → Peru (PER)  @Peru  [occurred]
   * "…arrived in Peru…"  (article.txt)}; a merged happening ends with {@code (2 reports: a, b)}.
   */
  static String line(Entry entry) {
    Report shown = entry.shown();
    Event e = shown.event();
    ArticleRecord r = shown.record();
    StringBuilder sb = new StringBuilder();
    sb.append(pad(e.date().value(), 10)).append("  ");
    sb.append(pad(e.type().name() + e.mode().map(m -> "/" + m).orElse(""), 18)).append("  ");
    String source = actors(r, e.source());
    String target = actors(r, e.target());
    sb.append(source.isEmpty() ? "?" : source);
    if (!target.isEmpty()) {
      sb.append(" → ").append(target);
    }
    e.location().flatMap(r::entity).ifPresent(place -> sb.append("  @").append(place.name()));
    sb.append("  [").append(e.status().code()).append("]");
    int triggerAt = e.trigger().start() - e.evidence().start();
    sb.append("  \"").append(excerpt(e.evidence().text(), triggerAt, EXCERPT_CHARS)).append('"');
    sb.append("  (");
    if (entry.reports().size() == 1) {
      sb.append(shown.docId());
    } else {
      List<String> ids = new ArrayList<>();
      entry.reports().stream()
          .sorted(Comparator.comparingInt(Report::order))
          .forEach(rep -> ids.add(rep.docId()));
      sb.append(ids.size()).append(" reports: ").append(String.join(", ", ids));
    }
    return sb.append(')').toString();
  }

  /** {@code Rosa Ibarra (CHL) & Chile (CHL)}: names with their country, if known. */
  static String actors(ArticleRecord r, List<EntityId> ids) {
    List<String> names = new ArrayList<>();
    for (EntityId id : ids) {
      Optional<Entity> entity = r.entity(id);
      names.add(entity.map(en -> en.name() + en.country().map(c -> " (" + c + ")").orElse("")).orElse(id.value()));
    }
    return String.join(" & ", names);
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

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
