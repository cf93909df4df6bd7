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
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.annals.model.Mention;
import org.annals.testkit.RecordInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actors that no name announces, through the real CoreNLP: groups of people named by a demonym and a plural noun
 * ("Burundian militiamen"), groups with no country ("Tamil civilians"), state organs placed by "in COUNTRY",
 * unnamed officials ("the Iraqi prime minister"), groups whose members are known through adjectives ("both
 * governments" after "Brazilian Foreign Minister …"), and descriptions that prefer the speaker's country ("the
 * kingdom"). Short invented articles, each extracted once through the shared pipeline.
 */
class ActorGroupsTest {
    /** Demonym + group noun, with a spelling variant ("guerillas") and an adjective between ("nationalist"). */
    static final String GROUPS_TEXT = "Burundian militiamen raided a market near the border on Sunday, and Afghan "
            + "guerillas ambushed a convoy. Swiss doctors treated the wounded, while Palestinian refugees and Iraqi "
            + "civilians waited outside the clinic. Irish nationalist guerrillas later claimed a separate bombing.";
    /** Groups whose country is optional: a religion, an ethnic group, an adjective; "the settlers" again. */
    static final String NO_COUNTRY_TEXT = "Jewish settlers blocked a road on Friday. Striking workers marched to the "
            + "port, and Muslim hackers defaced a ministry website. Tamil civilians fled the shelling, and opposition "
            + "candidates boycotted the count. The settlers later reopened the road.";
    /** "in COUNTRY" and "in PLACE"; "U.S." before a singular and a plural noun; a two-word demonym. */
    static final String PLACES_TEXT = "Security forces in Guinea detained three reporters on Monday. The police in "
            + "Kashmir said they had arrested a suspect. A U.S. soldier was hurt when U.S. soldiers came under fire "
            + "near the airport. Taiwanese students rallied in Taipei, and Sierra Leonean refugees crossed into "
            + "Liberia.";
    /** A demonym shared by two states, resolved by the one the article names. */
    static final String CONGO_TEXT = "The Democratic Republic of Congo reopened its eastern border on Tuesday. "
            + "Congolese refugees began to return from camps in Uganda.";
    /** Roles with a country and no name; one of them twice. */
    static final String ROLES_TEXT = "Taiwan's Vice Foreign Minister met the Chinese ambassador in Singapore on "
            + "Tuesday. The Iraqi prime minister said Egypt's defence minister would visit Baghdad next month. The "
            + "Chinese ambassador later said Beijing wanted calm, and Israel's militia ally fired rockets across the "
            + "border.";
    /** A role followed by a name, then the role alone: one person. */
    static final String NAMED_TEXT = "Egypt's defence minister Karim Fathy met the Iraqi prime minister in Cairo on "
            + "Monday. Fathy said the talks were useful. Egypt's defence minister will travel to Baghdad in May.";
    /** A role with the name in apposition. */
    static final String APPOSITION_TEXT = "The Iraqi prime minister, Ali Hassan, arrived in Amman on Sunday. Hassan "
            + "met the Jordanian foreign minister.";
    /** One country only through a demonym, then groups of two; coordinated demonyms before a group noun. */
    static final String BILATERAL_TEXT = "Brazilian Foreign Minister Carla Mendes visited Argentina on Monday. Both "
            + "governments signed a fisheries accord, and the two countries agreed to meet again in June. Chilean "
            + "and Peruvian negotiators met in Lima the same day.";
    /** The speaker's country fits "the kingdom"; for "the Gulf state" it does not, and recency decides. */
    static final String KINGDOM_TEXT = "Layla Nasser, the foreign minister of Jordan, met envoys from Egypt and Qatar "
            + "in Aqaba on Sunday. Nasser said the kingdom would keep its border open. She thanked Qatar and Egypt, "
            + "and said the Gulf state would host the next round.";
    /** Plural demonyms as actors, and demonyms on nouns that are not actors. */
    static final String NATIONALS_TEXT = "The Palestinians rejected the proposal on Monday. Ghana deported 200 "
            + "Liberians, and Iran warned Iraqi towns near the border. Bangladesh rejected an Indian proposal. The "
            + "Liberian Farmers Council and the European Community urged calm.";

    static ArticleRecord groups;
    static ArticleRecord noCountry;
    static ArticleRecord places;
    static ArticleRecord congo;
    static ArticleRecord roles;
    static ArticleRecord named;
    static ArticleRecord apposition;
    static ArticleRecord bilateral;
    static ArticleRecord kingdom;
    static ArticleRecord nationals;

    @BeforeAll
    static void extractArticles() {
        groups = extract("groups-demonyms", GROUPS_TEXT);
        noCountry = extract("groups-no-country", NO_COUNTRY_TEXT);
        places = extract("groups-places", PLACES_TEXT);
        congo = extract("groups-congo", CONGO_TEXT);
        roles = extract("roles-unnamed", ROLES_TEXT);
        named = extract("roles-named", NAMED_TEXT);
        apposition = extract("roles-apposition", APPOSITION_TEXT);
        bilateral = extract("groups-bilateral", BILATERAL_TEXT);
        kingdom = extract("descriptions-kingdom", KINGDOM_TEXT);
        nationals = extract("groups-nationals", NATIONALS_TEXT);
    }

    static ArticleRecord extract(String id, String text) {
        return Articles.extract(id, LocalDate.of(2023, 5, 2), text);
    }

    // ---------------------------------------------------------------- 1. demonym or country + group noun

    @Test
    void aDemonymAndAGroupNounAreAnActorWithCountryAndSector() {
        assertGroup(groups, "Burundian militiamen", "BDI", "UAF");
        assertGroup(groups, "Afghan guerillas", "AFG", "REB");
        assertGroup(groups, "Swiss doctors", "CHE", "MED");
        assertGroup(groups, "Palestinian refugees", "PSE", "REF");
        assertGroup(groups, "Iraqi civilians", "IRQ", "CVL");
        // a side of the Northern Ireland conflict acts in the United Kingdom (as the IRA row of actors.tsv)
        assertGroup(groups, "Irish nationalist guerrillas", "GBR", "REB");
        assertGroup(places, "Taiwanese students", "TWN", "EDU");
        assertGroup(places, "Sierra Leonean refugees", "SLE", "REF");
        assertGroup(places, "U.S. soldiers", "USA", "MIL");
    }

    @Test
    void groupsWhoseCountryIsOptionalAreActorsWithoutOne() {
        assertGroup(noCountry, "Jewish settlers", null, "CVL");
        assertGroup(noCountry, "Striking workers", null, "LAB");
        assertGroup(noCountry, "Muslim hackers", null, "CRM");
        assertGroup(noCountry, "Tamil civilians", null, "CVL");
        assertGroup(noCountry, "opposition candidates", null, "OPP");
        // "The settlers" later is the same group
        assertThat(texts(byMention(noCountry, "Jewish settlers"))).contains("settlers");
        assertThat(byMention(noCountry, "Tamil civilians").name()).isEqualTo("Tamil Civilians");
    }

    @Test
    void inCountryPlacesAStateOrganAndInAPlaceNamesIt() {
        Entity security = byMention(places, "Security forces");
        assertThat(security.country()).contains("GIN");
        assertThat(security.sector()).contains("COP");
        Entity police = byMention(places, "police");
        assertThat(police.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(police.sector()).contains("COP");
        assertThat(police.name()).contains("Kashmir");
    }

    @Test
    void aSingularGroupNounWithACountryIsOnePerson() {
        Entity soldier = byMention(places, "U.S. soldier");
        assertThat(soldier.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(soldier.country()).contains("USA");
        assertThat(soldier.sector()).contains("MIL");
        assertThat(soldier.id()).isNotEqualTo(byMention(places, "U.S. soldiers").id());
    }

    @Test
    void aDemonymOfTwoStatesIsTheOneTheArticleNamed() {
        assertGroup(congo, "Congolese refugees", "COD", "REF");
    }

    // ---------------------------------------------------------------- 2. unnamed officials

    @Test
    void aRoleWithACountryAndNoNameIsAPerson() {
        Entity vice = byMention(roles, "Taiwan's Vice Foreign Minister");
        assertThat(vice.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(vice.name()).isEqualTo("Vice Foreign Minister (Taiwan)");
        assertThat(vice.country()).contains("TWN");
        assertThat(vice.sector()).contains("GOV");

        Entity pm = byMention(roles, "Iraqi prime minister");
        assertThat(pm.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(pm.name()).isEqualTo("Prime Minister (Iraq)");
        assertThat(pm.country()).contains("IRQ");

        Entity defence = byMention(roles, "Egypt's defence minister");
        assertThat(defence.country()).contains("EGY");
        assertThat(defence.sector()).contains("GOV");
        assertThat(defence.titles()).contains("defence minister");

        Entity ally = byMention(roles, "Israel's militia ally");
        assertThat(ally.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(ally.country()).contains("ISR");
        assertThat(ally.sector()).contains("PRM");
    }

    @Test
    void theSameRoleMentionedAgainIsTheSameEntity() {
        Entity ambassador = byMention(roles, "Chinese ambassador");
        assertThat(ambassador.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(ambassador.country()).contains("CHN");
        assertThat(ambassador.sector()).contains("GOV");
        assertThat(ambassador.mentions()).hasSize(2);
        assertThat(roles.entities().stream().filter(e -> e.name().startsWith("Ambassador"))).hasSize(1);
    }

    @Test
    void aNamedPersonWinsOverTheRoleAndKeepsItLater() {
        Entity fathy = byMention(named, "Karim Fathy");
        assertThat(fathy.country()).contains("EGY");
        assertThat(fathy.sector()).contains("GOV");
        assertThat(texts(fathy)).contains("Egypt's defence minister");
        assertThat(named.entities().stream().filter(e -> e.name().contains("Defence Minister"))).isEmpty();
        assertThat(named.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)).hasSize(2);

        Entity hassan = byMention(apposition, "Ali Hassan");
        assertThat(hassan.country()).contains("IRQ");
        assertThat(hassan.sector()).contains("GOV");
        assertThat(texts(hassan)).contains("Iraqi prime minister");
        assertThat(apposition.entities().stream().filter(e -> e.name().startsWith("Prime Minister"))).isEmpty();
    }

    // ---------------------------------------------------------------- 3. groups known through adjectives

    @Test
    void aDemonymCountsAsAMentionOfItsCountryForGroups() {
        Entity group = byMention(bilateral, "Both governments");
        assertThat(group.kind()).isEqualTo(EntityKind.GROUP);
        Entity brazil = country(bilateral, "BRA");
        Entity argentina = country(bilateral, "ARG");
        assertThat(group.members()).containsExactlyInAnyOrder(brazil.id(), argentina.id());
        assertThat(texts(group)).contains("the two countries");
        assertThat(texts(brazil)).containsExactly("Brazilian");
        Entity mendes = byMention(bilateral, "Foreign Minister Carla Mendes");
        assertThat(mendes.country()).contains("BRA");
    }

    @Test
    void coordinatedDemonymsBeforeAGroupNounAreAGroupOfTwo() {
        Entity group = byMention(bilateral, "Chilean and Peruvian negotiators");
        assertThat(group.kind()).isEqualTo(EntityKind.GROUP);
        assertThat(group.members()).hasSize(2);
        List<Optional<String>> countries = group.members().stream().map(id -> bilateral.entity(id).orElseThrow())
                .map(Entity::country).toList();
        assertThat(countries).containsExactlyInAnyOrder(Optional.of("CHL"), Optional.of("PER"));
        group.members().forEach(id -> assertThat(bilateral.entity(id).orElseThrow().sector()).contains("GOV"));
    }

    @Test
    void aDemonymOnANounThatIsNoActorNamesTheCountry() {
        assertThat(texts(country(nationals, "IRQ"))).containsExactly("Iraqi");
        assertThat(texts(country(nationals, "IND"))).containsExactly("Indian");
        Entity palestinians = byMention(nationals, "Palestinians");
        assertThat(palestinians.country()).contains("PSE");
        assertGroup(nationals, "Liberians", "LBR", "CVL");
        // a demonym before a named organisation (the tagger leaves it out of the name) gives its country; the
        // European Community is coded as its successor, the EU
        assertThat(byMention(nationals, "Farmers Council").country()).contains("LBR");
        assertThat(byMention(nationals, "European Community").country()).contains("IGO");
    }

    // ---------------------------------------------------------------- 4. salient descriptions

    @Test
    void theKingdomIsTheSpeakersCountryBeforeTheCountryNamedLast() {
        Entity jordan = country(kingdom, "JOR");
        Entity qatar = country(kingdom, "QAT");
        assertThat(texts(jordan)).contains("the kingdom");
        assertThat(texts(qatar)).doesNotContain("the kingdom");
        // the speaker's Jordan is no Gulf state: the Gulf state named last is
        assertThat(texts(qatar)).contains("the Gulf state");
    }

    @Test
    void recordInvariantsHold() {
        for (ArticleRecord r : List.of(groups, noCountry, places, congo, roles, named, apposition, bilateral,
                kingdom, nationals)) {
            RecordInvariants.assertValid(r);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertGroup(ArticleRecord r, String text, String country, String sector) {
        Entity e = byMention(r, text);
        assertThat(e.kind()).as(text).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(e.country()).as(text).isEqualTo(Optional.ofNullable(country));
        assertThat(e.sector()).as(text).contains(sector);
    }
}
