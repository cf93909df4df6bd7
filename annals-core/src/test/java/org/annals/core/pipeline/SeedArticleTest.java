package org.annals.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.annals.core.output.RecordJson;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.model.TimeMention;
import org.annals.testkit.Golden;
import org.annals.testkit.RecordInvariants;
import org.annals.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user's article, end to end through the real CoreNLP: the acceptance of the pipeline issue.
 * Reads the seed from ../shared at run time (skips when it is absent); the golden file keeps structure only.
 */
class SeedArticleTest {
    static ArticleRecord record;

    @BeforeAll
    static void extract() {
        Path seed = SharedData.require("seed/000_102f5456afe50154.txt");
        List<ReadOutcome> read = DocumentReaders.read(seed, ReadOptions.defaults());
        assertThat(read).hasSize(1).first().isInstanceOf(ReadOutcome.Ok.class);
        record = SharedPipeline.get().extract(((ReadOutcome.Ok) read.get(0)).document());
    }

    @Test
    void recordInvariantsHold() {
        RecordInvariants.assertValid(record);
    }

    @Test
    void timeExpressions() {
        assertThat(time("Tuesday")).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2023-02-21"));
        assertThat(time("September 2022")).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2022-09"));
        assertThat(time("2020")).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2020"));
        assertThat(time("November")).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2021-11"));
    }

    @Test
    void keyEntities() {
        assertEntity(EntityKind.PERSON, "Tomer Bar", "ISR", "MIL");
        assertEntity(EntityKind.COUNTRY, "Israel", "ISR", null);
        assertEntity(EntityKind.COUNTRY, "Morocco", "MAR", null);
        assertEntity(EntityKind.ORGANIZATION, "Israeli Air Force", "ISR", "MIL");
        assertEntity(EntityKind.ORGANIZATION, "Moroccan Air Force", "MAR", "MIL");
        assertEntity(EntityKind.PERSON, "El Abd Bohamid", "MAR", "MIL");
        assertEntity(EntityKind.ORGANIZATION, "Royal Moroccan Armed Forces", "MAR", "MIL");
        assertEntity(EntityKind.PERSON, "Belkhir el-Farouk", "MAR", "MIL");
        assertEntity(EntityKind.PERSON, "Benny Gantz", "ISR", "GOV");
        Entity bar = entity("Tomer Bar").orElseThrow();
        assertThat(bar.titles()).contains("General", "commander of the Israeli Air Force");
        assertThat(bar.mentions()).extracting(m -> m.text())
                .contains("He", "Bar", "his");
        Entity morocco = entity("Morocco").orElseThrow();
        assertThat(morocco.mentions()).extracting(m -> m.text()).contains("the north African country");
        Entity israel = entity("Israel").orElseThrow();
        assertThat(israel.mentions()).extracting(m -> m.text()).contains("the Jewish state");
        Entity group = record.entities().stream().filter(e -> e.kind() == EntityKind.GROUP).findFirst().orElseThrow();
        assertThat(group.members()).containsExactlyInAnyOrder(israel.id(), morocco.id());
        assertThat(group.mentions()).extracting(m -> m.text()).contains("the two countries", "the parties");
        assertThat(entity("Benny Gantz").orElseThrow().former()).contains("defense minister");
    }

    /** The rest of the actor acceptance: affiliations, ranks, ministries, places, no cross-nation merge. */
    @Test
    void affiliationsRanksAndPlaces() {
        Entity bar = entity("Tomer Bar").orElseThrow();
        Entity iaf = entity("Israeli Air Force").orElseThrow();
        Entity maf = entity("Moroccan Air Force").orElseThrow();
        assertThat(bar.memberOf()).contains(iaf.id());
        assertThat(entity("El Abd Bohamid").orElseThrow().memberOf()).contains(maf.id());
        // a nationality clash blocks the coreference merge of the two air forces
        assertThat(maf.id()).isNotEqualTo(iaf.id());
        assertThat(maf.mentions()).noneMatch(m -> iaf.mentions().stream()
                .anyMatch(o -> o.start() < m.end() && m.start() < o.end()));
        Entity farouk = entity("Belkhir el-Farouk").orElseThrow();
        assertThat(farouk.titles()).contains("Lieutenant General");
        assertThat(farouk.titles()).anyMatch(t -> t.startsWith("inspector general"));
        assertThat(farouk.memberOf()).contains(entity("Royal Moroccan Armed Forces").orElseThrow().id());
        assertEntity(EntityKind.ORGANIZATION, "Israeli Defense Ministry", "ISR", "GOV");
        assertEntity(EntityKind.LOCATION, "Rabat", "MAR", null);
        assertEntity(EntityKind.LOCATION, "Tel Aviv", "ISR", null);
        Entity group = record.entities().stream().filter(e -> e.kind() == EntityKind.GROUP).findFirst().orElseThrow();
        assertThat(group.mentions()).extracting(m -> m.text()).contains("the two countries");
    }

    @Test
    void quotesHaveTheirSpeakers() {
        assertThat(record.quotes()).hasSize(3);
        assertThat(speaker(record.quotes().get(0))).isEqualTo("Royal Moroccan Armed Forces");
        assertThat(speaker(record.quotes().get(1))).contains("Defense Ministry");
        assertThat(speaker(record.quotes().get(2))).contains("Defense Ministry");
    }

    @Test
    void theSixEventsAndFewExtras() {
        List<Event> found = new ArrayList<>();
        found.add(event("the visit", e -> e.type() == EventType.CONSULT && e.mode().equals(Optional.of("visit"))
                && countries(e.source()).equals(Set.of("ISR")) && countries(e.target()).equals(Set.of("MAR"))
                && e.date().value().equals("2023-02-21") && e.status() == Status.OCCURRED));
        found.add(event("the planned meeting", e -> e.type() == EventType.CONSULT && e.status() == Status.PLANNED
                && participants(e).equals(Set.of("ISR", "MAR"))));
        found.add(event("the agreement to deepen ties", e -> e.type() == EventType.AGREE
                && countries(e.source()).equals(Set.of("ISR", "MAR")) && e.date().value().equals("2023-01")
                && e.status() == Status.OCCURRED));
        found.add(event("Israel hosting the inspector general", e -> e.type() == EventType.CONSULT
                && countries(e.source()).equals(Set.of("ISR")) && countries(e.target()).equals(Set.of("MAR"))
                && e.date().value().equals("2022-09") && place(e).equals("Tel Aviv")));
        found.add(event("ties formalized", e -> e.type() == EventType.AGREE
                && countries(e.source()).equals(Set.of("ISR", "MAR")) && e.date().value().equals("2020")));
        found.add(event("the MOU", e -> e.type() == EventType.AGREE && participants(e).equals(Set.of("ISR", "MAR"))
                && e.date().value().equals("2021-11") && place(e).equals("Rabat")));
        assertThat(found).doesNotHaveDuplicates();
        long extras = record.events().stream().filter(e -> !found.contains(e)).count();
        assertThat(extras * 5).as("events matching none of the six: %s", extras)
                .isLessThanOrEqualTo(record.events().size());
    }

    @Test
    void goldenStructure() throws Exception {
        Path golden = Path.of("src/test/resources/golden/seed.structure.json");
        Golden.assertJsonMatches(golden, structureOnly(record));
    }

    /** The record without any of the article's sentences: types, dates, codes, names and offsets. */
    static String structureOnly(ArticleRecord r) {
        ObjectNode tree = RecordJson.tree(r, false);
        ((ObjectNode) tree.get("document")).remove("title");
        ((ObjectNode) tree.get("document")).remove("source");
        tree.remove("provenance");
        strip(tree);
        return tree.toString();
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            if (o.has("start") && o.has("end")) {
                o.remove("text");
            }
            o.fields().forEachRemaining(f -> strip(f.getValue()));
            if (o.has("date") && o.get("date") instanceof ObjectNode d) {
                d.remove("text");
            }
        } else if (n instanceof ArrayNode a) {
            a.forEach(SeedArticleTest::strip);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Event event(String what, Predicate<Event> p) {
        return record.events().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + what + " in " + summary()));
    }

    private String summary() {
        StringBuilder b = new StringBuilder();
        for (Event e : record.events()) {
            b.append("\n  ").append(e.id()).append(' ').append(e.type()).append('/').append(e.mode().orElse("-"))
                    .append(' ').append(e.trigger().text()).append(' ').append(names(e.source())).append(" -> ")
                    .append(names(e.target())).append(" @").append(place(e)).append(' ').append(e.date().value())
                    .append(' ').append(e.date().basis()).append(' ').append(e.status());
        }
        return b.toString();
    }

    private List<String> names(List<EntityId> ids) {
        return ids.stream().map(id -> record.entity(id).map(Entity::name).orElse("?")).toList();
    }

    private String place(Event e) {
        return e.location().flatMap(record::entity).map(Entity::name).orElse("");
    }

    private Set<String> countries(List<EntityId> ids) {
        Set<String> out = new TreeSet<>();
        ids.forEach(id -> record.entity(id).flatMap(Entity::country).ifPresent(out::add));
        return out;
    }

    private Set<String> participants(Event e) {
        Set<String> out = new TreeSet<>(countries(e.source()));
        out.addAll(countries(e.target()));
        return out;
    }

    private Optional<TimeMention> time(String text) {
        return record.times().stream().filter(t -> t.text().equals(text)).findFirst();
    }

    private Optional<Entity> entity(String name) {
        return record.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private void assertEntity(EntityKind kind, String name, String country, String sector) {
        Entity e = entity(name).orElseThrow(() -> new AssertionError("no entity " + name + " in "
                + record.entities().stream().map(x -> x.name() + "/" + x.kind() + "/" + x.country().orElse("-")
                + "/" + x.sector().orElse("-")).toList()));
        assertThat(e.kind()).as(name).isEqualTo(kind);
        assertThat(e.country()).as(name).isEqualTo(Optional.ofNullable(country));
        if (sector != null) {
            assertThat(e.sector()).as(name).isEqualTo(Optional.of(sector));
        }
    }

    private String speaker(Quote q) {
        return q.speaker().flatMap(record::entity).map(Entity::name).orElse("(none)");
    }

    static boolean exists(Path p) { return Files.exists(p); }
}
