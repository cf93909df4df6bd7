package org.annals.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import org.annals.core.output.RecordJson;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.annals.store.EventDetail;
import org.annals.store.EventQuery;
import org.annals.store.EventReport;
import org.annals.store.EventSummary;
import org.annals.store.KnowledgeBase;
import org.annals.store.Period;
import org.annals.store.PeriodCount;
import org.annals.store.StoreStats;
import org.annals.store.StoredDocument;

/** The API's handlers: parse the request, ask the knowledge base or the analyzer, write JSON. */
final class Api {

  /** How many events the {@code text} filter reads at most (it filters on the server). */
  static final int TEXT_SCAN_LIMIT = 50_000;

  private final KnowledgeBase kb;
  private final Analyzer analyzer;
  private final Semaphore extractions;
  private final long maxBodyBytes;

  Api(KnowledgeBase kb, Analyzer analyzer, Semaphore extractions, long maxBodyBytes) {
    this.kb = kb;
    this.analyzer = analyzer;
    this.extractions = extractions;
    this.maxBodyBytes = maxBodyBytes;
  }

  void stats(Context ctx) {
    noParams(ctx);
    StoreStats s = kb.stats();
    ObjectNode o = Views.JSON.createObjectNode();
    o.put("backend", kb.backend());
    o.set("stats", Views.JSON.valueToTree(s));
    AnnalsServer.json(ctx, o);
  }

  void events(Context ctx) {
    Filters f = Filters.parse(ctx.queryParamMap(), Filters.EVENT_PARAMS);
    EventQuery q = f.query();
    List<EventSummary> page;
    long total;
    if (f.text().isEmpty()) {
      page = kb.events(q);
      total = kb.countEvents(q);
    } else {
      List<EventSummary> all = withText(q, f.text().get());
      total = all.size();
      page = all.subList(Math.min(q.offset(), all.size()), Math.min(q.offset() + q.limit(), all.size()));
    }
    ObjectNode o = Views.JSON.createObjectNode();
    o.put("total", total);
    o.put("limit", q.limit());
    o.put("offset", q.offset());
    ArrayNode events = o.putArray("events");
    page.forEach(e -> events.add(Views.event(e)));
    AnnalsServer.json(ctx, o);
  }

  void event(Context ctx) {
    noParams(ctx);
    long id = id(ctx, "event");
    EventDetail d = kb.event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
    ObjectNode o = Views.event(d.event());
    ArrayNode reports = o.putArray("reportList");
    Map<Long, Optional<JsonNode>> records = new HashMap<>();
    for (EventReport r : d.reports()) {
      Optional<JsonNode> record = records.computeIfAbsent(r.documentId(), this::record);
      reports.add(Views.report(r, record));
    }
    AnnalsServer.json(ctx, o);
  }

  void actors(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    only(params, Set.of("q", "limit"));
    String q = Filters.one(params, "q").orElse("");
    int limit = Filters.one(params, "limit").map(v -> Filters.integer("limit", v, 1, Filters.MAX_LIMIT)).orElse(100);
    ObjectNode o = Views.JSON.createObjectNode();
    ArrayNode a = o.putArray("actors");
    kb.actors(q, limit).forEach(s -> a.add(Views.actorSummary(s)));
    AnnalsServer.json(ctx, o);
  }

  void actor(Context ctx) {
    noParams(ctx);
    long id = id(ctx, "actor");
    AnnalsServer.json(ctx, Views.profile(kb.actor(id).orElseThrow(() -> ApiException.notFound("no actor " + id))));
  }

  void documents(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    only(params, Set.of("limit", "offset"));
    int limit = Filters.one(params, "limit").map(v -> Filters.integer("limit", v, 1, Filters.MAX_LIMIT)).orElse(100);
    int offset = Filters.one(params, "offset").map(v -> Filters.integer("offset", v, 0, Integer.MAX_VALUE)).orElse(0);
    ObjectNode o = Views.JSON.createObjectNode();
    ArrayNode a = o.putArray("documents");
    kb.documents(limit, offset).forEach(d -> a.add(Views.documentRef(d)));
    AnnalsServer.json(ctx, o);
  }

  /** A document by store id (digits) or by key (the record's document id). */
  void document(Context ctx) {
    noParams(ctx);
    String key = ctx.pathParam("id");
    Optional<StoredDocument> d = key.matches("[0-9]{1,18}") ? kb.document(Long.parseLong(key)) : Optional.empty();
    if (d.isEmpty()) {
      d = kb.document(key);
    }
    AnnalsServer.json(ctx, Views.document(d.orElseThrow(() -> ApiException.notFound("no document " + key))));
  }

  void timeline(Context ctx) {
    Filters f = Filters.parse(ctx.queryParamMap(), Filters.TIMELINE_PARAMS);
    List<PeriodCount> counts;
    if (f.text().isEmpty()) {
      counts = kb.timelineCounts(f.query(), f.period());
    } else {
      TreeMap<LocalDate, Long> buckets = new TreeMap<>();
      for (EventSummary e : withText(f.query(), f.text().get())) {
        buckets.merge(bucket(e.sortDate(), f.period()), 1L, Long::sum);
      }
      counts = new ArrayList<>();
      buckets.forEach((start, n) -> counts.add(new PeriodCount(start, n)));
    }
    AnnalsServer.json(ctx, Views.counts(counts, f.period().name().toLowerCase(Locale.ROOT)));
  }

  /** An article in, its record out (text included); nothing is stored. */
  void extract(Context ctx) {
    noParams(ctx);
    ReadOutcome.Ok article = article(ctx);
    ArticleRecord record = analyze(article);
    AnnalsServer.json(ctx, RecordJson.tree(record, true));
  }

  /** An article in, extracted and stored; 201 with what ingesting did. */
  void ingest(Context ctx) {
    noParams(ctx);
    ReadOutcome.Ok article = article(ctx);
    ArticleRecord record = analyze(article);
    ObjectNode o = Views.ingest(kb.ingest(record));
    ctx.status(201);
    AnnalsServer.json(ctx, o);
  }

  private ReadOutcome.Ok article(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "send the article as application/json {\"date\": \"YYYY-MM-DD\", \"text\": \"…\"}");
    }
    byte[] body = AnnalsServer.body(ctx, maxBodyBytes);
    return ArticleInput.read(body, ReadOptions.defaults());
  }

  private ArticleRecord analyze(ReadOutcome.Ok article) {
    try {
      extractions.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is shutting down");
    }
    try {
      return analyzer.analyze(article);
    } finally {
      extractions.release();
    }
  }

  private Optional<JsonNode> record(long documentId) {
    return kb.document(documentId).map(d -> {
      try {
        return Views.JSON.readTree(d.recordJson());
      } catch (IOException e) {
        return null;
      }
    });
  }

  /** Every event of {@code q} (from its first, ignoring its page) whose evidence contains {@code text}. */
  private List<EventSummary> withText(EventQuery q, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    List<EventSummary> matches = new ArrayList<>();
    int pageSize = Filters.MAX_LIMIT;
    for (int offset = 0; offset < TEXT_SCAN_LIMIT; offset += pageSize) {
      List<EventSummary> page = kb.events(q.withOffset(offset).withLimit(pageSize));
      for (EventSummary e : page) {
        if (e.evidence().toLowerCase(Locale.ROOT).contains(needle)) {
          matches.add(e);
        }
      }
      if (page.size() < pageSize) {
        break;
      }
    }
    return matches;
  }

  static LocalDate bucket(LocalDate d, Period p) {
    return switch (p) {
      case DAY -> d;
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  private static long id(Context ctx, String what) {
    String raw = ctx.pathParam("id");
    if (!raw.matches("[0-9]{1,18}")) {
      throw ApiException.badRequest(what + " id '" + raw + "' is not a number");
    }
    return Long.parseLong(raw);
  }

  private static void noParams(Context ctx) {
    only(ctx.queryParamMap(), Set.of());
  }

  private static void only(Map<String, List<String>> params, Set<String> allowed) {
    for (String name : params.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badRequest("unknown parameter '" + name + "'"
            + (allowed.isEmpty() ? " (this endpoint takes none)" : " (this endpoint takes " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
      }
    }
  }
}
