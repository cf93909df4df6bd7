package org.annals.store;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Events as CSV rows with the columns of the ICEWS and POLECAT event files (one row per merged
 * event; several sources or targets joined with {@code ; }), quoted as RFC 4180 says.
 */
public final class StoreCsv {

  /** The header row's columns. */
  public static final List<String> COLUMNS = List.of(
      "event_id", "event_date", "date_earliest", "date_latest",
      "source_name", "source_country", "source_sector", "source_kind",
      "event_type", "event_mode", "cameo_code", "goldstein", "quad_class", "status",
      "target_name", "target_country", "target_sector", "target_kind",
      "place", "place_country", "reports", "sources", "evidence_doc_id", "evidence_text", "merged_because");

  private StoreCsv() {}

  public static String header() {
    return String.join(",", COLUMNS);
  }

  /** The values of one row, in {@link #COLUMNS} order. */
  public static List<String> values(EventSummary e) {
    return List.of(
        Long.toString(e.id()), e.dateValue(), e.earliest().map(Object::toString).orElse(""),
        e.latest().map(Object::toString).orElse(""),
        join(e.source(), ActorRef::name), join(e.source(), a -> a.country().orElse("")),
        join(e.source(), a -> a.sector().orElse("")), join(e.source(), ActorRef::kind),
        e.type(), e.mode().orElse(""), e.cameo(), String.format(Locale.ROOT, "%.1f", e.goldstein()),
        Integer.toString(e.quadClass()), e.status(),
        join(e.target(), ActorRef::name), join(e.target(), a -> a.country().orElse("")),
        join(e.target(), a -> a.sector().orElse("")), join(e.target(), ActorRef::kind),
        e.place().map(ActorRef::name).orElse(""), e.place().flatMap(ActorRef::country).orElse(""),
        Integer.toString(e.reports()), Integer.toString(e.sources()), e.documentKey(), e.evidence(),
        e.mergedBecause().orElse(""));
  }

  public static String row(EventSummary e) {
    return values(e).stream().map(StoreCsv::quote).collect(Collectors.joining(","));
  }

  /** A CSV field, quoted when it must be. */
  public static String quote(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static String join(List<ActorRef> actors, Function<ActorRef, String> f) {
    return actors.stream().map(f).collect(Collectors.joining("; "));
  }
}
