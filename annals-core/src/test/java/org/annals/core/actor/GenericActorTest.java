package org.annals.core.actor;

import static org.annals.core.pipeline.Articles.byMention;
import static org.annals.core.pipeline.Articles.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generic and unnamed parties, through the real CoreNLP on invented articles: bare state organs ("Police",
 * "the government", "troops", "the opposition", "the ruling party") and groups ("prisoners") are actors of the
 * country in context, with their sector, usable as event source and target (subject, passive agent, "between X and
 * Y"); not when a noun or a possessive owns the head ("company officials"), when the head is a common noun ("stiff
 * opposition", "to court"), when "of" says whose it is, or (country) when the sentence names two states.
 * "The company" and an acronym refer back to the company named.
 */
class GenericActorTest {
    static final String KENYA = "Kenyan police fired tear gas at students in Nairobi on Monday. Police said 40 "
            + "people were arrested. Troops shelled rebel positions near the border overnight. The government rejected "
            + "calls by the opposition for early elections. Prisoners rioted at a jail on Tuesday. The ruling party "
            + "expelled two lawmakers. Three protesters were shot dead by police in Mombasa. Talks between the "
            + "government and the rebels broke down on Friday.";
    static final String NOT_ORGANS = "Company officials said the plan faced stiff opposition from farmers. The firm "
            + "took the case to court. Security forces clashed with protesters near the border between Chad and Sudan. "
            + "Last spring the chief of the military of a Gulf state toured a naval base for two days.";
    static final String COMPANY = "Northwind Logistics Inc. said on Monday it would cut 500 jobs in Ohio. The company "
            + "blamed falling orders from retailers. Shares of Northwind Logistics fell 4 percent. The Baltic Freight "
            + "Alliance welcomed the plan, and BFA said it would hire some of the workers.";

    static ArticleRecord kenya;
    static ArticleRecord notOrgans;
    static ArticleRecord company;

    @BeforeAll
    static void extractArticles() {
        kenya = extract("generic-kenya", KENYA);
        notOrgans = extract("generic-not-organs", NOT_ORGANS);
        company = extract("generic-company", COMPANY);
    }

    static ArticleRecord extract(String id, String text) {
        return Articles.extract(id, LocalDate.of(2024, 3, 5), text);
    }

    static void assertActor(ArticleRecord r, String mention, String country, String sector) {
        Entity e = byMention(r, mention);
        assertThat(e.kind()).as("%s in %s", mention, listing(r)).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(e.country()).as("%s in %s", mention, listing(r)).isEqualTo(Optional.ofNullable(country));
        assertThat(e.sector()).as("%s in %s", mention, listing(r)).contains(sector);
    }

    private static Event event(ArticleRecord r, EventType type, String trigger) {
        return r.events().stream().filter(e -> e.type() == type && e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + trigger + "' in " + r.events()));
    }

    private static EntityId id(ArticleRecord r, String mention) {
        return byMention(r, mention).id();
    }

    @Test
    void bareStateOrgansAndGroupsAreActorsOfTheCountryInContext() {
        assertActor(kenya, "Troops", "KEN", "MIL");
        assertActor(kenya, "government", "KEN", "GOV");
        assertActor(kenya, "opposition", "KEN", "OPP");
        assertActor(kenya, "ruling party", "KEN", "PTY");
        assertActor(kenya, "Prisoners", "KEN", "CVL");
        assertActor(kenya, "students", "KEN", "EDU");
    }

    @Test
    void aBareHeadAfterTheSameOrganWithACountryIsThatOrgan() {
        Entity police = byMention(kenya, "Kenyan police");
        assertThat(byMention(kenya, "Police").id()).as(listing(kenya)).isEqualTo(police.id());
        assertThat(byMention(kenya, "police").id()).as(listing(kenya)).isEqualTo(police.id());
    }

    @Test
    void theyServeAsSourceAndTargetInEveryPosition() {
        Event shelled = event(kenya, EventType.ASSAULT, "shelled");
        assertThat(shelled.source()).containsExactly(id(kenya, "Troops"));
        Event rejected = event(kenya, EventType.REJECT, "rejected");
        assertThat(rejected.source()).containsExactly(id(kenya, "government"));
        assertThat(rejected.target()).contains(id(kenya, "opposition"));
        Event expelled = event(kenya, EventType.SANCTION, "expelled");
        assertThat(expelled.source()).containsExactly(id(kenya, "ruling party"));
        Event shot = event(kenya, EventType.ASSAULT, "shot");
        assertThat(shot.source()).as("passive agent").containsExactly(id(kenya, "Kenyan police"));
        Event talks = event(kenya, EventType.CONSULT, "Talks");
        assertThat(talks.source()).as("between X and Y")
                .containsExactlyInAnyOrder(id(kenya, "government"), id(kenya, "rebels"));
    }

    @Test
    void notWhenANounOwnsTheHeadOrItIsACommonNounOrOfSomeone() {
        List<String> texts = notOrgans.entities().stream()
                .flatMap(e -> e.mentions().stream().map(m -> m.text().toLowerCase(java.util.Locale.ROOT))).toList();
        assertThat(texts).as(listing(notOrgans)).noneMatch(t -> t.endsWith("officials") || t.endsWith("opposition")
                || t.endsWith("court") || t.endsWith("military"));
    }

    @Test
    void twoCountriesInTheSentenceLeaveTheCountryOpenButKeepTheActor() {
        assertActor(notOrgans, "Security forces", null, "COP");
    }

    @Test
    void theCompanyAndAnAcronymReferBackToTheNamedCompany() {
        Entity northwind = byMention(company, "Northwind Logistics Inc.");
        assertThat(byMention(company, "The company").id()).as(listing(company)).isEqualTo(northwind.id());
        assertThat(byMention(company, "Northwind Logistics").id()).as(listing(company)).isEqualTo(northwind.id());
        assertThat(byMention(company, "BFA").id()).as(listing(company))
                .isEqualTo(byMention(company, "Baltic Freight Alliance").id());
    }

    @Test
    void shortNamesAcronymsAndSuffixes() {
        assertThat(ActorResolver.abbreviates("Kestrel", "Kestrel Systems Inc.")).isFalse();
        assertThat(ActorResolver.abbreviates("Kestrel", "Kestrel Inc.")).isTrue();
        assertThat(ActorResolver.abbreviates("Orlan Motor Co.", "Orlan Motor Company")).isTrue();
        assertThat(ActorResolver.abbreviates("NTA", "National Transit Authority")).isTrue();
        assertThat(ActorResolver.abbreviates("NTA", "Northern Trade Association of Ghana")).isFalse();
        assertThat(ActorResolver.abbreviates("Fatah", "Fatah Revolutionary Council")).isFalse();
        assertThat(ActorResolver.abbreviates("OPEC", "Organization of Petroleum Exporting Countries")).isTrue();
    }
}
