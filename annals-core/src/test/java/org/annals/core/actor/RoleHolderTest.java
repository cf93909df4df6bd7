package org.annals.core.actor;

import static org.annals.core.pipeline.Articles.byMention;
import static org.annals.core.pipeline.Articles.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An unnamed role with a country ("the Swedish admiral", "the Chilean minister") is the one person named earlier who
 * holds that role for that country, through the real CoreNLP on invented articles; with two such people it stays an
 * unnamed role rather than a guess.
 */
class RoleHolderTest {
    static final String ONE = "Rear Admiral Tomas Ekdahl, the commander of the Swedish Navy, toured the port of "
            + "Gdynia on Monday with Polish officers. Lars Holm, a Swedish diplomat, joined them. Asked whether the "
            + "visit was aimed at Russia, the Swedish admiral said it was not.";
    static final String TWO = "Rear Admiral Tomas Ekdahl, the commander of the Swedish Navy, and Vice Admiral Nils "
            + "Berglund, the head of the Swedish Coast Guard, toured the port of Gdynia on Monday. Asked about the "
            + "drills, the Swedish admiral said they had gone well.";

    static final String COUNTERPART = "Polish Defence Minister Jan Nowak opened a training centre in Torun on "
            + "Monday. His Lithuanian counterpart visited Warsaw last year, Nowak said.";
    static final String RANKS = "Vice Admiral Rasa Vilkaite, the head of the Lithuanian Navy, and Rear Admiral Piotr "
            + "Zielinski, the commander of the Polish Navy, opened a training centre in Torun on Monday. Zielinski said "
            + "his Lithuanian counterpart would come back in June.";

    static final String APPOSITION = "Chilean Foreign Minister Ana Rojas hosted her Peruvian counterpart, Luis "
            + "Quispe, in Santiago on Friday. The two ministers signed a fisheries accord.";
    static final String AMBASSADOR = "Bolivia's foreign ministry summoned Paraguay's ambassador in La Paz on Monday. "
            + "Ambassador Rodrigo Benitez was told that the border crossing must stay open.";

    static final String BEFORE_NAME = "Ecuador urged restraint. \"We call on both sides to talk,\" a spokeswoman for the "
            + "Ecuadorian foreign ministry, Rosa Pinto, said in Quito. On Wednesday the minister will meet the head of "
            + "Chile's mining agency, Marta Soto. Guards fired on a post near the village of Ulan-Bel late on Saturday. "
            + "Residents of Ulan-Bel said shops were closed.";

    static final String SIDES = "Kenya and Somalia's federal government exchanged 40 prisoners on Friday in a deal "
            + "brokered by Qatar, officials from both sides said. Qatari mediators flew to Nairobi on Saturday. Both "
            + "sides praised the talks.";

    static final String ENVOY = "The United Nations envoy for Sudan, Karin Dahl, welcomed the truce in Khartoum.";

    static ArticleRecord one;
    static ArticleRecord envoy;
    static ArticleRecord sides;
    static ArticleRecord beforeName;
    static ArticleRecord apposition;
    static ArticleRecord ambassador;
    static ArticleRecord counterpart;
    static ArticleRecord ranks;
    static ArticleRecord two;

    @BeforeAll
    static void extractArticles() {
        one = Articles.extract("role-holder-one", LocalDate.of(2024, 2, 29), ONE);
        counterpart = Articles.extract("role-holder-counterpart", LocalDate.of(2024, 1, 1), COUNTERPART);
        ranks = Articles.extract("role-holder-ranks", LocalDate.of(2024, 3, 1), RANKS);
        apposition = Articles.extract("role-holder-apposition", LocalDate.of(2024, 12, 31), APPOSITION);
        ambassador = Articles.extract("role-holder-ambassador", LocalDate.of(2023, 3, 1), AMBASSADOR);
        beforeName = Articles.extract("role-holder-before-name", LocalDate.of(2024, 2, 29), BEFORE_NAME);
        sides = Articles.extract("role-holder-sides", LocalDate.of(2023, 1, 1), SIDES);
        envoy = Articles.extract("role-holder-envoy", LocalDate.of(2024, 3, 1), ENVOY);
        two = Articles.extract("role-holder-two", LocalDate.of(2023, 12, 31), TWO);
    }

    @Test
    void theRoleIsTheOnePersonNamedWithIt() {
        Entity ekdahl = byMention(one, "Rear Admiral Tomas Ekdahl");
        assertThat(byMention(one, "Swedish admiral").id()).as(listing(one)).isEqualTo(ekdahl.id());
        assertThat(one.entities()).as(listing(one)).noneMatch(e -> e.name().startsWith("Admiral ("));
    }

    @Test
    void twoHoldersLeaveTheRoleUnnamed() {
        Entity role = byMention(two, "Swedish admiral");
        assertThat(role.kind()).as(listing(two)).isEqualTo(EntityKind.PERSON);
        assertThat(role.id()).as(listing(two)).isNotEqualTo(byMention(two, "Rear Admiral Tomas Ekdahl").id())
                .isNotEqualTo(byMention(two, "Vice Admiral Nils Berglund").id());
    }

    @Test
    void aCounterpartHoldsThePossessorsRoleForTheCountryNamed() {
        Entity unnamed = byMention(counterpart, "Lithuanian counterpart");
        assertThat(unnamed.name()).as(listing(counterpart)).isEqualTo("Defence Minister (Lithuania)");
        assertThat(unnamed.country()).as(listing(counterpart)).contains("LTU");
        assertThat(unnamed.id()).isNotEqualTo(byMention(counterpart, "Nowak").id());
    }

    @Test
    void aNamedHolderOfARankOfTheSameKindIsTheCounterpart() {
        assertThat(byMention(ranks, "Lithuanian counterpart").id()).as(listing(ranks))
                .isEqualTo(byMention(ranks, "Vice Admiral Rasa Vilkaite").id());
    }

    @Test
    void aCounterpartNamedInAppositionIsThatPersonOfThatCountry() {
        Entity quispe = byMention(apposition, "Luis Quispe");
        assertThat(quispe.country()).as(listing(apposition)).contains("PER");
        assertThat(byMention(apposition, "Peruvian counterpart").id()).as(listing(apposition)).isEqualTo(quispe.id());
        assertThat(apposition.entities()).as(listing(apposition)).noneMatch(e -> e.name().contains("(Peru)"));
        Entity pair = byMention(apposition, "The two ministers");
        assertThat(pair.members()).as(listing(apposition))
                .containsExactlyInAnyOrder(byMention(apposition, "Foreign Minister Ana Rojas").id(), quispe.id());
    }

    @Test
    void aPersonNamedWithARankIsTheUnnamedHolderMetBefore() {
        Entity benitez = byMention(ambassador, "Ambassador Rodrigo Benitez");
        assertThat(byMention(ambassador, "Paraguay's ambassador").id()).as(listing(ambassador))
                .isEqualTo(benitez.id());
        assertThat(benitez.country()).as(listing(ambassador)).contains("PRY");
    }

    @Test
    void aDescriptionBeforeTheNameGivesTheRoleAndCountry() {
        Entity pinto = byMention(beforeName, "Rosa Pinto");
        assertThat(pinto.country()).as(listing(beforeName)).contains("ECU");
        assertThat(pinto.titles()).as(listing(beforeName)).anyMatch(t -> t.startsWith("spokeswoman"));
        Entity soto = byMention(beforeName, "Marta Soto");
        assertThat(soto.country()).as(listing(beforeName)).contains("CHL");
        assertThat(soto.titles()).as(listing(beforeName)).anyMatch(t -> t.startsWith("head of"));
    }

    @Test
    void aPlaceNamedAgainIsThePlaceWhateverTheTaggerSays() {
        assertThat(beforeName.entities()).as(listing(beforeName))
                .filteredOn(e -> e.name().equals("Ulan-Bel")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EntityKind.LOCATION))
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void bothSidesAreThePairJoinedByAndNotTheMediatorNamedAfter() {
        List<EntityId> parties = List.of(Articles.country(sides, "KEN").id(),
                byMention(sides, "Somalia's federal government").id());
        assertThat(byMention(sides, "both sides").members()).as(listing(sides)).containsExactlyInAnyOrderElementsOf(parties);
        assertThat(byMention(sides, "Both sides").members()).as(listing(sides)).containsExactlyInAnyOrderElementsOf(parties);
    }

    @Test
    void anOrganisationsEnvoyForACountryIsOfTheOrganisationNotTheCountry() {
        Entity dahl = byMention(envoy, "Karin Dahl");
        assertThat(dahl.memberOf()).as(listing(envoy)).contains(byMention(envoy, "United Nations").id());
        assertThat(dahl.country()).as(listing(envoy)).isNotEqualTo(java.util.Optional.of("SDN"));
    }
}
