package org.annals.core.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.model.ArticleRecord;
import org.annals.model.Basis;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventId;
import org.annals.model.EventType;
import org.annals.model.Mention;
import org.annals.model.Provenance;
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;

/**
 * Reads the JSON that {@link RecordJson} writes (with the document text) back into an {@link ArticleRecord}, so
 * that records stored as JSON elsewhere (the {@code record} column of the Spark job's {@code documents} table)
 * can be ingested like freshly extracted ones: {@code read(RecordJson.write(r, true, …))} equals {@code r} except
 * that each event's confidence comes back at the precision it was written with.
 *
 * <p>Strict: every field the writer always writes must be there with the right JSON type, the ids must resolve
 * and the body's SHA-256 must match {@code document.sha256}; the first problem is an
 * {@link IllegalArgumentException} whose one-line message names the field ({@code events[2].trigger.start: missing}).
 * Fields the writer leaves out when they are empty ({@code formerTitles}, {@code members}, {@code warnings}, an
 * event's {@code reports}, a time's {@code earliest}/{@code latest}/{@code rule}) may be absent; unknown fields
 * are ignored (the contract allows fields to be added). Stateless and thread-safe.
 *
 * <p>Why not Jackson's record binding: the contract's names and {@code null}s differ from the records'
 * (typed ids, {@code Optional}, codes in lower case), exactly as on the writing side.
 */
public final class RecordJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJsonReader() {
    }

    /** The record of {@code json}; an {@link IllegalArgumentException} names the first problem. */
    public static ArticleRecord read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + jacksonMessage(e));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return read(root);
    }

    /** The record of a JSON tree as {@link RecordJson#tree} makes it. */
    public static ArticleRecord read(JsonNode root) {
        Document document = document(object(root, "document", "document"));
        Map<EntityId, Boolean> known = new LinkedHashMap<>();
        List<Entity> entities = list(root, "entities", "entities", (n, at) -> {
            Entity e = entity(n, at);
            if (known.put(e.id(), Boolean.TRUE) != null) {
                throw problem(at + ".id", "duplicate entity id " + e.id());
            }
            return e;
        });
        List<TimeMention> times = list(root, "times", "times", RecordJsonReader::time);
        List<Event> events = list(root, "events", "events", RecordJsonReader::event);
        List<Quote> quotes = list(root, "quotes", "quotes", RecordJsonReader::quote);
        List<String> warnings = root.has("warnings") ? strings(root, "warnings", "warnings") : List.of();
        Provenance provenance = provenance(object(root, "provenance", "provenance"));
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            checkIds("entities[" + i + "].memberOf", e.memberOf().stream().toList(), known);
            checkIds("entities[" + i + "].members", e.members(), known);
        }
        for (int i = 0; i < events.size(); i++) {
            Event v = events.get(i);
            String at = "events[" + i + "]";
            checkIds(at + ".source", v.source(), known);
            checkIds(at + ".target", v.target(), known);
            checkIds(at + ".location", v.location().stream().toList(), known);
            checkIds(at + ".attribution", v.attribution().stream().toList(), known);
        }
        for (int i = 0; i < quotes.size(); i++) {
            checkIds("quotes[" + i + "].speaker", quotes.get(i).speaker().stream().toList(), known);
        }
        try {
            return new ArticleRecord(document, entities, times, events, quotes, warnings, provenance);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw problem("record", String.valueOf(e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ parts

    private static Document document(JsonNode n) {
        String at = "document";
        String id = text(n, "id", at);
        LocalDate date = date(n, "date", at);
        String title = text(n, "title", at);
        String source = text(n, "source", at);
        String sha = text(n, "sha256", at);
        if (!n.hasNonNull("text")) {
            throw problem(at + ".text", "missing (the record was written without the document text)");
        }
        String body = text(n, "text", at);
        String actual = Document.sha256(body);
        if (!actual.equals(sha)) {
            throw problem(at + ".sha256", "'" + sha + "' is not the SHA-256 of the text (" + actual + ")");
        }
        return build(at, () -> new Document(id, date, title, source, body, sha));
    }

    private static Entity entity(JsonNode n, String at) {
        EntityId id = entityId(text(n, "id", at), at + ".id");
        EntityKind kind = enumValue(EntityKind.class, text(n, "kind", at), at + ".kind");
        String name = text(n, "name", at);
        Optional<String> country = optText(n, "country", at);
        Optional<String> sector = optText(n, "sector", at);
        List<String> titles = strings(n, "titles", at);
        List<String> former = n.has("formerTitles") ? strings(n, "formerTitles", at) : List.of();
        Optional<EntityId> memberOf = optText(n, "memberOf", at).map(v -> entityId(v, at + ".memberOf"));
        List<EntityId> members = n.has("members")
                ? strings(n, "members", at).stream().map(v -> entityId(v, at + ".members")).toList() : List.of();
        List<Mention> mentions = list(n, "mentions", at + ".mentions", RecordJsonReader::mention);
        return build(at, () -> new Entity(id, kind, name, country, sector, titles, former, memberOf, members, mentions));
    }

    private static TimeMention time(JsonNode n, String at) {
        String text = text(n, "text", at);
        int start = integer(n, "start", at);
        int end = integer(n, "end", at);
        TimeType type = enumValue(TimeType.class, text(n, "type", at), at + ".type");
        String value = text(n, "value", at);
        Optional<LocalDate> earliest = optDate(n, "earliest", at);
        Optional<LocalDate> latest = optDate(n, "latest", at);
        Optional<String> rule = optText(n, "rule", at);
        return build(at, () -> new TimeMention(text, start, end, type, value, earliest, latest, rule));
    }

    private static Event event(JsonNode n, String at) {
        EventId id = build(at + ".id", () -> new EventId(text(n, "id", at)));
        EventType type = enumValue(EventType.class, text(n, "type", at), at + ".type");
        Optional<String> mode = optText(n, "mode", at);
        List<String> contexts = strings(n, "contexts", at);
        String cameo = text(n, "cameo", at);
        double goldstein = number(n, "goldstein", at);
        int quad = integer(n, "quadClass", at);
        if (quad != type.quadClass()) {
            throw problem(at + ".quadClass", quad + " is not the quad class of " + type + " (" + type.quadClass() + ")");
        }
        List<EntityId> source = strings(n, "source", at).stream().map(v -> entityId(v, at + ".source")).toList();
        List<EntityId> target = strings(n, "target", at).stream().map(v -> entityId(v, at + ".target")).toList();
        Optional<EntityId> location = optText(n, "location", at).map(v -> entityId(v, at + ".location"));
        JsonNode d = object(n, "date", at + ".date");
        String dat = at + ".date";
        EventDate date = build(dat, () -> new EventDate(text(d, "value", dat), optDate(d, "earliest", dat),
                optDate(d, "latest", dat), optText(d, "text", dat), code(Basis.class, text(d, "basis", dat), dat + ".basis")));
        Status status = code(Status.class, text(n, "status", at), at + ".status");
        Mention trigger = mention(object(n, "trigger", at + ".trigger"), at + ".trigger");
        Mention evidence = mention(object(n, "evidence", at + ".evidence"), at + ".evidence");
        Optional<EntityId> attribution = optText(n, "attribution", at).map(v -> entityId(v, at + ".attribution"));
        double confidence = number(n, "confidence", at);
        List<String> rules = strings(n, "rules", at);
        // the writer leaves out the list when the evidence is the only report
        List<Mention> reports = n.has("reports") ? list(n, "reports", at + ".reports", RecordJsonReader::mention)
                : List.of(evidence);
        return build(at, () -> new Event(id, type, mode, contexts, cameo, goldstein, source, target, location, date,
                status, trigger, evidence, attribution, confidence, rules, reports));
    }

    private static Quote quote(JsonNode n, String at) {
        String text = text(n, "text", at);
        int start = integer(n, "start", at);
        int end = integer(n, "end", at);
        Optional<EntityId> speaker = optText(n, "speaker", at).map(v -> entityId(v, at + ".speaker"));
        return build(at, () -> new Quote(text, start, end, speaker));
    }

    private static Mention mention(JsonNode n, String at) {
        String text = text(n, "text", at);
        int start = integer(n, "start", at);
        int end = integer(n, "end", at);
        return build(at, () -> new Mention(text, start, end));
    }

    private static Provenance provenance(JsonNode n) {
        String at = "provenance";
        String annals = text(n, "annals", at);
        String pipeline = text(n, "pipeline", at);
        JsonNode lex = object(n, "lexicons", at + ".lexicons");
        Map<String, String> lexicons = new LinkedHashMap<>();
        lex.fields().forEachRemaining(f -> {
            if (!f.getValue().isTextual()) {
                throw problem(at + ".lexicons." + f.getKey(), "expected a string");
            }
            lexicons.put(f.getKey(), f.getValue().textValue());
        });
        return new Provenance(annals, pipeline, lexicons);
    }

    // ------------------------------------------------------------------ typed fields

    private interface Part<T> {
        T read(JsonNode node, String at);
    }

    private static <T> List<T> list(JsonNode n, String key, String at, Part<T> part) {
        JsonNode a = n.get(key);
        String here = at.endsWith(key) ? at : at + "." + key;
        if (a == null || a.isNull()) {
            throw problem(here, "missing");
        }
        if (!a.isArray()) {
            throw problem(here, "expected an array");
        }
        List<T> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            JsonNode item = a.get(i);
            String itemAt = here + "[" + i + "]";
            if (!item.isObject()) {
                throw problem(itemAt, "expected an object");
            }
            out.add(part.read(item, itemAt));
        }
        return out;
    }

    private static JsonNode object(JsonNode n, String key, String at) {
        JsonNode o = n.get(key);
        if (o == null || o.isNull()) {
            throw problem(at, "missing");
        }
        if (!o.isObject()) {
            throw problem(at, "expected an object");
        }
        return o;
    }

    private static String text(JsonNode n, String key, String at) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw problem(at + "." + key, "missing");
        }
        if (!v.isTextual()) {
            throw problem(at + "." + key, "expected a string");
        }
        return v.textValue();
    }

    private static Optional<String> optText(JsonNode n, String key, String at) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw problem(at + "." + key, "expected a string or null");
        }
        return Optional.of(v.textValue());
    }

    private static List<String> strings(JsonNode n, String key, String at) {
        JsonNode a = n.get(key);
        String here = at.endsWith(key) ? at : at + "." + key;
        if (a == null || a.isNull()) {
            throw problem(here, "missing");
        }
        if (!a.isArray()) {
            throw problem(here, "expected an array of strings");
        }
        List<String> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isTextual()) {
                throw problem(here + "[" + i + "]", "expected a string");
            }
            out.add(a.get(i).textValue());
        }
        return out;
    }

    private static int integer(JsonNode n, String key, String at) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw problem(at + "." + key, "missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw problem(at + "." + key, "expected an integer, got " + v);
        }
        return v.intValue();
    }

    private static double number(JsonNode n, String key, String at) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw problem(at + "." + key, "missing");
        }
        if (!v.isNumber()) {
            throw problem(at + "." + key, "expected a number, got " + v);
        }
        return v.doubleValue();
    }

    private static LocalDate date(JsonNode n, String key, String at) {
        return parseDate(text(n, key, at), at + "." + key);
    }

    private static Optional<LocalDate> optDate(JsonNode n, String key, String at) {
        return optText(n, key, at).map(v -> parseDate(v, at + "." + key));
    }

    private static LocalDate parseDate(String v, String at) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw problem(at, "'" + oneLine(v) + "' is not a date yyyy-MM-dd");
        }
    }

    private static EntityId entityId(String v, String at) {
        return build(at, () -> new EntityId(v));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String v, String at) {
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw problem(at, "unknown " + type.getSimpleName() + " '" + oneLine(v) + "'");
        }
    }

    /** A value written by its lower-case {@code code()} ({@code occurred}, {@code explicit}). */
    private static <E extends Enum<E>> E code(Class<E> type, String v, String at) {
        return enumValue(type, v.toUpperCase(Locale.ROOT), at);
    }

    private static void checkIds(String at, List<EntityId> ids, Map<EntityId, Boolean> known) {
        for (EntityId id : ids) {
            if (!known.containsKey(id)) {
                throw problem(at, "entity " + id + " is not among the entities");
            }
        }
    }

    /** A model constructor's own check, as a problem at {@code at}. */
    private static <T> T build(String at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(at)) {
                throw e; // already placed by a nested part
            }
            throw problem(at, String.valueOf(e.getMessage()));
        } catch (NullPointerException e) {
            throw problem(at, "missing " + e.getMessage());
        }
    }

    /** Jackson's message without its source location and parser-internal detail. */
    private static String jacksonMessage(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        for (String detail : new String[] {" (start marker at", "[Source:", "\n at [Source"}) {
            int at = message.indexOf(detail);
            if (at >= 0) {
                message = message.substring(0, at);
            }
        }
        return oneLine(message);
    }

    private static IllegalArgumentException problem(String at, String what) {
        return new IllegalArgumentException(at + ": " + oneLine(what));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
