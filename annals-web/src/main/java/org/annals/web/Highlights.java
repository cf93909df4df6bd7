package org.annals.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.store.EventReport;

/**
 * What to mark in a report's evidence sentence: the trigger, and the mentions of the event's
 * source and target that lie inside the sentence, taken from the document's stored record (the
 * report names its event there by {@code localId}). Offsets are relative to the evidence text;
 * marks never overlap (the trigger wins, then the earlier, longer mention).
 */
final class Highlights {
  private Highlights() {}

  private record Mark(int start, int end, String kind, String entity, String name) {}

  static ArrayNode of(EventReport r, Optional<JsonNode> record) {
    int base = r.evidenceStart();
    int length = r.evidenceEnd() - r.evidenceStart();
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark(r.triggerStart() - base, r.triggerEnd() - base, "trigger", null, null));
    record.ifPresent(rec -> actorMarks(rec, r, marks));
    marks.sort(Comparator.comparingInt((Mark m) -> m.kind.equals("trigger") ? 0 : 1)
        .thenComparingInt(Mark::start).thenComparingInt(m -> -(m.end - m.start)));
    List<Mark> kept = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start < 0 || m.end > length || m.start >= m.end) {
        continue;
      }
      boolean overlaps = kept.stream().anyMatch(k -> m.start < k.end && k.start < m.end);
      if (!overlaps) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mark::start));
    ArrayNode out = Views.JSON.createArrayNode();
    for (Mark m : kept) {
      ObjectNode o = out.addObject();
      o.put("start", m.start);
      o.put("end", m.end);
      o.put("kind", m.kind);
      if (m.entity != null) {
        o.put("entity", m.entity);
        o.put("name", m.name);
      }
    }
    return out;
  }

  private static void actorMarks(JsonNode rec, EventReport r, List<Mark> marks) {
    JsonNode event = null;
    for (JsonNode e : rec.path("events")) {
      if (r.localId().equals(e.path("id").asText())) {
        event = e;
        break;
      }
    }
    if (event == null) {
      return;
    }
    Map<String, JsonNode> entities = new HashMap<>();
    for (JsonNode e : rec.path("entities")) {
      entities.put(e.path("id").asText(), e);
    }
    addRole(event.path("source"), "source", entities, r, marks);
    addRole(event.path("target"), "target", entities, r, marks);
  }

  private static void addRole(JsonNode ids, String kind, Map<String, JsonNode> entities, EventReport r, List<Mark> marks) {
    for (JsonNode id : ids) {
      JsonNode entity = entities.get(id.asText());
      if (entity == null) {
        continue;
      }
      for (JsonNode m : entity.path("mentions")) {
        int s = m.path("start").asInt(-1);
        int e = m.path("end").asInt(-1);
        if (s >= r.evidenceStart() && e <= r.evidenceEnd() && s < e) {
          marks.add(new Mark(s - r.evidenceStart(), e - r.evidenceStart(), kind, id.asText(),
              entity.path("name").asText()));
        }
      }
    }
  }
}
