package org.annals.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The read side of the knowledge base: plain SQL with bound parameters, a few queries per call. */
final class Queries {

  private final Sql sql;

  Queries(Sql sql) {
    this.sql = sql;
  }

  /** A WHERE clause over {@code events e} and its parameters. */
  record Filter(String where, List<Object> params) {}

  Filter filter(EventQuery q) {
    StringBuilder w = new StringBuilder("1 = 1");
    List<Object> p = new ArrayList<>();
    q.type().ifPresent(t -> {
      w.append(" AND e.event_type = ?");
      p.add(t.name());
    });
    q.from().ifPresent(d -> {
      w.append(" AND (e.latest IS NULL OR e.latest >= ?)");
      p.add(d);
    });
    q.to().ifPresent(d -> {
      w.append(" AND e.sort_date <= ?");
      p.add(d);
    });
    for (String c : q.dyad()) {
      w.append(" AND e.id IN (SELECT event_id FROM event_actors WHERE country = ?)");
      p.add(c);
    }
    if (q.actor().isPresent()) {
      List<Long> ids = matchingEntities(q.actor().get());
      String code = q.actor().get().strip();
      w.append(" AND e.id IN (SELECT event_id FROM event_actors WHERE ");
      if (code.matches("[A-Z]{3}")) {
        w.append("country = ? OR ");
        p.add(code);
      }
      w.append(ids.isEmpty() ? "1 = 0" : "entity_id IN (" + marks(ids.size()) + ")").append(")");
      p.addAll(ids);
    }
    return new Filter(w.toString(), p);
  }

  /**
   * The entities a name stands for: those whose name or an alias is the name (normalized); when
   * there are none, those whose name or an alias contains it.
   */
  List<Long> matchingEntities(String name) {
    String norm = Names.norm(name);
    if (norm.isEmpty()) {
      return List.of();
    }
    List<Long> exact = sql.query(
        "SELECT id FROM entities WHERE norm_name = ? UNION SELECT entity_id FROM aliases WHERE norm = ? ORDER BY 1",
        List.of(norm, norm), rs -> rs.getLong(1));
    if (!exact.isEmpty()) {
      return exact;
    }
    String like = "%" + norm + "%";
    return sql.query(
        "SELECT id FROM entities WHERE norm_name LIKE ? UNION SELECT entity_id FROM aliases WHERE norm LIKE ?"
            + " ORDER BY 1 LIMIT 1000",
        List.of(like, like), rs -> rs.getLong(1));
  }

  List<EventSummary> events(EventQuery q) {
    Filter f = filter(q);
    List<Object> p = new ArrayList<>(f.params());
    p.add(q.limit());
    p.add(q.offset());
    return summaries("SELECT e.id FROM events e WHERE " + f.where() + " ORDER BY e.sort_date, e.id LIMIT ? OFFSET ?", p);
  }

  long countEvents(EventQuery q) {
    Filter f = filter(q);
    return sql.count("SELECT COUNT(*) FROM events e WHERE " + f.where(), f.params());
  }

  List<EventSummary> eventsOfEntity(long entityId, int limit) {
    return summaries(
        "SELECT e.id FROM events e WHERE e.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?)"
            + " ORDER BY e.sort_date, e.id LIMIT ?",
        List.of(entityId, limit));
  }

  private record Row(long id, String type, Optional<String> mode, String contexts, String cameo, double goldstein,
      int quad, String status, String value, Optional<LocalDate> earliest, Optional<LocalDate> latest,
      LocalDate sort, Optional<Long> place, int reports, int sources, Optional<String> because, String evidence,
      String document) {}

  /**
   * The summaries of the events whose ids {@code pageSql} selects (in its order): three queries that
   * join the page (a CTE) rather than long IN lists, which DuckDB plans slowly.
   */
  private List<EventSummary> summaries(String pageSql, List<Object> params) {
    String with = "WITH page AS (" + pageSql + ") ";
    List<Row> rows = sql.query(with
            + "SELECT e.*, r.evidence_text, d.doc_key FROM page JOIN events e ON e.id = page.id"
            + " JOIN event_reports r ON r.id = e.first_report_id"
            + " JOIN documents d ON d.id = r.document_id ORDER BY e.sort_date, e.id",
        params, rs -> new Row(rs.getLong("id"), rs.getString("event_type"),
        Sql.text(rs, "mode"), rs.getString("contexts"), rs.getString("cameo"), rs.getDouble("goldstein"),
        rs.getInt("quad_class"), rs.getString("status"), rs.getString("date_value"), Sql.date(rs, "earliest"),
        Sql.date(rs, "latest"), rs.getDate("sort_date").toLocalDate(), Sql.id(rs, "place_entity_id"),
        rs.getInt("n_reports"), rs.getInt("n_sources"), Sql.text(rs, "merged_because"),
        rs.getString("evidence_text"), rs.getString("doc_key")));
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ActorRef>> sources = new HashMap<>();
    Map<Long, List<ActorRef>> targets = new HashMap<>();
    sql.query(with + "SELECT ea.event_id, ea.role, en.* FROM page JOIN event_actors ea ON ea.event_id = page.id"
            + " JOIN entities en ON en.id = ea.entity_id ORDER BY ea.event_id, ea.role, en.id",
        params, rs -> {
          ActorRef a = actorRef(rs);
          (rs.getString("role").equals("source") ? sources : targets)
              .computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>()).add(a);
          return a;
        });
    Map<Long, ActorRef> places = new HashMap<>();
    if (rows.stream().anyMatch(r -> r.place().isPresent())) {
      sql.query(with + "SELECT en.* FROM page JOIN events e ON e.id = page.id JOIN entities en"
          + " ON en.id = e.place_entity_id", params, rs -> {
            ActorRef a = actorRef(rs);
            places.put(a.id(), a);
            return a;
          });
    }
    List<EventSummary> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new EventSummary(r.id(), r.type(), r.mode(),
          r.contexts().isEmpty() ? List.of() : Arrays.asList(r.contexts().split(",")), r.cameo(), r.goldstein(),
          r.quad(), r.status(), r.value(), r.earliest(), r.latest(), r.sort(),
          sources.getOrDefault(r.id(), List.of()), targets.getOrDefault(r.id(), List.of()),
          r.place().map(places::get), r.reports(), r.sources(), r.because(), r.evidence(), r.document()));
    }
    return out;
  }

  Map<Long, ActorRef> refs(List<Long> ids) {
    Map<Long, ActorRef> out = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      sql.query("SELECT * FROM entities en WHERE id IN (" + marks(ids.size()) + ") ORDER BY id", ids, rs -> {
        ActorRef a = actorRef(rs);
        out.put(a.id(), a);
        return a;
      });
    }
    return out;
  }

  static ActorRef actorRef(ResultSet rs) throws SQLException {
    return new ActorRef(rs.getLong("id"), rs.getString("name"), rs.getString("kind"), Sql.text(rs, "country"),
        Sql.text(rs, "sector"));
  }

  Optional<EventDetail> event(long id) {
    List<EventSummary> s = summaries("SELECT e.id FROM events e WHERE e.id = ?", List.of(id));
    return s.isEmpty() ? Optional.empty() : Optional.of(details(s).get(0));
  }

  /** The events with their reports, in the order given. */
  List<EventDetail> details(List<EventSummary> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    List<Long> ids = events.stream().map(EventSummary::id).toList();
    Map<Long, List<EventReport>> byEvent = new HashMap<>();
    sql.query(
        "SELECT r.*, d.doc_key, d.title, d.source, d.pub_date FROM event_reports r JOIN documents d"
            + " ON d.id = r.document_id WHERE r.event_id IN (" + marks(ids.size()) + ") ORDER BY r.id",
        ids,
        rs -> {
          EventReport rep = new EventReport(rs.getLong("id"), rs.getLong("document_id"), rs.getString("doc_key"),
              rs.getString("title"), rs.getString("source"), rs.getDate("pub_date").toLocalDate(),
              rs.getString("local_id"), rs.getString("event_type"), Sql.text(rs, "mode"), rs.getString("cameo"),
              rs.getString("status"), rs.getString("date_value"), Sql.date(rs, "earliest"), Sql.date(rs, "latest"),
              Sql.text(rs, "date_text"), rs.getString("date_basis"), rs.getString("trigger_text"),
              rs.getInt("trigger_start"), rs.getInt("trigger_end"), rs.getString("evidence_text"),
              rs.getInt("evidence_start"), rs.getInt("evidence_end"), rs.getDouble("confidence"),
              rs.getString("rules").isEmpty() ? List.of() : Arrays.asList(rs.getString("rules").split(",")),
              Sql.text(rs, "merged_because"));
          byEvent.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>()).add(rep);
          return rep;
        });
    List<EventDetail> out = new ArrayList<>();
    for (EventSummary e : events) {
      out.add(new EventDetail(e, byEvent.getOrDefault(e.id(), List.of())));
    }
    return out;
  }

  List<ActorSummary> actors(String query, int limit) {
    String norm = query == null ? "" : Names.norm(query);
    String where = "";
    List<Object> p = new ArrayList<>();
    if (!norm.isEmpty()) {
      String like = "%" + norm + "%";
      where = " WHERE en.norm_name LIKE ? OR en.id IN (SELECT entity_id FROM aliases WHERE norm LIKE ?)";
      p.add(like);
      p.add(like);
      if (query.strip().matches("[A-Z]{3}")) {
        where += " OR en.country = ?";
        p.add(query.strip());
      }
    }
    p.add(limit);
    return sql.query(
        "SELECT en.*, COALESCE(a.n, 0) AS n_events, COALESCE(d.n, 0) AS n_docs FROM entities en"
            + " LEFT JOIN (SELECT entity_id, COUNT(DISTINCT event_id) AS n FROM event_actors GROUP BY entity_id) a"
            + " ON a.entity_id = en.id"
            + " LEFT JOIN (SELECT entity_id, COUNT(DISTINCT document_id) AS n FROM doc_entities GROUP BY entity_id) d"
            + " ON d.entity_id = en.id" + where
            + " ORDER BY n_events DESC, n_docs DESC, en.id LIMIT ?",
        p, rs -> new ActorSummary(actorRef(rs), rs.getInt("n_events"), rs.getInt("n_docs")));
  }

  Optional<ActorProfile> actor(long id) {
    Map<Long, ActorRef> self = refs(List.of(id));
    if (self.isEmpty()) {
      return Optional.empty();
    }
    List<String> aliases = sql.query(
        "SELECT alias, COUNT(*) AS n FROM aliases WHERE entity_id = ? GROUP BY alias ORDER BY n DESC, alias",
        List.of(id), rs -> rs.getString(1));
    List<String> titles = titles(id, false);
    List<String> former = titles(id, true);
    List<Long> affiliationIds = sql.query(
        "SELECT DISTINCT member_of FROM doc_entities WHERE entity_id = ? AND member_of IS NOT NULL ORDER BY 1",
        List.of(id), rs -> rs.getLong(1));
    List<Long> memberIds = sql.query(
        "SELECT DISTINCT entity_id FROM doc_entities WHERE member_of = ? AND entity_id <> ? ORDER BY 1",
        List.of(id, id), rs -> rs.getLong(1));
    List<EventSummary> events = eventsOfEntity(id, EventQuery.DEFAULT_LIMIT);
    Map<Long, Integer> together = new LinkedHashMap<>();
    sql.query("SELECT b.entity_id, COUNT(DISTINCT b.event_id) AS n FROM event_actors a JOIN event_actors b"
            + " ON b.event_id = a.event_id AND b.entity_id <> a.entity_id WHERE a.entity_id = ?"
            + " GROUP BY b.entity_id ORDER BY n DESC, b.entity_id LIMIT 100",
        List.of(id), rs -> together.put(rs.getLong(1), rs.getInt(2)));
    Map<Long, ActorRef> partnerRefs = refs(List.copyOf(together.keySet()));
    List<ActorProfile.Partner> partners = new ArrayList<>();
    together.forEach((k, n) -> partners.add(new ActorProfile.Partner(partnerRefs.get(k), n)));
    int documents = (int) sql.count("SELECT COUNT(DISTINCT document_id) FROM doc_entities WHERE entity_id = ?", List.of(id));
    return Optional.of(new ActorProfile(self.get(id), aliases, titles, former,
        List.copyOf(refs(affiliationIds).values()), List.copyOf(refs(memberIds).values()), events, partners, documents));
  }

  private List<String> titles(long id, boolean former) {
    return sql.query(
        "SELECT title, COUNT(*) AS n FROM titles WHERE entity_id = ? AND former = ? GROUP BY title ORDER BY n DESC, title",
        List.of(id, former), rs -> rs.getString(1));
  }

  private static final String DOC_COLUMNS = "id, doc_key, source, title, pub_date, sha256, body, record_json";

  private static StoredDocument document(ResultSet rs) throws SQLException {
    return new StoredDocument(rs.getLong("id"), rs.getString("doc_key"), rs.getString("source"), rs.getString("title"),
        rs.getDate("pub_date").toLocalDate(), rs.getString("sha256"), rs.getString("body"), rs.getString("record_json"));
  }

  Optional<StoredDocument> document(long id) {
    return sql.one("SELECT " + DOC_COLUMNS + " FROM documents WHERE id = ?", List.of(id), Queries::document);
  }

  Optional<StoredDocument> document(String key) {
    return sql.one("SELECT " + DOC_COLUMNS + " FROM documents WHERE doc_key = ?", List.of(key), Queries::document);
  }

  List<StoredDocument> documents(int limit, int offset) {
    return sql.query("SELECT " + DOC_COLUMNS + " FROM documents ORDER BY id LIMIT ? OFFSET ?", List.of(limit, offset),
        Queries::document);
  }

  List<PeriodCount> timelineCounts(EventQuery q, Period period) {
    Filter f = filter(q);
    TreeMap<LocalDate, Long> buckets = new TreeMap<>();
    sql.query("SELECT e.sort_date, COUNT(*) FROM events e WHERE " + f.where() + " GROUP BY e.sort_date",
        f.params(), rs -> {
          LocalDate d = rs.getDate(1).toLocalDate();
          LocalDate start = switch (period) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
          };
          buckets.merge(start, rs.getLong(2), Long::sum);
          return d;
        });
    List<PeriodCount> out = new ArrayList<>();
    buckets.forEach((d, n) -> out.add(new PeriodCount(d, n)));
    return out;
  }

  StoreStats stats() {
    return new StoreStats(
        sql.count("SELECT COUNT(*) FROM documents", List.of()),
        sql.count("SELECT COUNT(*) FROM entities", List.of()),
        sql.count("SELECT COUNT(*) FROM events", List.of()),
        sql.count("SELECT COUNT(*) FROM event_reports", List.of()),
        sql.count("SELECT COUNT(*) FROM events WHERE n_reports > 1", List.of()),
        sql.count("SELECT COUNT(*) FROM quotes", List.of()));
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
