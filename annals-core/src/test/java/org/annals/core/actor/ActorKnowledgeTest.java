package org.annals.core.actor;

import static org.annals.core.pipeline.Articles.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * World knowledge the text leaves implicit, through the real CoreNLP on invented articles: a city name two
 * countries share read by the country its sentence names, well-known past leaders named by surname, and an
 * official of a city ("Cairo's security chief").
 */
class ActorKnowledgeTest {
    static final String SHARED_CITY = "Rival militias in Tripoli traded fire overnight as shells hit the north "
            + "Lebanese port.";
    static final String DEFAULT_CITY = "Rival militias in Tripoli traded fire overnight.";
    static final String PEOPLE = "President Obama met a group of Kenyan farmers in Nairobi on Tuesday. "
            + "Cairo's security chief said on Sunday that the police would not allow the march. Palestinian leader "
            + "Yasser Arafat rejected the plan. Syrian officers today ended their visit. The sultan, Qaboos bin "
            + "Said, received the envoy on Monday.";
    static final String ATTRIBUTED = "President Anton Rusu imposed a curfew in Moldova on Friday, a spokeswoman "
            + "for the Romanian embassy said. The army of President Prosper Dacosta shut the border with Benin.";
    static final String CONGO = "Congolese rebels shelled the outskirts of Kinshasa on Monday. Irish republican "
            + "gunmen fired at a police patrol. Irish farmers blocked the road to the port. Thousands of Syrian Kurds "
            + "marched through the town.";
    static final String GROUPS = "Chechen refugees crossed the mountains on Friday. Ibo elders met the governor on "
            + "Saturday. A weekly newspaper based in the southern city of Basra published the letter. The Ghanaian "
            + "Union of Teachers (GUT), the union of school teachers, called off a strike on Thursday.";

    static final String HISTORICAL = "The Soviet Union sent grain to Poland in May. The Zairean president flew to "
            + "Brussels on Thursday. Doctors from two Swedish aid groups delivered medicine to a clinic in Mosul.";

    static ArticleRecord historical;
    static ArticleRecord shared;
    static ArticleRecord plain;
    static ArticleRecord people;
    static ArticleRecord groups;
    static ArticleRecord attributed;
    static ArticleRecord congo;

    @BeforeAll
    static void extractArticles() {
        shared = extract("shared-city", SHARED_CITY);
        plain = extract("default-city", DEFAULT_CITY);
        people = extract("people", PEOPLE);
        groups = extract("groups", GROUPS);
        attributed = extract("attributed", ATTRIBUTED);
        congo = extract("congo", CONGO);
        historical = extract("historical", HISTORICAL);
    }

    static ArticleRecord extract(String id, String text) {
        return Articles.extract(id, LocalDate.of(1996, 3, 5), text);
    }

    private static Entity named(ArticleRecord r, String part, EntityKind kind) {
        return r.entities().stream().filter(e -> e.kind() == kind && e.name().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " '" + part + "' in " + listing(r)));
    }

    @Test
    void aCityTwoCountriesShareIsTheOneItsSentenceNames() {
        assertThat(named(shared, "Tripoli", EntityKind.LOCATION).country()).as(listing(shared)).contains("LBN");
        assertThat(named(shared, "Militias", EntityKind.ORGANIZATION).country()).as(listing(shared)).contains("LBN");
    }

    @Test
    void aHistoricalStateIsItsSuccessorAndOneCountry() {
        Entity soviet = historical.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Soviet"))).findFirst()
                .orElseThrow(() -> new AssertionError(listing(historical)));
        assertThat(soviet.kind()).as(listing(historical)).isEqualTo(EntityKind.COUNTRY);
        assertThat(soviet.mentions()).as("one mention, not 'Soviet' and 'Union'")
                .anyMatch(m -> m.text().endsWith("Soviet Union"));
        assertThat(soviet.country()).contains("RUS");
        Entity president = named(historical, "President", EntityKind.PERSON);
        assertThat(president.country()).as(listing(historical)).contains("COD");
    }

    @Test
    void peopleFromCountedBodiesTakeTheirDemonym() {
        Entity doctors = named(historical, "Doctors", EntityKind.ORGANIZATION);
        assertThat(doctors.country()).as(listing(historical)).contains("SWE");
    }

    @Test
    void withoutContextTheCapitalWins() {
        assertThat(named(plain, "Tripoli", EntityKind.LOCATION).country()).as(listing(plain)).contains("LBY");
    }

    @Test
    void aWellKnownPastLeaderKeepsHisCountryWhateverTheSentenceNames() {
        Entity obama = named(people, "Obama", EntityKind.PERSON);
        assertThat(obama.country()).as(listing(people)).contains("USA");
        assertThat(obama.sector()).contains("GOV");
    }

    @Test
    void theOfficialOfACityIsOfItsCountry() {
        Entity chief = named(people, "Security Chief", EntityKind.PERSON);
        assertThat(chief.country()).as(listing(people)).isEqualTo(Optional.of("EGY"));
        assertThat(chief.sector()).contains("COP");
    }

    @Test
    void aCommunityOfOneStateIsOfThatState() {
        Entity refugees = named(groups, "Refugees", EntityKind.ORGANIZATION);
        assertThat(refugees.country()).as(listing(groups)).contains("RUS");
        assertThat(refugees.sector()).contains("REF");
        assertThat(named(groups, "Igbo", EntityKind.ORGANIZATION).country()).as(listing(groups)).contains("NGA");
    }

    @Test
    void whereAnOrganisationIsBasedIsItsCountry() {
        Entity paper = named(groups, "Newspaper", EntityKind.ORGANIZATION);
        assertThat(paper.country()).as(listing(groups)).contains("IRQ");
        assertThat(paper.sector()).contains("JRN");
    }

    @Test
    void aCountryNamedOnlyInTheTrailingAttributionIsNoContext() {
        Entity rusu = named(attributed, "Rusu", EntityKind.PERSON);
        assertThat(rusu.country()).as(listing(attributed)).contains("MDA");
    }

    @Test
    void aNamedUnionOfAGroupIsOneOrganisationOfItsDemonymsCountry() {
        Entity union = named(groups, "Union of Teachers", EntityKind.ORGANIZATION);
        assertThat(union.country()).as(listing(groups)).contains("GHA");
        assertThat(union.sector()).contains("EDU");
        assertThat(groups.entities()).as(listing(groups)).noneMatch(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("Teachers")));
    }

    @Test
    void aDemonymOfTwoStatesIsTheOneWhoseCityTheArticleNames() {
        assertThat(named(congo, "Rebels", EntityKind.ORGANIZATION).country()).as(listing(congo)).contains("COD");
    }

    @Test
    void theSidesOfTheNorthernIrelandConflictAreOfTheUnitedKingdom() {
        assertThat(named(congo, "Gunmen", EntityKind.ORGANIZATION).country()).as(listing(congo)).contains("GBR");
        assertThat(named(congo, "Farmers", EntityKind.ORGANIZATION).country()).as(listing(congo)).contains("IRL");
    }

    @Test
    void aRankBeforeAFirstNameTheTaggerLeftOutStillTitlesThePerson() {
        Entity dacosta = named(attributed, "Dacosta", EntityKind.PERSON);
        assertThat(dacosta.name()).as(listing(attributed)).isEqualTo("Prosper Dacosta");
        assertThat(dacosta.sector()).as(listing(attributed)).contains("GOV");
    }

    @Test
    void aCommunityOfSeveralStatesIsAGroupOfTheCountryItsDemonymNames() {
        Entity kurds = named(congo, "Kurds", EntityKind.ORGANIZATION);
        assertThat(kurds.country()).as(listing(congo)).contains("SYR");
        assertThat(kurds.sector()).contains("CVL");
    }

    @Test
    void aKnownPersonsSectorFillsWhatHisTitleLeavesOpen() {
        Entity arafat = named(people, "Arafat", EntityKind.PERSON);
        assertThat(arafat.country()).as(listing(people)).contains("PSE");
        assertThat(arafat.sector()).as(listing(people)).contains("GOV");
    }

    @Test
    void aGroupNounBeforeADateWordIsStillTheGroup() {
        Entity officers = named(people, "Officers", EntityKind.ORGANIZATION);
        assertThat(officers.country()).as(listing(people)).contains("SYR");
        assertThat(officers.sector()).contains("MIL");
    }

    @Test
    void aRoleNoCountryQualifiesIsThePersonNamedBesideIt() {
        Entity sultan = people.entities().stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("sultan"))).findFirst()
                .orElseThrow(() -> new AssertionError("no entity for 'sultan' in " + listing(people)));
        assertThat(sultan.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(sultan.name()).contains("Qaboos");
        assertThat(sultan.country()).as(listing(people)).contains("OMN");
    }
}
