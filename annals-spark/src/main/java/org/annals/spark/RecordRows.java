package org.annals.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.annals.core.output.RecordJson;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.annals.model.Mention;

/**
 * An {@link ArticleRecord} as rows of the four tables, with ids that depend only on the article (its date and
 * body) so that a re-run writes the same rows. Stateless.
 */
public final class RecordRows {
    private RecordRows() {
    }

    /** {@code D} + 20 hex digits of SHA-256 over the date and the body's SHA-256: the same article, the same id. */
    public static String docId(Document d) {
        return "D" + sha256(d.date() + "\n" + d.sha256()).substring(0, 20);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The rows of an extracted article read from {@code input} at {@code ordinal}. */
    public static Extracted of(ArticleRecord r, String input, long ordinal) {
        Document d = r.document();
        String docId = docId(d);
        Extracted x = new Extracted();
        DocumentRow doc = document(d, docId, r.warnings(), null, input, ordinal);
        doc.setEntityCount(r.entities().size());
        doc.setEventCount(r.events().size());
        doc.setRecord(recordJson(r));
        x.setDocument(doc);
        List<EntityRow> entities = new ArrayList<>();
        for (Entity e : r.entities()) {
            EntityRow row = new EntityRow();
            row.setEntityId(docId + "/" + e.id());
            row.setDocId(docId);
            row.setLocalId(e.id().value());
            row.setKind(e.kind().name());
            row.setName(e.name());
            row.setCountry(e.country().orElse(null));
            row.setSector(e.sector().orElse(null));
            row.setTitles(List.copyOf(e.titles()));
            row.setMemberOf(e.memberOf().map(m -> docId + "/" + m).orElse(null));
            row.setMembers(e.members().stream().map(m -> docId + "/" + m).toList());
            row.setMentionCount(e.mentions().size());
            row.setMentionStarts(e.mentions().stream().map(Mention::start).toList());
            entities.add(row);
        }
        x.setEntities(entities);
        List<EventRow> events = new ArrayList<>();
        List<EventReportRow> reports = new ArrayList<>();
        for (Event v : r.events()) {
            String eventId = docId + "/" + v.id();
            EventRow row = new EventRow();
            row.setEventId(eventId);
            row.setDocId(docId);
            row.setLocalId(v.id().value());
            row.setType(v.type().name());
            row.setMode(v.mode().orElse(null));
            row.setCameo(v.cameo());
            row.setGoldstein(v.goldstein());
            row.setQuadClass(v.quadClass());
            row.setSource(ids(docId, v.source()));
            row.setTarget(ids(docId, v.target()));
            row.setSourceCountries(countries(r, v.source()));
            row.setTargetCountries(countries(r, v.target()));
            row.setLocation(v.location().map(l -> docId + "/" + l).orElse(null));
            row.setDateValue(v.date().value());
            row.setEarliest(v.date().earliest().map(Object::toString).orElse(null));
            row.setLatest(v.date().latest().map(Object::toString).orElse(null));
            row.setStatus(v.status().name());
            row.setTrigger(v.trigger().text());
            row.setTriggerStart(v.trigger().start());
            row.setTriggerEnd(v.trigger().end());
            row.setConfidence(v.confidence());
            row.setRules(List.copyOf(v.rules()));
            events.add(row);
            int n = 1;
            for (Mention m : v.reports()) {
                EventReportRow rep = new EventReportRow();
                rep.setReportId(eventId + "/R" + n++);
                rep.setEventId(eventId);
                rep.setDocId(docId);
                rep.setStart(m.start());
                rep.setEnd(m.end());
                rep.setText(m.text());
                reports.add(rep);
            }
        }
        x.setEvents(events);
        x.setReports(reports);
        return x;
    }

    /** The rows of an article that could not be extracted: its documents row names the problem. */
    public static Extracted failed(Document d, String error, String input, long ordinal) {
        return alone(document(d, docId(d), List.of(), error, input, ordinal));
    }

    /**
     * The rows of an input that could not be read (no date, malformed JSON …): a documents row with only the
     * source, the place and the problem, so that {@code annals ingest --parquet} can report it. Its docId derives
     * from the source ({@code U} + 20 hex digits), as there is no body to derive it from.
     */
    public static Extracted unreadable(String source, String problem, String input, long ordinal) {
        DocumentRow doc = new DocumentRow();
        doc.setDocId("U" + sha256(source).substring(0, 20));
        doc.setSource(source);
        doc.setWarnings(List.of());
        doc.setError(problem);
        doc.setInput(input);
        doc.setOrdinal(ordinal);
        return alone(doc);
    }

    private static Extracted alone(DocumentRow doc) {
        Extracted x = new Extracted();
        x.setDocument(doc);
        x.setEntities(List.of());
        x.setEvents(List.of());
        x.setReports(List.of());
        return x;
    }

    /**
     * The record as {@code RecordJson} writes it, text included, but with each event's confidence as computed
     * rather than rounded to three decimals: read back by {@code RecordJsonReader}, it gives the very record, so the
     * knowledge base of {@code annals ingest --parquet} holds the same values as that of {@code annals ingest}.
     */
    static String recordJson(ArticleRecord r) {
        ObjectNode tree = RecordJson.tree(r, true);
        JsonNode events = tree.get("events");
        for (int i = 0; i < r.events().size(); i++) {
            ((ObjectNode) events.get(i)).put("confidence", r.events().get(i).confidence());
        }
        return tree.toString();
    }

    private static DocumentRow document(Document d, String docId, List<String> warnings, String error, String input,
                                        long ordinal) {
        DocumentRow doc = new DocumentRow();
        doc.setDocId(docId);
        doc.setSourceId(d.id());
        doc.setDate(d.date().toString());
        doc.setTitle(d.title());
        doc.setSource(d.source());
        doc.setSha256(d.sha256());
        doc.setChars(d.text().length());
        doc.setWarnings(List.copyOf(warnings));
        doc.setError(error);
        doc.setInput(input);
        doc.setOrdinal(ordinal);
        return doc;
    }

    private static List<String> ids(String docId, List<EntityId> ids) {
        return ids.stream().map(i -> docId + "/" + i).toList();
    }

    /** The countries of the entities (of a GROUP's members too), sorted, without repeats. */
    static List<String> countries(ArticleRecord r, List<EntityId> ids) {
        TreeSet<String> out = new TreeSet<>();
        for (EntityId id : ids) {
            Optional<Entity> e = r.entity(id);
            e.flatMap(Entity::country).ifPresent(out::add);
            e.ifPresent(g -> g.members().forEach(m -> r.entity(m).flatMap(Entity::country).ifPresent(out::add)));
        }
        return List.copyOf(out);
    }
}
