package org.annals.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
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
import org.junit.jupiter.api.Test;

/** The JSON of {@link RecordJson} read back: every field, and one named line for each kind of bad input. */
class RecordJsonReaderTest {

    /** An invented article whose record uses every optional part of the contract. */
    static ArticleRecord invented() {
        String body = "Ministers of Freedonia and Sylvania met in Port Elyse on Monday. "
                + "\"We agreed on the canal,\" said Anna Berg, the former envoy. The two countries will sign a treaty.";
        Document d = Document.of("invented-1", LocalDate.of(2024, 3, 6), "Canal talks", "test:invented-1", body);
        Entity freedonia = new Entity(EntityId.of(1), EntityKind.COUNTRY, "Freedonia", Optional.of("FRE"),
                Optional.of("GOV"), List.of(), List.of(), Optional.empty(), List.of(),
                List.of(new Mention("Freedonia", 13, 22)));
        Entity sylvania = new Entity(EntityId.of(2), EntityKind.COUNTRY, "Sylvania", Optional.of("SYL"),
                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(),
                List.of(new Mention("Sylvania", 27, 35)));
        Entity berg = new Entity(EntityId.of(3), EntityKind.PERSON, "Anna Berg", Optional.of("FRE"), Optional.of("GOV"),
                List.of("envoy"), List.of("former envoy"), Optional.of(EntityId.of(1)), List.of(),
                List.of(new Mention("Anna Berg", 101, 110)));
        Entity both = new Entity(EntityId.of(4), EntityKind.GROUP, "The two countries", Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(EntityId.of(1), EntityId.of(2)),
                List.of(new Mention("The two countries", 129, 146)));
        Entity port = new Entity(EntityId.of(5), EntityKind.LOCATION, "Port Elyse", Optional.empty(), Optional.empty(),
                List.of(), List.of(), Optional.empty(), List.of(), List.of(new Mention("Port Elyse", 43, 53)));
        TimeMention monday = new TimeMention("Monday", 57, 63, TimeType.DATE, "2024-03-04",
                Optional.of(LocalDate.of(2024, 3, 4)), Optional.of(LocalDate.of(2024, 3, 4)), Optional.of("T0042"));
        TimeMention open = new TimeMention("will", 147, 151, TimeType.DATE, "FUTURE_REF", Optional.empty(),
                Optional.empty(), Optional.empty());
        Mention met = new Mention("met", 36, 39);
        Mention first = new Mention(body.substring(0, 64), 0, 64);
        Event consult = new Event(EventId.of(1), EventType.CONSULT, Optional.of("visit"), List.of("economic"), "040",
                1.0, List.of(EntityId.of(1)), List.of(EntityId.of(2)), Optional.of(EntityId.of(5)),
                new EventDate("2024-03-04", Optional.of(LocalDate.of(2024, 3, 4)), Optional.of(LocalDate.of(2024, 3, 4)),
                        Optional.of("on Monday"), Basis.EXPLICIT),
                Status.OCCURRED, met, first, Optional.empty(), 0.875, List.of("T0101", "R7"),
                List.of(first, new Mention("We agreed on the canal", 66, 88)));
        Mention sign = new Mention("sign", 152, 156);
        Mention last = new Mention(body.substring(129), 129, body.length());
        Event agree = new Event(EventId.of(2), EventType.AGREE, Optional.empty(), List.of(), "057", 8.0,
                List.of(EntityId.of(4)), List.of(), Optional.empty(),
                new EventDate("FUTURE_REF", Optional.of(LocalDate.of(2024, 3, 6)), Optional.empty(), Optional.empty(),
                        Basis.TENSE),
                Status.PLANNED, sign, last, Optional.of(EntityId.of(3)), 0.5, List.of("T0007"), List.of(last));
        Quote quote = new Quote("We agreed on the canal,", 66, 89, Optional.of(EntityId.of(3)));
        Quote anonymous = new Quote("the canal", 79, 88, Optional.empty());
        return new ArticleRecord(d, List.of(freedonia, sylvania, berg, both, port), List.of(monday, open),
                List.of(consult, agree), List.of(quote, anonymous), List.of("few English words"),
                new Provenance("0.1.0", "abc123", Map.of("triggers.tsv", "f00", "countries.tsv", "ba4")));
    }

    @Test
    void readsBackWhatRecordJsonWrote() {
        ArticleRecord r = invented();
        String json = RecordJson.write(r, true, false);
        ArticleRecord back = RecordJsonReader.read(json);
        assertThat(back).isEqualTo(r);
        assertThat(RecordJson.write(back, true, true)).isEqualTo(RecordJson.write(r, true, true));
    }

    @Test
    void confidenceComesBackAtTheWrittenPrecision() {
        ArticleRecord r = invented();
        ObjectNode tree = RecordJson.tree(r, true);
        ((ObjectNode) tree.get("events").get(0)).put("confidence", 0.123456789);
        assertThat(RecordJsonReader.read(tree).events().get(0).confidence()).isEqualTo(0.123456789);
        assertThat(RecordJsonReader.read(RecordJson.write(r, true, false)).events().get(0).confidence()).isEqualTo(0.875);
    }

    @Test
    void namesTheFieldOfEachProblem() {
        ArticleRecord r = invented();
        assertThatThrownBy(() -> RecordJsonReader.read(RecordJson.write(r, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document.text: missing (the record was written without the document text)");
        assertThatThrownBy(() -> RecordJsonReader.read("{\"document\": "))
                .hasMessageStartingWith("malformed JSON: ");
        assertThatThrownBy(() -> RecordJsonReader.read("[1, 2]")).hasMessage("not a JSON object");

        ObjectNode t = RecordJson.tree(r, true);
        ((ObjectNode) t.get("document")).put("text", "another body");
        assertThatThrownBy(() -> RecordJsonReader.read(t)).hasMessageStartingWith("document.sha256: '");

        ObjectNode u = RecordJson.tree(r, true);
        ((ObjectNode) u.get("events").get(1).get("trigger")).remove("start");
        assertThatThrownBy(() -> RecordJsonReader.read(u)).hasMessage("events[1].trigger.start: missing");

        ObjectNode v = RecordJson.tree(r, true);
        ((ArrayNode) v.get("events").get(0).get("target")).set(0, "E9");
        assertThatThrownBy(() -> RecordJsonReader.read(v))
                .hasMessage("events[0].target: entity E9 is not among the entities");

        ObjectNode w = RecordJson.tree(r, true);
        ((ObjectNode) w.get("events").get(0)).put("status", "rumoured");
        assertThatThrownBy(() -> RecordJsonReader.read(w)).hasMessage("events[0].status: unknown Status 'RUMOURED'");

        ObjectNode x = RecordJson.tree(r, true);
        ((ObjectNode) x.get("entities").get(2)).put("country", "fr");
        assertThatThrownBy(() -> RecordJsonReader.read(x))
                .hasMessage("entities[2]: entity E3: country 'fr' is not ISO alpha-3 or IGO");

        ObjectNode y = RecordJson.tree(r, true);
        ((ObjectNode) y.get("times").get(0)).put("start", "57");
        assertThatThrownBy(() -> RecordJsonReader.read(y)).hasMessage("times[0].start: expected an integer, got \"57\"");

        ObjectNode z = RecordJson.tree(r, true);
        ((ObjectNode) z.get("events").get(0)).put("quadClass", 4);
        assertThatThrownBy(() -> RecordJsonReader.read(z))
                .hasMessage("events[0].quadClass: 4 is not the quad class of CONSULT (1)");
    }
}
