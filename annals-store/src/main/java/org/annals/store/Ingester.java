package org.annals.store;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.output.RecordJson;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Mention;
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.model.TimeMention;

/**
 * Writes one record into the knowledge base, inside the caller's transaction: removes the facts of
 * an older version of the document, resolves its entities to entities of the base (or new ones),
 * and attaches each event to a matching event of other documents or creates one. See the package
 * documentation for the merge rules. Not thread-safe: one writer.
 */
final class Ingester {

  private final Sql sql;
  /** The last id given out per table; loaded from the table on first use, forgotten on rollback. */
  private final Map<String, Long> lastIds = new HashMap<>();
  /** The events this document has reported so far (they never take another report of it). */
  private final Set<Long> touched = new java.util.HashSet<>();

  Ingester(Sql sql) {
    this.sql = sql;
  }

  /** Forgets the cached ids: after a rollback they may have been given out for nothing. */
  void reset() {
    lastIds.clear();
  }

  /** Ingests {@code r}; the caller commits (or rolls back on an exception). */
  IngestResult ingest(ArticleRecord r) {
    Document d = r.document();
    touched.clear();
    record Old(long id, String sha256) {}
    Optional<Old> old = sql.one("SELECT id, sha256 FROM documents WHERE doc_key = ?", List.of(d.id()),
        rs -> new Old(rs.getLong(1), rs.getString(2)));
    IngestResult.Outcome outcome = IngestResult.Outcome.ADDED;
    long docId;
    if (old.isPresent()) {
      docId = old.get().id();
      if (old.get().sha256().equals(d.sha256())) {
        return new IngestResult(IngestResult.Outcome.UNCHANGED, d.id(), docId, 0, 0);
      }
      remove(docId);
      outcome = IngestResult.Outcome.REPLACED;
    } else {
      docId = nextId("documents");
    }
    sql.update(
        "INSERT INTO documents (id, doc_key, source, outlet, title, pub_date, sha256, body, record_json,"
            + " n_entities, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        docId, d.id(), d.source(), outlet(d), d.title(), d.date(), d.sha256(), d.text(),
        RecordJson.write(r, true, false), r.entities().size(), r.events().size());

    Map<EntityId, Long> entityIds = resolveEntities(r, docId);
    writeQuotesAndTimes(r, docId, entityIds);
    int created = 0;
    int merged = 0;
    for (Event e : r.events()) {
      if (writeEvent(r, docId, e, entityIds)) {
        merged++;
      } else {
        created++;
      }
    }
    return new IngestResult(outcome, d.id(), docId, created, merged);
  }

  /** What counts as one source: the host of a URL, else the document key. */
  static String outlet(Document d) {
    String s = d.source();
    if (s.startsWith("http://") || s.startsWith("https://")) {
      try {
        String host = URI.create(s).getHost();
        if (host != null) {
          return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException ignored) {
        // not a URL after all: the document is its own source
      }
    }
    return "doc:" + d.id();
  }

  // ---------------------------------------------------------------- removal of an old version

  private void remove(long docId) {
    List<Long> events =
        sql.query("SELECT DISTINCT event_id FROM event_reports WHERE document_id = ?", List.of(docId), rs -> rs.getLong(1));
    List<Long> entities =
        sql.query("SELECT DISTINCT entity_id FROM doc_entities WHERE document_id = ?", List.of(docId), rs -> rs.getLong(1));
    sql.update("DELETE FROM event_reports WHERE document_id = ?", docId);
    for (long ev : events) {
      if (sql.count("SELECT COUNT(*) FROM event_reports WHERE event_id = ?", List.of(ev)) == 0) {
        sql.update("DELETE FROM event_actors WHERE event_id = ?", ev);
        sql.update("DELETE FROM events WHERE id = ?", ev);
      } else {
        refreshEvent(ev);
      }
    }
    for (String table : List.of("mentions", "doc_entities", "aliases", "titles", "quotes", "times")) {
      sql.update("DELETE FROM " + table + " WHERE document_id = ?", docId);
    }
    for (long en : entities) {
      if (sql.count("SELECT COUNT(*) FROM doc_entities WHERE entity_id = ?", List.of(en)) == 0
          && sql.count("SELECT COUNT(*) FROM event_actors WHERE entity_id = ?", List.of(en)) == 0) {
        sql.update("DELETE FROM entities WHERE id = ?", en);
      }
    }
    sql.update("DELETE FROM documents WHERE id = ?", docId);
  }

  /** Recomputes an event's date interval and counts from its remaining reports. */
  private void refreshEvent(long ev) {
    record R(Optional<LocalDate> earliest, Optional<LocalDate> latest, String value, LocalDate docDate) {}
    List<R> reports =
        sql.query(
            "SELECT r.earliest, r.latest, r.date_value, d.pub_date FROM event_reports r"
                + " JOIN documents d ON d.id = r.document_id WHERE r.event_id = ? ORDER BY r.id",
            List.of(ev),
            rs -> new R(Sql.date(rs, "earliest"), Sql.date(rs, "latest"), rs.getString("date_value"),
                rs.getDate("pub_date").toLocalDate()));
    Interval iv = null;
    String value = null;
    long best = Long.MAX_VALUE;
    for (R rep : reports) {
      Interval one = new Interval(rep.earliest(), rep.latest());
      iv = iv == null ? one : iv.intersect(one);
      if (one.width() < best) {
        best = one.width();
        value = rep.value();
      }
    }
    Interval all = iv;
    LocalDate sort = all.earliest.or(() -> all.latest).orElse(reports.get(0).docDate());
    sql.update(
        "UPDATE events SET earliest = ?, latest = ?, sort_date = ?, date_value = ?, n_reports = ?,"
            + " n_sources = (SELECT COUNT(DISTINCT d.outlet) FROM event_reports r JOIN documents d"
            + " ON d.id = r.document_id WHERE r.event_id = ?),"
            + " first_report_id = (SELECT MIN(id) FROM event_reports WHERE event_id = ?) WHERE id = ?",
        Sql.date(all.earliest), Sql.date(all.latest), sort, value, reports.size(), ev, ev, ev);
  }

  // ---------------------------------------------------------------- entities

  private Map<EntityId, Long> resolveEntities(ArticleRecord r, long docId) {
    Map<EntityId, Long> ids = new LinkedHashMap<>();
    Map<EntityId, String> why = new HashMap<>();
    for (Entity e : r.entities()) {
      Resolution res = resolve(e);
      long id;
      if (res.entityId().isPresent()) {
        id = res.entityId().get();
        // a later article may know the country or sector an earlier one did not
        e.country().ifPresent(c -> sql.update("UPDATE entities SET country = ? WHERE id = ? AND country IS NULL", c, id));
        e.sector().ifPresent(s -> sql.update("UPDATE entities SET sector = ? WHERE id = ? AND sector IS NULL", s, id));
      } else {
        id = nextId("entities");
        sql.update("INSERT INTO entities (id, kind, name, norm_name, country, sector) VALUES (?, ?, ?, ?, ?, ?)",
            id, e.kind().name(), e.name(), Names.norm(e.name()), Sql.text(e.country()), Sql.text(e.sector()));
      }
      ids.put(e.id(), id);
      why.put(e.id(), res.because());
    }
    for (Entity e : r.entities()) {
      long id = ids.get(e.id());
      Optional<Long> memberOf = e.memberOf().map(ids::get);
      sql.update(
          "INSERT INTO doc_entities (document_id, local_id, entity_id, name, country, member_of, merged_because)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          docId, e.id().value(), id, e.name(), Sql.text(e.country()), Sql.id(memberOf), why.get(e.id()));
      for (String alias : aliases(e)) {
        sql.update("INSERT INTO aliases (entity_id, alias, norm, document_id) VALUES (?, ?, ?, ?)",
            id, alias, Names.norm(alias), docId);
      }
      for (String t : e.titles()) {
        sql.update("INSERT INTO titles (entity_id, title, former, document_id) VALUES (?, ?, ?, ?)", id, t, false, docId);
      }
      for (String t : e.former()) {
        sql.update("INSERT INTO titles (entity_id, title, former, document_id) VALUES (?, ?, ?, ?)", id, t, true, docId);
      }
      for (Mention m : e.mentions()) {
        sql.update(
            "INSERT INTO mentions (document_id, local_id, entity_id, text, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?)",
            docId, e.id().value(), id, m.text(), m.start(), m.end());
      }
    }
    return ids;
  }

  /** The entity's name and its mentions written as proper names, distinct by normalized form. */
  static List<String> aliases(Entity e) {
    Map<String, String> byNorm = new LinkedHashMap<>();
    byNorm.put(Names.norm(e.name()), e.name());
    for (Mention m : e.mentions()) {
      if (Names.properName(m.text())) {
        String a = m.text().strip().replaceAll("['’]s$", "");
        byNorm.putIfAbsent(Names.norm(a), a);
      }
    }
    byNorm.remove("");
    return List.copyOf(byNorm.values());
  }

  record Resolution(Optional<Long> entityId, String because) {}

  private record Candidate(long id, String name, String norm, Optional<String> country) {}

  /**
   * The entity of the base that {@code e} is, if any. Countries by their code; otherwise the same
   * kind, compatible countries (equal, or one unknown), and the normalized name equal to the
   * candidate's name or one of its aliases, or one of {@code e}'s proper-name aliases equal to the
   * candidate's name. Several candidates: the same name wins, then the one sharing most titles; a
   * tie is ambiguous and makes a new entity.
   */
  private Resolution resolve(Entity e) {
    String kind = e.kind().name();
    if (e.kind() == EntityKind.COUNTRY && e.country().isPresent()) {
      Optional<Long> same =
          sql.one("SELECT id FROM entities WHERE kind = ? AND country = ? ORDER BY id LIMIT 1",
              List.of(kind, e.country().get()), rs -> rs.getLong(1));
      if (same.isPresent()) {
        return new Resolution(same, "same country " + e.country().get());
      }
    }
    String norm = Names.norm(e.name());
    if (norm.isEmpty()) {
      return new Resolution(Optional.empty(), "new");
    }
    List<String> own = new ArrayList<>();
    for (String a : aliases(e)) {
      own.add(Names.norm(a));
    }
    // two indexed look-ups rather than one OR, which the planners turn into a scan
    Set<Long> ids = new TreeSet<>(
        sql.query("SELECT DISTINCT entity_id FROM aliases WHERE norm = ?", List.of(norm), rs -> rs.getLong(1)));
    for (String o : own) {
      ids.addAll(sql.query("SELECT id FROM entities WHERE norm_name = ?", List.of(o), rs -> rs.getLong(1)));
    }
    List<Candidate> found = new ArrayList<>();
    for (long id : ids) {
      sql.one("SELECT id, name, norm_name, country FROM entities WHERE id = ? AND kind = ?", List.of(id, kind),
          rs -> new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("norm_name"),
              Sql.text(rs, "country"))).ifPresent(found::add);
    }
    List<Candidate> fit = new ArrayList<>();
    for (Candidate c : found) {
      if (c.country().isEmpty() || e.country().isEmpty() || c.country().equals(e.country())) {
        fit.add(c);
      }
    }
    if (fit.isEmpty()) {
      return new Resolution(Optional.empty(), "new");
    }
    List<Candidate> sameName = fit.stream().filter(c -> c.norm().equals(norm)).toList();
    List<Candidate> pool = sameName.isEmpty() ? fit : sameName;
    String how = sameName.isEmpty() ? "alias" : "same name";
    if (pool.size() > 1) {
      Set<String> titles = new TreeSet<>();
      e.titles().forEach(t -> titles.add(Names.norm(t)));
      e.former().forEach(t -> titles.add(Names.norm(t)));
      long bestScore = -1;
      List<Candidate> best = new ArrayList<>();
      for (Candidate c : pool) {
        long score = 0;
        if (c.country().isPresent() && c.country().equals(e.country())) {
          score += 1000;
        }
        if (!titles.isEmpty()) {
          List<String> theirs = sql.query("SELECT DISTINCT title FROM titles WHERE entity_id = ?", List.of(c.id()),
              rs -> Names.norm(rs.getString(1)));
          score += theirs.stream().filter(titles::contains).count();
        }
        if (score > bestScore) {
          bestScore = score;
          best.clear();
        }
        if (score == bestScore) {
          best.add(c);
        }
      }
      if (best.size() != 1) {
        return new Resolution(Optional.empty(), "new (ambiguous: " + best.size() + " entities named '" + e.name() + "')");
      }
      pool = best;
      how += bestScore >= 1000 ? ", same country" : "";
      how += bestScore % 1000 > 0 ? ", shared titles" : "";
    }
    Candidate c = pool.get(0);
    String because = how + " '" + c.name() + "', kind " + kind
        + c.country().or(e::country).map(x -> ", country " + x).orElse("");
    return new Resolution(Optional.of(c.id()), because);
  }

  // ---------------------------------------------------------------- quotes, times

  private void writeQuotesAndTimes(ArticleRecord r, long docId, Map<EntityId, Long> ids) {
    int seq = 0;
    for (Quote q : r.quotes()) {
      sql.update(
          "INSERT INTO quotes (document_id, seq, text, start_char, end_char, speaker_entity_id) VALUES (?, ?, ?, ?, ?, ?)",
          docId, ++seq, q.text(), q.start(), q.end(), Sql.id(q.speaker().map(ids::get)));
    }
    seq = 0;
    for (TimeMention t : r.times()) {
      sql.update(
          "INSERT INTO times (document_id, seq, text, start_char, end_char, time_type, value, earliest, latest)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          docId, ++seq, t.text(), t.start(), t.end(), t.type().name(), t.value(), Sql.date(t.earliest()),
          Sql.date(t.latest()));
    }
  }

  // ---------------------------------------------------------------- events

  /** An actor of an event: the base entity and its country (of the document's entity, else the base's). */
  private record Actor(long entityId, Optional<String> country, String role) {
    String key() {
      return country.orElse("E" + entityId);
    }
  }

  /** The actors of {@code e}: groups with members stand for their members. */
  private List<Actor> actors(ArticleRecord r, Event e, Map<EntityId, Long> ids) {
    List<Actor> out = new ArrayList<>();
    addActors(r, e.source(), "source", ids, out);
    addActors(r, e.target(), "target", ids, out);
    return out;
  }

  private void addActors(ArticleRecord r, List<EntityId> locals, String role, Map<EntityId, Long> ids, List<Actor> out) {
    for (EntityId local : locals) {
      Optional<Entity> ent = r.entity(local);
      if (ent.isEmpty() || !ids.containsKey(local)) {
        continue;
      }
      Entity en = ent.get();
      if (en.kind() == EntityKind.GROUP && !en.members().isEmpty() && en.country().isEmpty()) {
        addActors(r, en.members(), role, ids, out);
        continue;
      }
      long id = ids.get(local);
      Optional<String> country = en.country().or(() -> sql.one(
          "SELECT country FROM entities WHERE id = ? AND country IS NOT NULL", List.of(id), rs -> rs.getString(1)));
      if (out.stream().noneMatch(a -> a.entityId() == id && a.role().equals(role))) {
        out.add(new Actor(id, country, role));
      }
    }
  }

  /** Writes the report of {@code e}; returns true when it joined an existing event. */
  private boolean writeEvent(ArticleRecord r, long docId, Event e, Map<EntityId, Long> ids) {
    List<Actor> actors = actors(r, e, ids);
    Set<String> keys = new TreeSet<>();
    actors.forEach(a -> keys.add(a.key()));
    String actorsKey = String.join(",", keys);
    boolean negated = e.status() == Status.NEGATED;
    Interval iv = new Interval(e.date().earliest(), e.date().latest());

    Optional<Long> target = Optional.empty();
    String because = null;
    if (!actorsKey.isEmpty()) {
      record Cand(long id, Optional<LocalDate> earliest, Optional<LocalDate> latest, String status) {}
      List<Cand> cands = sql.query(
          "SELECT id, earliest, latest, status FROM events WHERE event_type = ? AND actors_key = ? ORDER BY id",
          List.of(e.type().name(), actorsKey),
          rs -> new Cand(rs.getLong("id"), Sql.date(rs, "earliest"), Sql.date(rs, "latest"), rs.getString("status")));
      for (Cand c : cands) {
        if (touched.contains(c.id())) {
          continue;
        }
        boolean cNegated = c.status().equals(Status.NEGATED.code());
        Interval theirs = new Interval(c.earliest(), c.latest());
        if (cNegated == negated && theirs.overlaps(iv)) {
          target = Optional.of(c.id());
          because = "same type " + e.type().name() + "; same actors " + actorsKey + "; dates agree: "
              + iv + " overlaps " + theirs + (negated ? "; both negated" : "");
          break;
        }
      }
    }
    long eventId;
    if (target.isPresent()) {
      eventId = target.get();
      touched.add(eventId);
      insertReport(nextId("event_reports"), docId, eventId, e, because);
      refreshEvent(eventId);
      sql.update("UPDATE events SET merged_because = ? WHERE id = ?", because, eventId);
      return true;
    }
    eventId = nextId("events");
    long reportId = nextId("event_reports");
    LocalDate sort = e.date().earliest().or(e.date()::latest).orElse(r.document().date());
    Optional<Long> place = e.location().map(ids::get);
    sql.update(
        "INSERT INTO events (id, event_type, mode, contexts, cameo, goldstein, quad_class, status, date_value,"
            + " earliest, latest, sort_date, actors_key, place_entity_id, n_reports, n_sources, merged_because,"
            + " first_report_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        eventId, e.type().name(), Sql.text(e.mode()), String.join(",", e.contexts()), e.cameo(), e.goldstein(),
        e.quadClass(), e.status().code(), e.date().value(), Sql.date(e.date().earliest()),
        Sql.date(e.date().latest()), sort, actorsKey, Sql.id(place), 1, 1, Sql.NULL_TEXT, reportId);
    for (Actor a : actors) {
      sql.update("INSERT INTO event_actors (event_id, entity_id, role, country) VALUES (?, ?, ?, ?)",
          eventId, a.entityId(), a.role(), Sql.text(a.country()));
    }
    touched.add(eventId);
    insertReport(reportId, docId, eventId, e, null);
    return false;
  }

  private void insertReport(long reportId, long docId, long eventId, Event e, String because) {
    EventDate d = e.date();
    sql.update(
        "INSERT INTO event_reports (id, event_id, document_id, local_id, event_type, mode, cameo, status,"
            + " date_value, earliest, latest, date_text, date_basis, trigger_text, trigger_start, trigger_end,"
            + " evidence_text, evidence_start, evidence_end, confidence, rules, merged_because)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reportId, eventId, docId, e.id().value(), e.type().name(), Sql.text(e.mode()), e.cameo(),
        e.status().code(), d.value(), Sql.date(d.earliest()), Sql.date(d.latest()), Sql.text(d.text()),
        d.basis().name().toLowerCase(Locale.ROOT), e.trigger().text(), e.trigger().start(), e.trigger().end(),
        e.evidence().text(), e.evidence().start(), e.evidence().end(), e.confidence(), String.join(",", e.rules()),
        because == null ? Sql.NULL_TEXT : because);
  }

  /** The next id of {@code table} (a constant of this class, never user input). */
  private long nextId(String table) {
    long last = lastIds.computeIfAbsent(table, t -> sql.count("SELECT COALESCE(MAX(id), 0) FROM " + t, List.of()));
    lastIds.put(table, last + 1);
    return last + 1;
  }

  /** A date interval with open ends. */
  record Interval(Optional<LocalDate> earliest, Optional<LocalDate> latest) {
    boolean overlaps(Interval o) {
      boolean a = earliest.isEmpty() || o.latest.isEmpty() || !earliest.get().isAfter(o.latest.get());
      boolean b = o.earliest.isEmpty() || latest.isEmpty() || !o.earliest.get().isAfter(latest.get());
      return a && b;
    }

    Interval intersect(Interval o) {
      Optional<LocalDate> e = max(earliest, o.earliest);
      Optional<LocalDate> l = min(latest, o.latest);
      return new Interval(e, l);
    }

    long width() {
      return earliest.isPresent() && latest.isPresent()
          ? ChronoUnit.DAYS.between(earliest.get(), latest.get())
          : Long.MAX_VALUE;
    }

    private static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
      if (a.isEmpty()) {
        return b;
      }
      return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
      if (a.isEmpty()) {
        return b;
      }
      return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
    }

    @Override
    public String toString() {
      return earliest.map(LocalDate::toString).orElse("…") + ".." + latest.map(LocalDate::toString).orElse("…");
    }
  }
}
