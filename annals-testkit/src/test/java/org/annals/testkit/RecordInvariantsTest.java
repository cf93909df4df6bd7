package org.annals.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordInvariantsTest {

    /** A made-up body, written for this test. */
    static final String BODY = "Lithuanian Foreign Minister Rasa Vaitkunaite met her Latvian counterpart in Riga on Tuesday. "
            + "\"We agree on the list,\" she said. The two countries will meet again next month.";

    static final EntityId LTU = EntityId.of(1);
    static final EntityId LVA = EntityId.of(2);
    static final EntityId MINISTER = EntityId.of(3);
    static final EntityId RIGA = EntityId.of(4);
    static final EntityId BOTH = EntityId.of(5);
    static final EntityId MISSING = new EntityId("E99");

    // ---------------------------------------------------------------- fixture

    static Mention m(String text) {
        return m(text, 0);
    }

    /** The {@code n}-th occurrence of {@code text} in the body. */
    static Mention m(String text, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = BODY.indexOf(text, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + text + "' not in body");
            }
        }
        return Mention.of(BODY, at, at + text.length());
    }

    static Document document() {
        return Document.of("fixture.txt", LocalDate.of(2020, 11, 26), "Ministers meet in Riga", "test", BODY);
    }

    static Entity entity(EntityId id, EntityKind kind, String name, Optional<EntityId> memberOf,
                         List<EntityId> members, Mention... mentions) {
        return new Entity(id, kind, name, Optional.of("LTU"), Optional.of("GOV"), List.of(), List.of(), memberOf,
                members, List.of(mentions));
    }

    static List<Entity> entities() {
        return List.of(
                new Entity(LTU, EntityKind.COUNTRY, "Lithuania", Optional.of("LTU"), Optional.of("GOV"), List.of(),
                        List.of(), Optional.empty(), List.of(), List.of(m("Lithuanian"))),
                new Entity(LVA, EntityKind.COUNTRY, "Latvia", Optional.of("LVA"), Optional.of("GOV"), List.of(),
                        List.of(), Optional.empty(), List.of(), List.of(m("Latvian"))),
                new Entity(MINISTER, EntityKind.PERSON, "Rasa Vaitkunaite", Optional.of("LTU"), Optional.of("GOV"),
                        List.of("Foreign Minister"), List.of(), Optional.of(LTU), List.of(),
                        List.of(m("Foreign Minister Rasa Vaitkunaite"), m("she"))),
                new Entity(RIGA, EntityKind.LOCATION, "Riga", Optional.of("LVA"), Optional.empty(), List.of(),
                        List.of(), Optional.empty(), List.of(), List.of(m("Riga"))),
                new Entity(BOTH, EntityKind.GROUP, "Lithuania and Latvia", Optional.empty(), Optional.empty(),
                        List.of(), List.of(), Optional.empty(), List.of(LTU, LVA), List.of(m("The two countries"))));
    }

    static List<TimeMention> times() {
        return List.of(
                time(m("Tuesday"), "2020-11-24", LocalDate.of(2020, 11, 24), LocalDate.of(2020, 11, 24)),
                time(m("next month"), "2020-12", LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 31)));
    }

    static TimeMention time(Mention at, String value, LocalDate earliest, LocalDate latest) {
        return new TimeMention(at.text(), at.start(), at.end(), TimeType.DATE, value, Optional.of(earliest),
                Optional.of(latest), Optional.of("R1"));
    }

    static Event met() {
        Mention evidence = m("Lithuanian Foreign Minister Rasa Vaitkunaite met her Latvian counterpart in Riga on Tuesday.");
        return new Event(EventId.of(1), EventType.CONSULT, Optional.of("visit"), List.of("diplomatic"), "040", 4.0,
                List.of(MINISTER), List.of(LVA), Optional.of(RIGA),
                new EventDate("2020-11-24", Optional.of(LocalDate.of(2020, 11, 24)),
                        Optional.of(LocalDate.of(2020, 11, 24)), Optional.of("on Tuesday"), Basis.EXPLICIT),
                Status.OCCURRED, m("met"), evidence, Optional.empty(), 0.9, List.of("T0001"), List.of(evidence));
    }

    static Event willMeet() {
        return new Event(EventId.of(2), EventType.CONSULT, Optional.empty(), List.of("diplomatic"), "036", 4.0,
                List.of(BOTH), List.of(), Optional.empty(),
                new EventDate("2020-12", Optional.of(LocalDate.of(2020, 12, 1)), Optional.empty(),
                        Optional.of("next month"), Basis.EXPLICIT),
                Status.PLANNED, m("meet"), m("The two countries will meet again next month."),
                Optional.of(MINISTER), 0.7, List.of("T0002"), List.of());
    }

    static List<Quote> quotes() {
        Mention q = m("We agree on the list,");
        return List.of(new Quote(q.text(), q.start(), q.end(), Optional.of(MINISTER)));
    }

    static ArticleRecord record(Document doc, List<Entity> entities, List<TimeMention> times, List<Event> events,
                                List<Quote> quotes) {
        return new ArticleRecord(doc, entities, times, events, quotes, List.of(),
                new Provenance("test", "spec", Map.of()));
    }

    static ArticleRecord valid() {
        return record(document(), entities(), times(), List.of(met(), willMeet()), quotes());
    }

    static ArticleRecord withEntities(UnaryOperator<List<Entity>> change) {
        return record(document(), change.apply(new ArrayList<>(entities())), times(), List.of(met(), willMeet()),
                quotes());
    }

    static ArticleRecord withEvent(Event first) {
        return record(document(), entities(), times(), List.of(first, willMeet()), quotes());
    }

    static Event event(Event v, Mention trigger, Mention evidence) {
        return new Event(v.id(), v.type(), v.mode(), v.contexts(), v.cameo(), v.goldstein(), v.source(), v.target(),
                v.location(), v.date(), v.status(), trigger, evidence, v.attribution(), v.confidence(), v.rules(),
                v.reports());
    }

    static Event event(Event v, List<EntityId> source, List<EntityId> target, Optional<EntityId> location,
                       Optional<EntityId> attribution) {
        return new Event(v.id(), v.type(), v.mode(), v.contexts(), v.cameo(), v.goldstein(), source, target, location,
                v.date(), v.status(), v.trigger(), v.evidence(), attribution, v.confidence(), v.rules(), v.reports());
    }

    static Event event(Event v, EventDate date) {
        return new Event(v.id(), v.type(), v.mode(), v.contexts(), v.cameo(), v.goldstein(), v.source(), v.target(),
                v.location(), date, v.status(), v.trigger(), v.evidence(), v.attribution(), v.confidence(),
                v.rules(), v.reports());
    }

    static Event event(Event v, EventId id) {
        return new Event(id, v.type(), v.mode(), v.contexts(), v.cameo(), v.goldstein(), v.source(), v.target(),
                v.location(), v.date(), v.status(), v.trigger(), v.evidence(), v.attribution(), v.confidence(),
                v.rules(), v.reports());
    }

    /** The record's only violation, which must mention every fragment. */
    static void assertOnlyViolation(ArticleRecord r, String... fragments) {
        List<String> v = RecordInvariants.violations(r);
        assertThat(v).hasSize(1);
        assertThat(v.get(0)).contains(fragments);
        assertThatThrownBy(() -> RecordInvariants.assertValid(r)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(v.get(0));
    }

    // ---------------------------------------------------------------- valid

    @Test
    void handBuiltRecordIsValid() {
        ArticleRecord r = valid();
        assertThat(RecordInvariants.violations(r)).isEmpty();
        assertThatCode(() -> RecordInvariants.assertValid(r)).doesNotThrowAnyException();
    }

    @Test
    void recordWithoutTextSkipsBodyChecks() {
        // --no-text: the body is gone but the hash still names it, so spans cannot be checked against it
        Document full = document();
        Document stripped = new Document(full.id(), full.date(), full.title(), full.source(), "", full.sha256());
        ArticleRecord r = record(stripped, entities(), times(), List.of(met(), willMeet()), quotes());
        assertThat(RecordInvariants.violations(r)).isEmpty();
    }

    @Test
    void emptyBodyWithEmptyHashIsCheckedAsABody() {
        ArticleRecord r = record(Document.of("empty", LocalDate.of(2020, 1, 1), "t", "s", ""), entities(), List.of(),
                List.of(), List.of());
        assertThat(RecordInvariants.violations(r)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("ends after the text (length 0)"));
    }

    // ---------------------------------------------------------------- document

    @Test
    void shaThatIsNotTheHashOfTheTextIsCaught() {
        Document d = document();
        Document wrong = new Document(d.id(), d.date(), d.title(), d.source(), d.text(), Document.sha256("other"));
        assertOnlyViolation(record(wrong, entities(), times(), List.of(met(), willMeet()), quotes()),
                "sha256", "not the SHA-256 of the text");
    }

    // ---------------------------------------------------------------- spans

    @Test
    void entityMentionPastTheEndOfTheTextIsCaught() {
        ArticleRecord r = withEntities(es -> {
            es.set(3, entity(RIGA, EntityKind.LOCATION, "Riga", Optional.empty(), List.of(),
                    new Mention("Riga", BODY.length() - 2, BODY.length() + 2)));
            return es;
        });
        assertOnlyViolation(r, "entity E4 (Riga) mention 0", "ends after the text");
    }

    @Test
    void entityMentionWhoseTextDiffersFromTheBodyIsCaught() {
        Mention riga = m("Riga");
        ArticleRecord r = withEntities(es -> {
            es.set(3, entity(RIGA, EntityKind.LOCATION, "Riga", Optional.empty(), List.of(),
                    new Mention("Tallinn", riga.start(), riga.end())));
            return es;
        });
        assertOnlyViolation(r, "entity E4 (Riga) mention 0", "'Tallinn'", "'Riga'");
    }

    @Test
    void timeWhoseTextDiffersFromTheBodyIsCaught() {
        Mention tuesday = m("Tuesday");
        Mention shifted = new Mention("Tuesday", tuesday.start() + 1, tuesday.end() + 1);
        ArticleRecord r = record(document(), entities(),
                List.of(time(shifted, "2020-11-24", LocalDate.of(2020, 11, 24), LocalDate.of(2020, 11, 24))),
                List.of(met(), willMeet()), quotes());
        assertOnlyViolation(r, "time 'Tuesday'", "differs from the body");
    }

    @Test
    void quoteOutsideTheTextIsCaught() {
        ArticleRecord r = record(document(), entities(), times(), List.of(met(), willMeet()),
                List.of(new Quote("We agree", BODY.length(), BODY.length() + 8, Optional.of(MINISTER))));
        assertOnlyViolation(r, "quote 0", "ends after the text");
    }

    @Test
    void quoteWhoseTextDiffersFromTheBodyIsCaught() {
        Mention q = m("We agree on the list,");
        ArticleRecord r = record(document(), entities(), times(), List.of(met(), willMeet()),
                List.of(new Quote("\"We agree on the list,\"", q.start(), q.end(), Optional.of(MINISTER))));
        assertOnlyViolation(r, "quote 0", "differs from the body");
    }

    @Test
    void triggerWhoseTextDiffersFromTheBodyIsCaught() {
        Mention met = m("met");
        assertOnlyViolation(withEvent(event(met(), new Mention("meets", met.start(), met.end()), met().evidence())),
                "event V1 trigger", "'meets'");
    }

    @Test
    void evidenceOutsideTheTextIsCaught() {
        Mention bad = new Mention("x".repeat(BODY.length() + 1), 0, BODY.length() + 1);
        List<String> v = RecordInvariants.violations(withEvent(event(met(), met().trigger(), bad)));
        assertThat(v).singleElement().asString().contains("event V1 evidence", "ends after the text");
    }

    @Test
    void reportWhoseTextDiffersFromTheBodyIsCaught() {
        Event v = met();
        Event changed = new Event(v.id(), v.type(), v.mode(), v.contexts(), v.cameo(), v.goldstein(), v.source(),
                v.target(), v.location(), v.date(), v.status(), v.trigger(), v.evidence(), v.attribution(),
                v.confidence(), v.rules(), List.of(new Mention("nothing", 0, 7)));
        assertOnlyViolation(withEvent(changed), "event V1 report 0", "differs from the body");
    }

    @Test
    void triggerOutsideItsEvidenceIsCaught() {
        // "meet" of the second sentence lies in the body but not in the first sentence
        assertOnlyViolation(withEvent(event(met(), m("meet"), met().evidence())),
                "event V1: trigger", "is not inside evidence");
    }

    // ---------------------------------------------------------------- references

    @Test
    void unknownEventSourceIsCaught() {
        Event v = met();
        assertOnlyViolation(withEvent(event(v, List.of(MISSING), v.target(), v.location(), v.attribution())),
                "event V1 source", "E99");
    }

    @Test
    void unknownEventTargetIsCaught() {
        Event v = met();
        assertOnlyViolation(withEvent(event(v, v.source(), List.of(LVA, MISSING), v.location(), v.attribution())),
                "event V1 target", "E99");
    }

    @Test
    void unknownEventLocationIsCaught() {
        Event v = met();
        assertOnlyViolation(withEvent(event(v, v.source(), v.target(), Optional.of(MISSING), v.attribution())),
                "event V1 location", "E99");
    }

    @Test
    void unknownEventAttributionIsCaught() {
        Event v = met();
        assertOnlyViolation(withEvent(event(v, v.source(), v.target(), v.location(), Optional.of(MISSING))),
                "event V1 attribution", "E99");
    }

    @Test
    void unknownQuoteSpeakerIsCaught() {
        Mention q = m("We agree on the list,");
        ArticleRecord r = record(document(), entities(), times(), List.of(met(), willMeet()),
                List.of(new Quote(q.text(), q.start(), q.end(), Optional.of(MISSING))));
        assertOnlyViolation(r, "quote 0", "speaker", "E99");
    }

    @Test
    void unknownMemberOfIsCaught() {
        ArticleRecord r = withEntities(es -> {
            es.set(2, entity(MINISTER, EntityKind.PERSON, "Rasa Vaitkunaite", Optional.of(MISSING), List.of(),
                    m("Rasa Vaitkunaite")));
            return es;
        });
        assertOnlyViolation(r, "entity E3 (Rasa Vaitkunaite) memberOf", "E99");
    }

    @Test
    void unknownGroupMemberIsCaught() {
        ArticleRecord r = withEntities(es -> {
            es.set(4, entity(BOTH, EntityKind.GROUP, "Lithuania and Latvia", Optional.empty(),
                    List.of(LTU, MISSING), m("The two countries")));
            return es;
        });
        assertOnlyViolation(r, "entity E5 (Lithuania and Latvia) members", "E99");
    }

    // ---------------------------------------------------------------- ids

    @Test
    void duplicateEntityIdIsCaught() {
        ArticleRecord r = withEntities(es -> {
            es.add(entity(RIGA, EntityKind.LOCATION, "Riga again", Optional.empty(), List.of(), m("Riga")));
            return es;
        });
        assertOnlyViolation(r, "entity E4 (Riga again)", "more than one entity");
    }

    @Test
    void duplicateEventIdIsCaught() {
        ArticleRecord r = record(document(), entities(), times(),
                List.of(met(), event(willMeet(), EventId.of(1))), quotes());
        assertOnlyViolation(r, "event V1", "more than one event");
    }

    // ---------------------------------------------------------------- values

    @Test
    void eventDateThatIsNotATimexValueIsCaught() {
        EventDate d = met().date();
        EventDate bad = new EventDate("last Tuesday", d.earliest(), d.latest(), d.text(), d.basis());
        assertOnlyViolation(withEvent(event(met(), bad)), "event V1 date", "'last Tuesday' is not a TIMEX3 value");
    }

    @Test
    void timeValueThatIsNotATimexValueIsCaught() {
        ArticleRecord r = record(document(), entities(),
                List.of(time(m("Tuesday"), "2020-11-24-Tue", LocalDate.of(2020, 11, 24), LocalDate.of(2020, 11, 24))),
                List.of(met(), willMeet()), quotes());
        assertOnlyViolation(r, "time 'Tuesday'", "not a TIMEX3 value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-21", "2022-09", "2020", "2023-W08", "2023-W08-WE", "2023-Q1", "2023-H2",
            "2023-SU", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3D", "PT2H", "P1Y6M", "PXY", "P1DT12H", "P2W",
            "199X", "XXXX-03", "XXXX-WXX-1", "2023-02-21T14:30", "2023-02-21TEV"})
    void plausibleTimexValuesPass(String value) {
        assertThat(RecordInvariants.TIMEX3.matcher(value).matches()).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "2023-13", "2023-02-32", "2023-W54", "2023-Q5", "23-02-21",
            "2023/02/21", "PRESENT", "Tuesday", "P3", "2023-02-21 ", "1Y"})
    void implausibleTimexValuesFail(String value) {
        assertThat(RecordInvariants.TIMEX3.matcher(value).matches()).as("'" + value + "'").isFalse();
    }

    @Test
    void blankQuoteIsCaught() {
        int at = BODY.indexOf("We agree");
        ArticleRecord r = record(document(), entities(), times(), List.of(met(), willMeet()),
                List.of(new Quote("", at, at, Optional.of(MINISTER))));
        assertOnlyViolation(r, "quote 0", "empty text");
    }

    /*
     * The model's constructors already refuse earliest > latest, confidence outside [0, 1] and bad CAMEO codes,
     * so no record can carry them; the harness checks them anyway (see RecordInvariants). These tests hold both
     * lines: the constructor refuses, and the harness's own check catches the value.
     */

    @Test
    void earliestAfterLatestIsCaught() {
        List<String> out = new ArrayList<>();
        RecordInvariants.checkInterval("event V1 date", Optional.of(LocalDate.of(2020, 11, 25)),
                Optional.of(LocalDate.of(2020, 11, 24)), out);
        assertThat(out).singleElement().asString().contains("earliest 2020-11-25 is after latest 2020-11-24");

        out.clear();
        RecordInvariants.checkInterval("ok", Optional.of(LocalDate.of(2020, 11, 24)),
                Optional.of(LocalDate.of(2020, 11, 24)), out);
        RecordInvariants.checkInterval("open", Optional.of(LocalDate.of(2020, 11, 24)), Optional.empty(), out);
        assertThat(out).isEmpty();

        assertThatThrownBy(() -> new EventDate("2020-11", Optional.of(LocalDate.of(2020, 11, 25)),
                Optional.of(LocalDate.of(2020, 11, 24)), Optional.empty(), Basis.TENSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> time(m("Tuesday"), "2020-11-24", LocalDate.of(2020, 11, 25),
                LocalDate.of(2020, 11, 24))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void confidenceOutsideZeroOneIsCaught(double confidence) {
        List<String> out = new ArrayList<>();
        RecordInvariants.checkConfidence("event V1", confidence, out);
        assertThat(out).singleElement().asString().contains("event V1: confidence", "outside [0, 1]");

        Event v = met();
        assertThatThrownBy(() -> new Event(v.id(), v.type(), v.mode(), v.contexts(), v.cameo(), v.goldstein(),
                v.source(), v.target(), v.location(), v.date(), v.status(), v.trigger(), v.evidence(),
                v.attribution(), confidence, v.rules(), v.reports())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confidenceOnTheBoundsPasses() {
        List<String> out = new ArrayList<>();
        RecordInvariants.checkConfidence("a", 0.0, out);
        RecordInvariants.checkConfidence("b", 1.0, out);
        assertThat(out).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "04200", "04a", "", " 042"})
    void cameoThatIsNotTwoToFourDigitsIsCaught(String cameo) {
        List<String> out = new ArrayList<>();
        RecordInvariants.checkCameo("event V1", cameo, out);
        assertThat(out).singleElement().asString().contains("CAMEO code '" + cameo + "'");

        Event v = met();
        assertThatThrownBy(() -> new Event(v.id(), v.type(), v.mode(), v.contexts(), cameo, v.goldstein(),
                v.source(), v.target(), v.location(), v.date(), v.status(), v.trigger(), v.evidence(),
                v.attribution(), v.confidence(), v.rules(), v.reports())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04", "042", "0421"})
    void cameoOfTwoToFourDigitsPasses(String cameo) {
        List<String> out = new ArrayList<>();
        RecordInvariants.checkCameo("event V1", cameo, out);
        assertThat(out).isEmpty();
    }

    // ---------------------------------------------------------------- reporting

    @Test
    void assertValidListsEveryViolation() {
        Event v = met();
        ArticleRecord r = record(document(), entities(), times(),
                List.of(event(v, List.of(new EntityId("E98")), v.target(), v.location(), Optional.of(MISSING)),
                        willMeet()), quotes());
        assertThat(RecordInvariants.violations(r)).hasSize(2);
        assertThatThrownBy(() -> RecordInvariants.assertValid(r))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.txt")
                .hasMessageContaining("breaks 2 invariant(s)")
                .hasMessageContaining("event V1 source: E98")
                .hasMessageContaining("event V1 attribution: E99");
    }
}
