package org.annals.core.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Mention;
import org.annals.model.Quote;
import org.annals.model.TimeMention;

/**
 * Writes an {@link ArticleRecord} as the JSON of {@code ../shared/docs/output-format.md}.
 *
 * <p>Why a hand-written tree rather than Jackson's record binding: the contract's field names and its
 * {@code null}s for absent values are fixed, while our records use {@code Optional} and typed ids;
 * one explicit mapping keeps the contract in one readable place.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordJson() {
    }

    /** The record as JSON, pretty-printed or on one line; {@code includeText=false} leaves out document.text. */
    public static String write(ArticleRecord r, boolean includeText, boolean pretty) {
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(tree(r, includeText));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + r.document().id(), e);
        }
    }

    public static ObjectNode tree(ArticleRecord r, boolean includeText) {
        ObjectNode root = MAPPER.createObjectNode();
        Document d = r.document();
        ObjectNode doc = root.putObject("document");
        doc.put("id", d.id());
        doc.put("date", d.date().toString());
        doc.put("title", d.title());
        doc.put("source", d.source());
        doc.put("sha256", d.sha256());
        if (includeText) {
            doc.put("text", d.text());
        }
        ArrayNode ents = root.putArray("entities");
        for (Entity e : r.entities()) {
            ObjectNode o = ents.addObject();
            o.put("id", e.id().value());
            o.put("kind", e.kind().name());
            o.put("name", e.name());
            putOpt(o, "country", e.country());
            putOpt(o, "sector", e.sector());
            strings(o.putArray("titles"), e.titles());
            if (!e.former().isEmpty()) {
                strings(o.putArray("formerTitles"), e.former());
            }
            putId(o, "memberOf", e.memberOf());
            if (!e.members().isEmpty()) {
                ArrayNode m = o.putArray("members");
                e.members().forEach(id -> m.add(id.value()));
            }
            ArrayNode ms = o.putArray("mentions");
            e.mentions().forEach(m -> mention(ms.addObject(), m));
        }
        ArrayNode times = root.putArray("times");
        for (TimeMention t : r.times()) {
            ObjectNode o = times.addObject();
            o.put("text", t.text());
            o.put("start", t.start());
            o.put("end", t.end());
            o.put("type", t.type().name());
            o.put("value", t.value());
            t.earliest().ifPresent(x -> o.put("earliest", x.toString()));
            t.latest().ifPresent(x -> o.put("latest", x.toString()));
            t.rule().ifPresent(x -> o.put("rule", x));
        }
        ArrayNode events = root.putArray("events");
        for (Event e : r.events()) {
            ObjectNode o = events.addObject();
            o.put("id", e.id().value());
            o.put("type", e.type().name());
            putOpt(o, "mode", e.mode());
            strings(o.putArray("contexts"), e.contexts());
            o.put("cameo", e.cameo());
            o.put("goldstein", e.goldstein());
            o.put("quadClass", e.quadClass());
            ids(o.putArray("source"), e.source());
            ids(o.putArray("target"), e.target());
            putId(o, "location", e.location());
            EventDate dt = e.date();
            ObjectNode date = o.putObject("date");
            date.put("value", dt.value());
            putOpt(date, "earliest", dt.earliest().map(Object::toString));
            putOpt(date, "latest", dt.latest().map(Object::toString));
            putOpt(date, "text", dt.text());
            date.put("basis", dt.basis().code());
            o.put("status", e.status().code());
            mention(o.putObject("trigger"), e.trigger());
            mention(o.putObject("evidence"), e.evidence());
            putId(o, "attribution", e.attribution());
            o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
            strings(o.putArray("rules"), e.rules());
            if (e.reports().size() > 1) {
                ArrayNode reps = o.putArray("reports");
                e.reports().forEach(m -> mention(reps.addObject(), m));
            }
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : r.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("text", q.text());
            o.put("start", q.start());
            o.put("end", q.end());
            putId(o, "speaker", q.speaker());
        }
        if (!r.warnings().isEmpty()) {
            strings(root.putArray("warnings"), r.warnings());
        }
        ObjectNode prov = root.putObject("provenance");
        prov.put("annals", r.provenance().annalsVersion());
        prov.put("pipeline", r.provenance().pipelineSpec());
        ObjectNode lex = prov.putObject("lexicons");
        new TreeMap<>(r.provenance().lexicons()).forEach(lex::put);
        return root;
    }

    private static void mention(ObjectNode o, Mention m) {
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void ids(ArrayNode a, List<EntityId> values) {
        values.forEach(v -> a.add(v.value()));
    }

    private static void putOpt(ObjectNode o, String key, Optional<String> v) {
        if (v.isPresent()) {
            o.put(key, v.get());
        } else {
            o.putNull(key);
        }
    }

    private static void putId(ObjectNode o, String key, Optional<EntityId> v) {
        putOpt(o, key, v.map(EntityId::value));
    }

}
