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
import org.annals.store.StoreJson;
import org.annals.store.StoredDocument;

/**
 * The JSON of the API. Store records are written by {@link StoreJson}, the one serializer the CLI
 * and the export share; this class adds only what is the web's own (highlights, documents, counts,
 * errors), as explicit trees for the same reason as {@code RecordJson}: fixed field names and
 * {@code null} for absent values, in one readable place.
 */
final class Views {
  static final ObjectMapper JSON = new ObjectMapper();

  private Views() {}

  static ObjectNode actorSummary(ActorSummary s) {
    return StoreJson.actorSummary(s);
  }

  static ObjectNode event(EventSummary e) {
    return StoreJson.event(e);
  }

  /**
   * One report of an event (the store's shape) with {@code highlights}: the trigger and the event's
   * actors' mentions inside the evidence, as offsets relative to the evidence text.
   */
  static ObjectNode report(EventReport r, Optional<JsonNode> record) {
    ObjectNode o = StoreJson.report(r);
    o.set("highlights", Highlights.of(r, record));
    return o;
  }

  static ObjectNode profile(ActorProfile p) {
    return StoreJson.profile(p);
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

}
