package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.core.pipeline.SharedPipeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Sentences with a clear trigger whose parse hangs the trigger, its object or its doer where the roles do not
 * look at first (invented one-sentence articles through the real CoreNLP): each coded nothing, or the wrong type,
 * before the fallback it names.
 */
class ParseRobustnessTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 12);

    private static ArticleRecord extract(String text) {
        return SharedPipeline.get().extract(Document.of("robust-" + Math.abs(text.hashCode()), DATE,
                "test article", "test:robustness", text));
    }

    private static Optional<Event> top(ArticleRecord r) {
        return r.events().stream().max(Comparator.comparingDouble(Event::confidence));
    }

    private static void assertTop(String text, EventType type) {
        Optional<Event> top = top(extract(text));
        assertThat(top.map(Event::type)).as("top event of: %s (got %s)", text,
                top.map(e -> e.type() + " on '" + e.trigger().text() + "' " + e.rules()).orElse("none")).contains(type);
    }

    /** The countries of the top event's sources. */
    private static List<String> topSourceCountries(String text) {
        ArticleRecord r = extract(text);
        Map<EntityId, Entity> byId = r.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
        return top(r).map(e -> e.source().stream().map(byId::get).map(x -> x.country().orElse("-")).toList())
                .orElse(List.of());
    }

    @Test
    void aParticleAfterTheObjectStillMakesThePhrasalVerb() {
        assertTop("Chad pulled its soldiers out of the disputed oasis on Friday.", EventType.RETREAT);
        assertTop("Uganda has begun to pull its troops back from the Congolese border, army officers said.",
                EventType.RETREAT);
        assertTop("Hundreds of Sierra Leonean fighters handed in their rifles to U.N. peacekeepers.",
                EventType.RETREAT);
        // a preposition after the object is no particle: "call … for" here is no appeal
        assertThat(extract("The presenter called the show a podcast for radio.").events()).isEmpty();
    }

    @Test
    void anObjectParsedAsTheSubjectOfASmallClauseIsStillTheObject() {
        assertTop("Bolivian police released 14 prisoners detained during the protest, the interior ministry said.",
                EventType.RETREAT);
    }

    @Test
    void theFirstCountryToActIsTheDoer() {
        assertTop("Estonia was the first country to recognise the independence of Montenegro.", EventType.SUPPORT);
        assertThat(topSourceCountries("Estonia was the first country to recognise the independence of Montenegro."))
                .containsExactly("EST");
    }

    @Test
    void aSubjectNounPhraseParsedAsTheRootIsTheDoerOfTheVerbBelowIt() {
        String text = "Paraguay's interior minister, Colonel Luis Benitez, who visited Argentine officials last month, "
                + "has agreed to joint patrols along the river.";
        assertThat(extract(text).events()).extracting(Event::type).contains(EventType.AGREE);
    }

    @Test
    void demonymsJoinedByAndNameTheCountriesOfTheParties() {
        String text = "Meeting in Dakar on Friday, the Malian and Senegalese defence ministers discussed security on "
                + "the border.";
        assertTop(text, EventType.CONSULT);
        assertThat(topSourceCountries(text)).containsExactlyInAnyOrder("MLI", "SEN");
    }

    @Test
    void theObjectListReadsThePhraseAfterTheVerbWhenThePossessorWasTakenForTheObject() {
        assertTop("The Kremlin defended Belarus's right to hold military exercises, a spokesman said on Monday.",
                EventType.SUPPORT);
    }

    @Test
    void aBareCountOfVictimsIsAKilling() {
        assertTop("Car bomb kills 14 in Kabul.", EventType.ASSAULT);
    }

    @Test
    void whatIsDemandedOrThreatenedIsNoEventOfItsOwn() {
        ArticleRecord demand = extract("Peruvian farmers demanded that Ecuador withdraw its soldiers from the valley.");
        assertThat(demand.events()).extracting(Event::type).containsExactly(EventType.REQUEST);
        ArticleRecord threat = extract("Turkey has warned Syria that it will bomb rebel camps unless the attacks stop.");
        assertThat(threat.events()).extracting(Event::type).containsExactly(EventType.THREATEN);
    }

    @Test
    void aParticipleDescribingTheObjectIsNoSecondEvent() {
        ArticleRecord r = extract("Chechen rebels freed three kidnapped journalists on Sunday.");
        assertThat(r.events()).extracting(Event::type).containsExactly(EventType.RETREAT);
    }

    @Test
    void aRelativePronounDoerIsTheNounItStandsFor() {
        String text = "Iraqi rebels who attacked a police station in Basra on Sunday killed four officers.";
        assertThat(topSourceCountries(text)).containsExactly("IRQ");
    }

    @Test
    void placingUnderArrestIsCoercion() {
        assertTop("Sudan's military government placed the former prime minister under house arrest.",
                EventType.COERCE);
    }

    @Test
    void unbanningUnfreezingReturningAndBreakingUpAProtestHaveTheirRows() {
        assertTop("Nepal's government unbanned the Maoist party on Tuesday.", EventType.CONCEDE);
        assertTop("Britain unfroze the Libyan assets held in London banks.", EventType.RETREAT);
        assertTop("Eritrea returned two villages to Ethiopia under the border ruling.", EventType.RETREAT);
        assertTop("Kenyan police broke up a rally by opposition supporters in Nairobi.", EventType.ASSAULT);
    }
}
