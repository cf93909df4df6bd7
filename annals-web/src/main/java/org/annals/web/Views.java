package org.annals.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.store.ActorProfile;
import org.annals.store.ActorRef;
import org.annals.store.ActorSummary;
import org.annals.store.EventReport;
import org.annals.store.EventSummary;
import org.annals.store.IngestResult;
import org.annals.store.PeriodCount;
import org.annals.store.StoredDocument;

/**
 * The JSON of the API: the store's records as explicit trees (the same reason as {@code
 * RecordJson}: fixed field names and {@code null} for absent values, one readable place).
 */
final class Views {
  static final ObjectMapper JSON = new ObjectMapper();

  private Views() {}

  static ObjectNode actorRef(ActorRef a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("kind", a.kind());
    opt(o, "country", a.country());
    opt(o, "sector", a.sector());
    return o;
  }

  static ObjectNode actorSummary(ActorSummary s) {
    ObjectNode o = actorRef(s.actor());
    o.put("events", s.events());
    o.put("documents", s.documents());
    return o;
  }

  static ObjectNode event(EventSummary e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type());
    opt(o, "mode", e.mode());
    strings(o.putArray("contexts"), e.contexts());
    o.put("cameo", e.cameo());
    o.put("goldstein", e.goldstein());
    o.put("quadClass", e.quadClass());
    o.put("status", e.status());
    ObjectNode date = o.putObject("date");
    date.put("value", e.dateValue());
    optDate(date, "earliest", e.earliest());
    optDate(date, "latest", e.latest());
    date.put("sort", e.sortDate().toString());
    ArrayNode src = o.putArray("source");
    e.source().forEach(a -> src.add(actorRef(a)));
    ArrayNode tgt = o.putArray("target");
    e.target().forEach(a -> tgt.add(actorRef(a)));
    if (e.place().isPresent()) {
      o.set("place", actorRef(e.place().get()));
    } else {
      o.putNull("place");
    }
    o.put("reports", e.reports());
    o.put("sources", e.sources());
    opt(o, "mergedBecause", e.mergedBecause());
    o.put("evidence", e.evidence());
    o.put("documentKey", e.documentKey());
    return o;
  }

  /**
   * One report of an event, with {@code highlights}: the trigger and the event's actors' mentions
   * inside the evidence, as offsets relative to the evidence text.
   */
  static ObjectNode report(EventReport r, Optional<JsonNode> record) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", r.id());
    ObjectNode doc = o.putObject("document");
    doc.put("id", r.documentId());
    doc.put("key", r.documentKey());
    doc.put("title", r.documentTitle());
    doc.put("source", r.documentSource());
    doc.put("date", r.documentDate() == null ? null : r.documentDate().toString());
    o.put("localId", r.localId());
    o.put("type", r.type());
    opt(o, "mode", r.mode());
    o.put("cameo", r.cameo());
    o.put("status", r.status());
    ObjectNode date = o.putObject("date");
    date.put("value", r.dateValue());
    optDate(date, "earliest", r.earliest());
    optDate(date, "latest", r.latest());
    opt(date, "text", r.dateText());
    date.put("basis", r.dateBasis());
    span(o.putObject("trigger"), r.triggerText(), r.triggerStart(), r.triggerEnd());
    span(o.putObject("evidence"), r.evidenceText(), r.evidenceStart(), r.evidenceEnd());
    o.put("confidence", r.confidence());
    strings(o.putArray("rules"), r.rules());
    opt(o, "mergedBecause", r.mergedBecause());
    o.set("highlights", Highlights.of(r, record));
    return o;
  }

  static ObjectNode profile(ActorProfile p) {
    ObjectNode o = actorRef(p.actor());
    strings(o.putArray("aliases"), p.aliases());
    strings(o.putArray("titles"), p.titles());
    strings(o.putArray("formerTitles"), p.formerTitles());
    ArrayNode aff = o.putArray("affiliations");
    p.affiliations().forEach(a -> aff.add(actorRef(a)));
    ArrayNode mem = o.putArray("members");
    p.members().forEach(a -> mem.add(actorRef(a)));
    ArrayNode parts = o.putArray("partners");
    for (ActorProfile.Partner partner : p.partners()) {
      ObjectNode x = actorRef(partner.actor());
      x.put("events", partner.events());
      parts.add(x);
    }
    o.put("documents", p.documents());
    ArrayNode evs = o.putArray("events");
    p.events().forEach(e -> evs.add(event(e)));
    return o;
  }

  /** The stored record (the output contract, text included) with the store's id and key beside it. */
  static ObjectNode document(StoredDocument d) {
    ObjectNode record;
    try {
      record = (ObjectNode) JSON.readTree(d.recordJson());
    } catch (java.io.IOException | ClassCastException e) {
      throw new IllegalStateException("document " + d.id() + ": the stored record is not a JSON object", e);
    }
    ObjectNode doc = (ObjectNode) record.get("document");
    if (doc != null && !doc.has("text")) {
      doc.put("text", d.text());
    }
    ObjectNode store = record.putObject("store");
    store.put("id", d.id());
    store.put("key", d.key());
    return record;
  }

  static ObjectNode documentRef(StoredDocument d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", d.id());
    o.put("key", d.key());
    o.put("title", d.title());
    o.put("date", d.date().toString());
    o.put("source", d.source());
    return o;
  }

  static ObjectNode counts(List<PeriodCount> counts, String period) {
    ObjectNode o = JSON.createObjectNode();
    o.put("period", period);
    ArrayNode a = o.putArray("counts");
    for (PeriodCount c : counts) {
      ObjectNode x = a.addObject();
      x.put("start", c.start().toString());
      x.put("events", c.events());
    }
    return o;
  }

  static ObjectNode ingest(IngestResult r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("outcome", r.outcome().name());
    o.put("documentKey", r.documentKey());
    o.put("documentId", r.documentId());
    o.put("newEvents", r.newEvents());
    o.put("mergedReports", r.mergedReports());
    return o;
  }

  static ObjectNode error(int status, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("status", status);
    o.put("error", message);
    return o;
  }

  static void span(ObjectNode o, String text, int start, int end) {
    o.put("text", text);
    o.put("start", start);
    o.put("end", end);
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void opt(ObjectNode o, String key, Optional<String> v) {
    if (v.isPresent()) {
      o.put(key, v.get());
    } else {
      o.putNull(key);
    }
  }

  private static void optDate(ObjectNode o, String key, Optional<LocalDate> v) {
    opt(o, key, v.map(LocalDate::toString));
  }
}
