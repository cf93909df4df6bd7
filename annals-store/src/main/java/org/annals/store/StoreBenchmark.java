package org.annals.store;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.annals.model.EventType;

/**
 * The store benchmark ({@code annals bench-store}): ingests synthetic articles through {@link
 * KnowledgeBase#ingest} (timing the ingest), tops the database up to the wanted number of events
 * with set-based SQL (copies of the ingested structure, spread over ten years and all actors), then
 * times each query a few times and prints the median.
 *
 * <p>Why a bulk top-up: ingesting 100,000 events one document at a time measures the writer, not the
 * queries, and takes long on a shared machine; the ingest rate is measured on the first part.
 */
public final class StoreBenchmark {

  private final KnowledgeBase kb;
  private final PrintWriter out;

  public StoreBenchmark(KnowledgeBase kb, PrintWriter out) {
    this.kb = kb;
    this.out = out;
  }

  /** Fills the (empty) knowledge base and prints the timings; returns the median ms per query name. */
  public Map<String, Double> run(int events, int ingestDocs, int repeats) {
    if (!(kb instanceof JdbcKnowledgeBase jdbc)) {
      throw new IllegalArgumentException("the benchmark needs the JDBC knowledge base");
    }
    if (kb.stats().documents() > 0) {
      throw new StoreException(kb.location() + " is not empty: the benchmark fills a fresh database");
    }
    SyntheticCorpus corpus = new SyntheticCorpus(42, 3000);
    long t0 = System.nanoTime();
    for (int i = 0; i < ingestDocs; i++) {
      kb.ingest(corpus.article(i, 5));
    }
    double ingestS = (System.nanoTime() - t0) / 1e9;
    StoreStats after = kb.stats();
    out.printf(Locale.ROOT, "ingest: %d synthetic documents (%d events, %d merged) in %.1f s, %.1f docs/s%n",
        ingestDocs, after.events(), after.mergedEvents(), ingestS, ingestDocs / ingestS);
    long t1 = System.nanoTime();
    topUp(jdbc.sql(), events);
    StoreStats st = kb.stats();
    out.printf(Locale.ROOT, "load average when the queries start: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "top-up to %d events, %d reports, %d entities, %d documents in %.1f s%n",
        st.events(), st.reports(), st.entities(), st.documents(), (System.nanoTime() - t1) / 1e9);

    ActorSummary busiest = kb.actors("", 1).get(0);
    String name = busiest.actor().name();
    long someEvent = kb.events(EventQuery.all().withLimit(1).withOffset((int) (st.events() / 2))).get(0).id();
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    queries.put("timeline, first 100 events", () -> kb.events(EventQuery.all().withLimit(100)));
    queries.put("timeline with reports, 100 events in 2020", () -> kb.eventDetails(
        EventQuery.all().withFrom(LocalDate.of(2020, 1, 1)).withTo(LocalDate.of(2020, 12, 31)).withLimit(100)));
    queries.put("events of one actor by name (" + busiest.events() + " events)",
        () -> kb.events(EventQuery.all().withActor(name)));
    queries.put("dyad ISR,MAR", () -> kb.events(EventQuery.all().withDyad(List.of("ISR", "MAR"))));
    queries.put("type CONSULT in 2019", () -> kb.events(EventQuery.all().withType(EventType.CONSULT)
        .withFrom(LocalDate.of(2019, 1, 1)).withTo(LocalDate.of(2019, 12, 31))));
    queries.put("count all events", () -> kb.countEvents(EventQuery.all()));
    queries.put("one event with reports", () -> kb.event(someEvent));
    queries.put("actors matching 'ka'", () -> kb.actors("ka", 100));
    queries.put("actor profile of the busiest actor", () -> kb.actor(busiest.actor().id()));
    queries.put("monthly counts, all events", () -> kb.timelineCounts(EventQuery.all(), Period.MONTH));
    queries.put("document by key", () -> kb.document("synthetic-7"));
    Map<String, Double> medians = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
      q.getValue().get(); // warm-up: statement preparation, caches
      double[] ms = new double[repeats];
      double[] cpu = new double[repeats];
      for (int i = 0; i < repeats; i++) {
        long c = processCpuNanos();
        long s = System.nanoTime();
        q.getValue().get();
        ms[i] = (System.nanoTime() - s) / 1e6;
        cpu[i] = (processCpuNanos() - c) / 1e6;
      }
      Arrays.sort(ms);
      Arrays.sort(cpu);
      double median = ms[repeats / 2];
      medians.put(q.getKey(), median);
      out.printf(Locale.ROOT, "%-55s median %7.1f ms wall, %7.1f ms CPU  (wall min %.1f, max %.1f; %d runs)%n",
          q.getKey(), median, cpu[repeats / 2], ms[0], ms[repeats - 1], repeats);
    }
    out.flush();
    return medians;
  }

  /**
   * CPU time of the whole process (all threads, DuckDB's native ones included): on a shared machine
   * the wall time says how busy the others are, the CPU time what the query costs.
   */
  static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** Adds events until there are {@code total}: set-based INSERTs over the entities and documents ingested. */
  static void topUp(Sql sql, int total) {
    long have = sql.count("SELECT COUNT(*) FROM events", List.of());
    long missing = total - have;
    if (missing <= 0) {
      return;
    }
    long base = sql.count("SELECT COALESCE(MAX(id), 0) FROM events", List.of());
    long reportBase = sql.count("SELECT COALESCE(MAX(id), 0) FROM event_reports", List.of());
    long entities = sql.count("SELECT COUNT(*) FROM entities", List.of());
    long docs = sql.count("SELECT COUNT(*) FROM documents", List.of());
    long minEntity = sql.count("SELECT MIN(id) FROM entities", List.of());
    List<String> types = new ArrayList<>();
    for (EventType t : EventType.values()) {
      types.add(t.name());
    }
    StringBuilder typeCase = new StringBuilder("CASE MOD(g, " + types.size() + ")");
    for (int i = 0; i < types.size(); i++) {
      // the type names are the enum's constants, not input
      typeCase.append(" WHEN ").append(i).append(" THEN '").append(types.get(i)).append('\'');
    }
    typeCase.append(" END");
    sql.update(
        "INSERT INTO events (id, event_type, mode, contexts, cameo, goldstein, quad_class, status, date_value,"
            + " earliest, latest, sort_date, actors_key, place_entity_id, n_reports, n_sources, merged_because,"
            + " first_report_id) SELECT ? + g, " + typeCase + ", NULL, '', '040', 1.0, 1, 'occurred',"
            + " CAST(CAST(? AS DATE) + CAST(MOD(g * 37, 3650) AS INTEGER) AS VARCHAR),"
            + " CAST(? AS DATE) + CAST(MOD(g * 37, 3650) AS INTEGER), CAST(? AS DATE) + CAST(MOD(g * 37, 3650) AS INTEGER),"
            + " CAST(? AS DATE) + CAST(MOD(g * 37, 3650) AS INTEGER), 'SYN', NULL, 1, 1, NULL, ? + g"
            + " FROM generate_series(1, ?) AS s(g)",
        base, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1),
        reportBase, missing);
    sql.update(
        "INSERT INTO event_actors (event_id, entity_id, role, country) SELECT e.id, en.id, 'source', en.country"
            + " FROM events e JOIN entities en ON en.id = ? + MOD(e.id * 7, ?) WHERE e.id > ?",
        minEntity, entities, base);
    sql.update(
        "INSERT INTO event_actors (event_id, entity_id, role, country) SELECT e.id, en.id, 'target', en.country"
            + " FROM events e JOIN entities en ON en.id = ? + MOD(e.id * 13 + 5, ?) WHERE e.id > ?",
        minEntity, entities, base);
    sql.update(
        "INSERT INTO event_reports (id, event_id, document_id, local_id, event_type, mode, cameo, status, date_value,"
            + " earliest, latest, date_text, date_basis, trigger_text, trigger_start, trigger_end, evidence_text,"
            + " evidence_start, evidence_end, confidence, rules, merged_because)"
            + " SELECT e.first_report_id, e.id, 1 + MOD(e.id, ?), 'V1', e.event_type, NULL, e.cameo, e.status, e.date_value,"
            + " e.earliest, e.latest, NULL, 'explicit', 'met', 0, 3, 'synthetic evidence', 0, 18, 0.5, 'SYN', NULL"
            + " FROM events e WHERE e.id > ?",
        docs, base);
  }
}
