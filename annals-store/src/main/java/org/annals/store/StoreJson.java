package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The query results as JSON (for {@code --format json}, the JSON Lines export and the web API): field
 * names as in the records, absent values as {@code null}, dates as ISO strings.
 */
public final class StoreJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StoreJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The tree as text, on one line or indented. */
  public static String write(Object tree, boolean pretty) {
    try {
      return (pretty ? PRETTY : MAPPER).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static ObjectNode actor(ActorRef a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("kind", a.kind());
    put(o, "country", a.country());
    put(o, "sector", a.sector());
    return o;
  }

  public static ObjectNode event(EventSummary e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type());
    put(o, "mode", e.mode());
    ArrayNode ctx = o.putArray("contexts");
    e.contexts().forEach(ctx::add);
    o.put("cameo", e.cameo());
    o.put("goldstein", e.goldstein());
    o.put("quadClass", e.quadClass());
    o.put("status", e.status());
    ObjectNode date = o.putObject("date");
    date.put("value", e.dateValue());
    put(date, "earliest", e.earliest().map(Object::toString));
    put(date, "latest", e.latest().map(Object::toString));
    date.put("sort", e.sortDate().toString());
    actors(o.putArray("source"), e.source());
    actors(o.putArray("target"), e.target());
    if (e.place().isPresent()) {
      o.set("place", actor(e.place().get()));
    } else {
      o.putNull("place");
    }
    o.put("reports", e.reports());
    o.put("sources", e.sources());
    put(o, "mergedBecause", e.mergedBecause());
    o.put("evidence", e.evidence());
    o.put("document", e.documentKey());
    return o;
  }

  /** One report of a merged event: which document said it, where, and how it was coded there. */
  public static ObjectNode report(EventReport r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", r.id());
    ObjectNode doc = o.putObject("document");
    doc.put("id", r.documentId());
    doc.put("key", r.documentKey());
    doc.put("title", r.documentTitle());
    doc.put("source", r.documentSource());
    doc.put("date", r.documentDate() == null ? null : r.documentDate().toString());
    o.put("localId", r.localId());
    o.put("type", r.type());
    put(o, "mode", r.mode());
    o.put("cameo", r.cameo());
    o.put("status", r.status());
    ObjectNode date = o.putObject("date");
    date.put("value", r.dateValue());
    put(date, "earliest", r.earliest().map(Object::toString));
    put(date, "latest", r.latest().map(Object::toString));
    put(date, "text", r.dateText());
    date.put("basis", r.dateBasis());
    span(o.putObject("trigger"), r.triggerText(), r.triggerStart(), r.triggerEnd());
    span(o.putObject("evidence"), r.evidenceText(), r.evidenceStart(), r.evidenceEnd());
    o.put("confidence", r.confidence());
    ArrayNode rules = o.putArray("rules");
    r.rules().forEach(rules::add);
    put(o, "mergedBecause", r.mergedBecause());
    return o;
  }

  /** A text span with its character offsets. */
  public static void span(ObjectNode o, String text, int start, int end) {
    o.put("text", text);
    o.put("start", start);
    o.put("end", end);
  }

  public static ObjectNode eventDetail(EventDetail d) {
    ObjectNode o = event(d.event());
    ArrayNode reps = o.putArray("reportList");
    d.reports().forEach(r -> reps.add(report(r)));
    return o;
  }

  public static ObjectNode actorSummary(ActorSummary a) {
    ObjectNode o = actor(a.actor());
    o.put("events", a.events());
    o.put("documents", a.documents());
    return o;
  }

  public static ObjectNode profile(ActorProfile p) {
    ObjectNode o = actor(p.actor());
    strings(o.putArray("aliases"), p.aliases());
    strings(o.putArray("titles"), p.titles());
    strings(o.putArray("formerTitles"), p.formerTitles());
    actors(o.putArray("affiliations"), p.affiliations());
    actors(o.putArray("members"), p.members());
    o.put("documents", p.documents());
    ArrayNode partners = o.putArray("partners");
    for (ActorProfile.Partner pa : p.partners()) {
      ObjectNode x = actor(pa.actor());
      x.put("events", pa.events());
      partners.add(x);
    }
    ArrayNode events = o.putArray("events");
    p.events().forEach(e -> events.add(event(e)));
    return o;
  }

  private static void actors(ArrayNode into, List<ActorRef> actors) {
    actors.forEach(a -> into.add(actor(a)));
  }

  private static void strings(ArrayNode into, List<String> xs) {
    xs.forEach(into::add);
  }

  private static void put(ObjectNode o, String field, Optional<String> v) {
    if (v.isPresent()) {
      o.put(field, v.get());
    } else {
      o.putNull(field);
    }
  }
}
