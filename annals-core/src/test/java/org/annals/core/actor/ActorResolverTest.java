package org.annals.core.actor;

import static org.annals.core.pipeline.Articles.byMention;
import static org.annals.core.pipeline.Articles.country;
import static org.annals.core.pipeline.Articles.extract;
import static org.annals.core.pipeline.Articles.listing;
import static org.annals.core.pipeline.Articles.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.core.pipeline.SharedPipeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.annals.model.Mention;
import org.annals.testkit.RecordInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The actor stage on short invented articles, through the real CoreNLP: people with ranks, appositions and
 * possessive roles; surnames and pronouns; descriptions ("the kingdom", "the Gulf state"); groups ("the two
 * countries", "both sides"); state organisations keyed by country. Each article is extracted once, through the
 * shared pipeline.
 */
class ActorResolverTest {
    /** A rank and an apposition naming the organisation; the surname and "He" later. */
    static final String NAVY_TEXT = "Admiral Rohan Mehta, the chief of the Indian Navy, arrived in Colombo on Tuesday "
            + "for a three-day visit to Sri Lanka. Mehta met Sri Lanka's defence minister Nimal Perera and discussed "
            + "maritime security. He also thanked the Sri Lanka Navy for its help during the cyclone season, Perera "
            + "said.";
    /**
     * An apposition ("X, the foreign minister of Y,"), a possessive role ("Y's defence minister X"), "She" right
     * after a man was named last, descriptions of a monarchy and a Gulf state with a republic named in between.
     */
    static final String JORDAN_TEXT = "Yasmin Haddad, the foreign minister of Jordan, met Egypt's defence minister "
            + "Omar Saleh in Amman on Monday. She said the kingdom wanted a ceasefire in Gaza. Haddad later thanked "
            + "Qatar and Egypt for their mediation and said the Gulf state would host the next round. Saleh said "
            + "Egypt's foreign ministry would send a delegation, and he praised Jordan.";
    /** Two air forces of two countries, and a group named twice. */
    static final String AIR_TEXT = "Greece and Turkey traded accusations on Friday after the Turkish Air Force flew "
            + "jets over Greek islands. The Greek Air Force said its pilots intercepted the aircraft near Lesbos. The "
            + "two countries are NATO allies but have long disputed airspace in the Aegean. Both sides said they "
            + "wanted to avoid an escalation.";
    /** A rank with a demonym; one navy named two ways; two navies of two countries. */
    static final String NAVIES_TEXT = "Pakistani Admiral Tariq Khan inspected warships in Karachi on Tuesday. The "
            + "Indian Navy said India's navy would send a frigate to the region. The Royal Australian Navy and the "
            + "Indonesian Navy held joint drills off Bali.";

    static ArticleRecord navy;
    static ArticleRecord jordan;
    static ArticleRecord air;
    static ArticleRecord navies;

    @BeforeAll
    static void extractArticles() {
        navy = extract("actor-navy", LocalDate.of(2023, 10, 18), NAVY_TEXT);
        jordan = extract("actor-jordan", LocalDate.of(2023, 10, 18), JORDAN_TEXT);
        air = extract("actor-air", LocalDate.of(2022, 6, 25), AIR_TEXT);
        navies = extract("actor-navies", LocalDate.of(2023, 10, 18), NAVIES_TEXT);
    }


    // ---------------------------------------------------------------- people

    @Test
    void aRankWithAnAppositionGivesTitlesCountrySectorAndOrganization() {
        Entity mehta = byMention(navy, "Admiral Rohan Mehta");
        assertThat(mehta.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(mehta.name()).isEqualTo("Rohan Mehta");
        assertThat(mehta.country()).contains("IND");
        assertThat(mehta.sector()).contains("MIL");
        assertThat(mehta.titles()).contains("Admiral");
        assertThat(mehta.titles()).anySatisfy(t -> assertThat(t).contains("chief").contains("Indian Navy"));
        Entity indianNavy = byMention(navy, "Indian Navy");
        assertThat(mehta.memberOf()).contains(indianNavy.id());
    }

    @Test
    void aRankWithADemonymGivesCountryAndSector() {
        Entity khan = byMention(navies, "Admiral Tariq Khan");
        assertThat(khan.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(khan.name()).isEqualTo("Tariq Khan");
        assertThat(khan.country()).contains("PAK");
        assertThat(khan.sector()).contains("MIL");
        assertThat(khan.titles()).contains("Admiral");
    }

    @Test
    void anAppositionGivesTitleCountryAndSector() {
        Entity haddad = byMention(jordan, "Yasmin Haddad");
        assertThat(haddad.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(haddad.country()).contains("JOR");
        assertThat(haddad.sector()).contains("GOV");
        assertThat(haddad.titles()).anySatisfy(t -> assertThat(t).startsWith("foreign minister"));
    }

    @Test
    void aPossessiveRoleBeforeTheNameGivesTitleCountryAndSector() {
        Entity saleh = byMention(jordan, "Omar Saleh");
        assertThat(saleh.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(saleh.country()).contains("EGY");
        assertThat(saleh.sector()).contains("GOV");
        assertThat(saleh.titles()).contains("defence minister");
    }

    @Test
    void surnamesAndPronounsJoinThePersonTheyNameWithTheRightGender() {
        Entity mehta = byMention(navy, "Admiral Rohan Mehta");
        assertThat(texts(mehta)).contains("Mehta", "He");
        assertThat(byMention(navy, "Perera")).isEqualTo(byMention(navy, "Nimal Perera"));

        Entity haddad = byMention(jordan, "Yasmin Haddad");
        Entity saleh = byMention(jordan, "Omar Saleh");
        assertThat(haddad.id()).isNotEqualTo(saleh.id());
        // "She" follows a sentence whose last-named person is Omar Saleh: it is still Yasmin Haddad
        assertThat(texts(haddad)).contains("Haddad", "She").doesNotContain("he", "Saleh");
        assertThat(texts(saleh)).contains("Saleh", "he").doesNotContain("She", "Haddad");
        assertThat(jordan.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)).hasSize(2);
    }

    // ---------------------------------------------------------------- descriptions and groups

    @Test
    void theKingdomAndTheGulfStateReferBackToTheCountryThatFits() {
        Entity jordanCountry = country(jordan, "JOR");
        Entity egypt = country(jordan, "EGY");
        Entity qatar = country(jordan, "QAT");
        // Egypt (a republic) is named between Jordan and "the kingdom"; Egypt is named after Qatar
        assertThat(texts(jordanCountry)).contains("the kingdom");
        assertThat(texts(qatar)).contains("the Gulf state");
        assertThat(texts(egypt)).doesNotContain("the kingdom", "the Gulf state");
        assertThat(jordanCountry.kind()).isEqualTo(EntityKind.COUNTRY);
        assertThat(qatar.kind()).isEqualTo(EntityKind.COUNTRY);
    }

    @Test
    void theTwoCountriesAndBothSidesAreOneGroupOfTheTwoCountries() {
        Entity group = byMention(air, "The two countries");
        assertThat(group.kind()).isEqualTo(EntityKind.GROUP);
        assertThat(group.members()).containsExactlyInAnyOrder(country(air, "GRC").id(), country(air, "TUR").id());
        assertThat(texts(group)).contains("Both sides");
        assertThat(group.country()).isEmpty();
    }

    // ---------------------------------------------------------------- organisations

    @Test
    void stateOrganisationsGetCountryAndSector() {
        Entity ministry = byMention(jordan, "Egypt's foreign ministry");
        assertThat(ministry.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(ministry.country()).contains("EGY");
        assertThat(ministry.sector()).contains("GOV");

        Entity indianNavy = byMention(navy, "Indian Navy");
        assertThat(indianNavy.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(indianNavy.country()).contains("IND");
        assertThat(indianNavy.sector()).contains("MIL");
    }

    @Test
    void oneNavyNamedTwoWaysIsOneEntityAndTwoCountriesNaviesAreTwo() {
        Entity indian = byMention(navies, "Indian Navy");
        assertThat(byMention(navies, "India's navy").id()).isEqualTo(indian.id());
        assertThat(indian.country()).contains("IND");

        Entity australian = byMention(navies, "Royal Australian Navy");
        Entity indonesian = byMention(navies, "Indonesian Navy");
        assertThat(australian.id()).isNotEqualTo(indonesian.id());
        assertThat(australian.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(australian.country()).contains("AUS");
        assertThat(australian.sector()).contains("MIL");
        assertThat(indonesian.country()).contains("IDN");
        assertThat(indonesian.sector()).contains("MIL");
    }

    @Test
    void twoAirForcesOfDifferentCountriesNeverMerge() {
        Entity turkish = byMention(air, "Turkish Air Force");
        Entity greek = byMention(air, "Greek Air Force");
        assertThat(turkish.id()).isNotEqualTo(greek.id());
        assertThat(turkish.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(turkish.country()).contains("TUR");
        assertThat(turkish.sector()).contains("MIL");
        assertThat(greek.country()).contains("GRC");
        assertThat(greek.sector()).contains("MIL");
        assertThat(texts(turkish)).doesNotContain("Greek Air Force");
        assertThat(texts(greek)).doesNotContain("Turkish Air Force");
    }

    @Test
    void recordInvariantsHold() {
        for (ArticleRecord r : List.of(navy, jordan, air, navies)) {
            RecordInvariants.assertValid(r);
        }
    }

}
