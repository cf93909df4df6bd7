package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.annals.model.Status;
import org.junit.jupiter.api.Test;

/** The PLOVER scorer on hand-written gold records and hand-built records (no language models). */
class PloverScorerTest {

    private static final String TEXT = "Freedonia and Sylvania met while Ruritania shelled Freedonia.";

    private static PloverGold gold(String event, String source, String target) {
        return PloverGold.parse("{\"id\":\"g\",\"date\":\"2001-02-03\",\"text\":\"" + TEXT + "\",\"event\":\"" + event
                + "\",\"source\":" + source + ",\"target\":" + target + "}", "g");
    }

    /** Entities E1 Freedonia (XFA), E2 Sylvania (XSY), E3 Ruritania (XRU), E4 a group of E1 and E2. */
    private static ArticleRecord record(List<Object[]> events) {
        Document doc = Document.of("d", LocalDate.of(2001, 2, 3), "", "d", TEXT);
        List<Entity> ents = List.of(
                entity(1, EntityKind.COUNTRY, "Freedonia", "XFA", List.of()),
                entity(2, EntityKind.COUNTRY, "Sylvania", "XSY", List.of()),
                entity(3, EntityKind.COUNTRY, "Ruritania", "XRU", List.of()),
                entity(4, EntityKind.GROUP, "Freedonia and Sylvania", null, List.of(EntityId.of(1), EntityId.of(2))));
        List<Event> out = new ArrayList<>();
        for (Object[] e : events) {
            String trig = (String) e[1];
            int at = TEXT.indexOf(trig);
            out.add(new Event(EventId.of(out.size() + 1), (EventType) e[0], Optional.empty(), List.of(), "040", 1.0,
                    ids((int[]) e[2]), ids((int[]) e[3]), Optional.empty(),
                    new EventDate("2001-02-03", Optional.empty(), Optional.empty(), Optional.empty(), Basis.DOCUMENT),
                    Status.OCCURRED, Mention.of(TEXT, at, at + trig.length()), Mention.of(TEXT, 0, TEXT.length()),
                    Optional.empty(), (double) e[4], List.of(), List.of()));
        }
        return new ArticleRecord(doc, ents, List.of(), out, List.of(), List.of(),
                new Provenance("t", "t", Map.of()));
    }

    private static List<EntityId> ids(int[] n) {
        List<EntityId> out = new ArrayList<>();
        for (int i : n) {
            out.add(EntityId.of(i));
        }
        return out;
    }

    private static Entity entity(int id, EntityKind kind, String name, String country, List<EntityId> members) {
        int at = TEXT.indexOf(name);
        return new Entity(EntityId.of(id), kind, name, Optional.ofNullable(country), Optional.of("GOV"), List.of(),
                List.of(), Optional.empty(), members, List.of(Mention.of(TEXT, at, at + name.length())));
    }

    @Test
    void oldTypeNamesMapToCurrentOnes() {
        assertThat(PloverGold.type("DEMAND")).contains(EventType.REQUEST);
        assertThat(PloverGold.type("DISAPPROVE")).contains(EventType.ACCUSE);
        assertThat(PloverGold.type("INVESTIGATE")).contains(EventType.ACCUSE);
        assertThat(PloverGold.type("FIGHT")).contains(EventType.ASSAULT);
        assertThat(PloverGold.type("agree")).contains(EventType.AGREE);
        assertThat(PloverGold.type("HUG")).isEmpty();
    }

    @Test
    void goldRecordsGiveCodesAndRejectBadLines() {
        PloverGold g = PloverGold.parse("{\"id\":\"x\",\"text\":\"t\",\"event\":\"FIGHT\",\"source\":[{\"code\":\"jap\","
                + "\"sector\":\"MILalb\"}],\"target\":\"diplomatic\"}", "x");
        assertThat(g.type()).isEqualTo(EventType.ASSAULT);
        assertThat(g.sourceCodes()).containsExactly("JPN");
        assertThat(g.sourceSectors()).containsExactly("MIL");
        assertThat(g.targetCodes()).isEmpty();
        assertThat(g.date()).isEmpty();
        assertThatThrownBy(() -> PloverGold.parse("{\"text\":\"t\",\"event\":\"HUG\"}", "y"))
                .hasMessageContaining("unknown PLOVER event type 'HUG'");
        assertThatThrownBy(() -> PloverGold.parse("{\"event\":\"AGREE\"}", "y")).hasMessageContaining("no \"text\"");
        assertThatThrownBy(() -> PloverGold.parse("{oops", "y")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PloverGold.parse("{\"text\":\"t\",\"event\":\"AGREE\",\"date\":\"2001-13-01\"}", "y"))
                .hasMessageContaining("not YYYY-MM-DD");
    }

    @Test
    void topOneIsTheMostConfidentEventAndNoEventIsWrong() {
        PloverScorer s = new PloverScorer();
        // 1: gold ASSAULT, the more confident event is ASSAULT -> right; CONSULT is a false positive
        s.add(gold("FIGHT", "[{\"code\":\"XRU\"}]", "[{\"code\":\"XFA\"}]"), Optional.of(record(List.of(
                new Object[] {EventType.CONSULT, "met", new int[] {4}, new int[] {}, 0.5},
                new Object[] {EventType.ASSAULT, "shelled", new int[] {3}, new int[] {1}, 0.9}))));
        // 2: gold CONSULT, top-1 ASSAULT (more confident) -> wrong, but CONSULT found (reciprocal, group opened)
        s.add(gold("CONSULT", "[{\"code\":\"XFA\"},{\"code\":\"XSY\"}]", "\"\""), Optional.of(record(List.of(
                new Object[] {EventType.CONSULT, "met", new int[] {4}, new int[] {}, 0.5},
                new Object[] {EventType.ASSAULT, "shelled", new int[] {3}, new int[] {1}, 0.9}))));
        // 3: gold AGREE, no event at all
        s.add(gold("AGREE", "[{\"code\":\"XFA\"}]", "[]"), Optional.of(record(List.of())));
        // 4: extraction failed
        s.add(gold("ASSAULT", "[{\"code\":\"XSY\"}]", "[{\"code\":\"XRU\"}]"), Optional.empty());
        // 5: gold ASSAULT by XSY on XRU, we say XRU on XFA: type found, both countries wrong; the tie goes to the earlier
        // trigger ('met'), so top-1 is CONSULT
        s.add(gold("ASSAULT", "[{\"code\":\"XSY\"}]", "[{\"code\":\"XRU\"}]"), Optional.of(record(List.of(
                new Object[] {EventType.ASSAULT, "shelled", new int[] {3}, new int[] {1}, 0.7},
                new Object[] {EventType.CONSULT, "met", new int[] {1, 2}, new int[] {}, 0.7}))));

        assertThat(s.sentences()).isEqualTo(5);
        assertThat(s.top1()).isEqualTo(new PloverScorer.Ratio(1, 5));
        assertThat(s.found()).isEqualTo(new PloverScorer.Ratio(3, 5));
        assertThat(s.eventsPerSentence()).isEqualTo(6 / 5.0);
        // found: 1 (XRU right, XFA right), 2 (XFA,XSY right; no gold target), 5 (wrong, wrong)
        assertThat(s.sourceCountry()).isEqualTo(new PloverScorer.Ratio(2, 3));
        assertThat(s.targetCountry()).isEqualTo(new PloverScorer.Ratio(1, 2));
        assertThat(s.sourceCountryExact()).isEqualTo(new PloverScorer.Ratio(2, 3));

        PloverScorer.TypeScore assault = s.perType().stream().filter(t -> t.type() == EventType.ASSAULT)
                .findFirst().orElseThrow();
        // ASSAULT predicted in sentences 1, 2, 5; gold in 1, 4, 5
        assertThat(assault).isEqualTo(new PloverScorer.TypeScore(EventType.ASSAULT, 2, 1, 1));
        assertThat(assault.precision()).isEqualTo(2 / 3.0);
        assertThat(assault.recall()).isEqualTo(2 / 3.0);
        PloverScorer.TypeScore consult = s.perType().stream().filter(t -> t.type() == EventType.CONSULT)
                .findFirst().orElseThrow();
        assertThat(consult).isEqualTo(new PloverScorer.TypeScore(EventType.CONSULT, 1, 2, 0));
        PloverScorer.TypeScore agree = s.perType().stream().filter(t -> t.type() == EventType.AGREE)
                .findFirst().orElseThrow();
        assertThat(agree.f1()).isZero();

        assertThat(s.confusion().get(EventType.CONSULT)).containsExactly(Map.entry("ASSAULT", 1));
        assertThat(s.confusion().get(EventType.AGREE)).containsExactly(Map.entry("NONE", 1));
        assertThat(s.confusion().get(EventType.ASSAULT))
                .containsOnly(Map.entry("ASSAULT", 1), Map.entry("CONSULT", 1), Map.entry("NONE", 1));
        assertThat(s.text()).contains("top-1 type accuracy          0.200").contains("NONE");
        assertThat(s.json()).containsEntry("top1Accuracy", 0.2).containsEntry("eventsPerSentence", 1.2);
    }
}
