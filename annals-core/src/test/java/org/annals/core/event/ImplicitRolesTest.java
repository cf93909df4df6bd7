package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Targets the trigger's row roles do not name ({@link Roles}), capitals and well-known people as actors, and
 * country names that are not actors, on invented sentences through the real CoreNLP.
 */
class ImplicitRolesTest {
    static final String TEXT = "Peru threatened on Monday to impose tariffs against Chilean wine. "
            + "Minsk rejected the proposal on Wednesday. "
            + "Vladimir Putin criticized the decision. "
            + "The Uruguay Football Association paid US $3 million to the players. "
            + "Police in Northern Ireland arrested two men.";

    /** The tagger leaves "Houthis" untagged here; the actor dictionary knows the movement. */
    static final String MOVEMENT_TEXT = "Yemen's government and the rebels extended the truce on Friday. "
            + "Two days later, the Houthis threatened to resume attacks on oil facilities. "
            + "Japan's Maritime Self-Defense Force accepted an invitation to join naval drills in the Red Sea.";

    static ArticleRecord r;
    static ArticleRecord movement;

    @BeforeAll
    static void extract() {
        r = EventCoderTest.extract("implicit-roles", TEXT);
        movement = EventCoderTest.extract("dictionary-movement", MOVEMENT_TEXT);
    }

    @Test
    void aCountrysOwnNamedOrganisationTakesTheCountryAndTheSectorOfItsHead() {
        Entity force = movement.entities().stream().filter(x -> x.name().contains("Self-Defense Force")).findFirst()
                .orElseThrow();
        assertThat(force.country()).contains("JPN");
        assertThat(force.sector()).contains("MIL");
    }

    @Test
    void aMovementTheTaggerMissesIsFoundByTheActorDictionaryAndActs() {
        Entity houthis = movement.entities().stream().filter(x -> x.name().equals("Houthis")).findFirst()
                .orElseThrow();
        assertThat(houthis.country()).contains("YEM");
        assertThat(houthis.sector()).contains("REB");
        Event threat = movement.events().stream().filter(e -> e.trigger().text().equals("threatened")).findFirst()
                .orElseThrow();
        assertThat(threat.source()).containsExactly(houthis.id());
    }

    @Test
    void aTargetInsideTheControlledVerbsPhraseIsFound() {
        Event e = byTrigger("threatened");
        assertThat(countries(e.source())).containsExactly("PER");
        assertThat(countries(e.target())).containsExactly("CHL"); // "to impose tariffs against Chilean wine"
    }

    @Test
    void aCapitalActsForItsCountryEvenWhenTheCountryIsNotNamed() {
        assertThat(countries(byTrigger("rejected").source())).containsExactly("BLR");
    }

    @Test
    void aWellKnownHeadOfStateNamedAloneHasTheDictionarysCountry() {
        Entity putin = r.entities().stream().filter(x -> x.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(putin.country()).contains("RUS");
        assertThat(putin.sector()).contains("GOV");
    }

    @Test
    void anOrganisationNamedAfterItsCountryIsOfThatCountryAndACurrencyIsNoCountry() {
        Entity fa = r.entities().stream().filter(x -> x.name().contains("Football Association")).findFirst()
                .orElseThrow();
        assertThat(fa.country()).contains("URY");
        assertThat(r.entities()).noneMatch(x -> x.country().filter("USA"::equals).isPresent());
    }

    @Test
    void northernIrelandIsPartOfTheUnitedKingdom() {
        assertThat(r.entities()).noneMatch(x -> x.country().filter("IRL"::equals).isPresent());
        assertThat(r.entities()).anyMatch(x -> x.country().filter("GBR"::equals).isPresent());
    }

    private static Event byTrigger(String word) {
        return r.events().stream().filter(e -> e.trigger().text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + word + "' in " + r.events()));
    }

    private static Set<String> countries(List<EntityId> ids) {
        Set<String> out = new TreeSet<>();
        ids.forEach(id -> r.entity(id).flatMap(Entity::country).ifPresent(out::add));
        return out;
    }
}
