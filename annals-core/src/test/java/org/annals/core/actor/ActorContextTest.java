package org.annals.core.actor;

import static org.annals.core.pipeline.Articles.byMention;
import static org.annals.core.pipeline.Articles.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Countries that come from context or from the actor dictionary rather than from a modifier, through the real
 * CoreNLP: a domestic official in a sentence naming one country, a movement the dictionary knows, a region of one
 * country, "X-led" forces, a trade noun between demonym and group, an IGO role in apposition, refugees fleeing a
 * country; and where context must not decide (two countries, a stateless NGO). Invented articles.
 */
class ActorContextTest {
    static final String ONE_COUNTRY = "President Anton Rusu imposed a curfew in Moldova on Friday. Darfur rebels "
            + "attacked a convoy near the river. Vietnamese-led troops captured a hill town after heavy fighting. "
            + "Angry Dutch dock workers blocked the port for six hours.";
    static final String TWO_COUNTRIES = "President Anton Rusu met envoys from Romania and Ukraine on Monday. "
            + "Amnesty International criticised the Kenyan police.";
    static final String ROLES = "Mara Lind, the United Nations Humanitarian Coordinator, urged both sides to open "
            + "the ports. Refugees fleeing the fighting in Chad crossed the border. Hezbollah guerrillas fired rockets "
            + "at an army post.";

    static ArticleRecord one;
    static ArticleRecord two;
    static ArticleRecord roles;

    @BeforeAll
    static void extractArticles() {
        one = extract("context-one", ONE_COUNTRY);
        two = extract("context-two", TWO_COUNTRIES);
        roles = extract("context-roles", ROLES);
    }

    static ArticleRecord extract(String id, String text) {
        return Articles.extract(id, LocalDate.of(2024, 3, 5), text);
    }

    static void assertActor(ArticleRecord r, String mention, String country, String sector) {
        Entity e = byMention(r, mention);
        assertThat(e.country()).as("%s in %s", mention, listing(r)).isEqualTo(java.util.Optional.ofNullable(country));
        if (sector != null) {
            assertThat(e.sector()).as("%s in %s", mention, listing(r)).contains(sector);
        }
    }

    @Test
    void aDomesticOfficialTakesTheOneCountryOfItsSentence() {
        assertActor(one, "President Anton Rusu", "MDA", "GOV");
    }

    @Test
    void notWhenTheSentenceNamesTwoCountriesNorForAStatelessNgo() {
        assertActor(two, "President Anton Rusu", null, "GOV");
        assertActor(two, "Amnesty International", null, "CVL");
        assertActor(two, "Kenyan police", "KEN", "COP");
    }

    @Test
    void regionsLeadersAndTradesBeforeAGroupNoun() {
        assertActor(one, "Darfur rebels", "SDN", "REB");
        assertActor(one, "Vietnamese-led troops", "VNM", "MIL");
        assertActor(one, "Dutch dock workers", "NLD", null);
    }

    @Test
    void anIgoRoleInAppositionMakesThePersonAMemberOfTheIgo() {
        Entity lind = byMention(roles, "Mara Lind");
        assertThat(lind.country()).as(listing(roles)).contains("IGO");
        Entity un = byMention(roles, "United Nations");
        assertThat(un.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(lind.memberOf()).contains(un.id());
    }

    @Test
    void refugeesComeFromTheCountryTheyFleeAndTheDictionaryPlacesMovements() {
        assertActor(roles, "Refugees", "TCD", "REF");
        assertActor(roles, "Hezbollah guerrillas", "LBN", "REB");
    }
}
