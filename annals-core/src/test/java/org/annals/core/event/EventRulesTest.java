package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.annals.model.Mention;
import org.annals.model.Status;
import org.annals.testkit.RecordInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coding rules of {@link EventCoder} on invented articles, through the real CoreNLP: statuses (negated,
 * hypothetical, planned), statements coded as what they are (intent, threat, refusal, demand), reciprocal
 * events, one event per happening, the main event ranked first, and the evidence invariant.
 */
class EventRulesTest {
    static final LocalDate DATE = LocalDate.of(2024, 3, 13);
    static final String STATUS_TEXT = "Chile did not sign the trade agreement with Peru on Monday. "
            + "If the border talks collapse, Peru could expel the Chilean ambassador. "
            + "Uruguay and Paraguay will hold talks in Asuncion next month.";
    static final String STATEMENT_TEXT = "Argentina said it will impose sanctions on Venezuela. "
            + "Colombia offered to send food aid to Haiti. "
            + "Ecuador said it will not withdraw its troops from the border. "
            + "Brazil said that Guyana must withdraw its troops from the disputed region.";
    static final String HAPPENING_TEXT = "Kenyan President William Ruto visited Tanzania on Monday. "
            + "During the visit, Kenya and Tanzania signed a railway agreement. "
            + "The visit was the first by a Kenyan leader in three years. "
            + "Tanzania expelled two Kenyan diplomats after the border guards clashed, the ministry said.";
    static final String UNNAMED_TEXT = "Hundreds of students marched through the capital of Ghana on Friday. "
            + "Three soldiers were killed in an ambush near the Malian border.";

    static ArticleRecord status;
    static ArticleRecord statement;
    static ArticleRecord happening;
    static ArticleRecord unnamed;

    @BeforeAll
    static void extract() {
        status = extract("rules-status", STATUS_TEXT);
        statement = extract("rules-statement", STATEMENT_TEXT);
        happening = extract("rules-happening", HAPPENING_TEXT);
        unnamed = extract("rules-unnamed", UNNAMED_TEXT);
    }

    static ArticleRecord extract(String id, String text) {
        return Articles.extract(id, DATE, text);
    }

    @Test
    void didNotSignIsANegatedAgreement() {
        Event e = event(status, "Chile did not sign", x -> x.trigger().text().equals("sign"));
        assertThat(e.type()).isEqualTo(EventType.AGREE);
        assertThat(e.status()).isEqualTo(Status.NEGATED);
        assertThat(countries(status, e.source())).contains("CHL");
    }

    @Test
    void aConditionalExpulsionIsHypotheticalNotAThreat() {
        Event e = event(status, "Peru could expel", x -> x.trigger().text().equals("expel"));
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(e.status()).isEqualTo(Status.HYPOTHETICAL);
        assertThat(countries(status, e.source())).containsExactly("PER");
    }

    @Test
    void willHoldTalksIsAPlannedReciprocalMeetingWithAllPartiesAsSource() {
        Event e = event(status, "will hold talks", x -> x.type() == EventType.CONSULT
                && x.evidence().text().startsWith("Uruguay") && x.status() == Status.PLANNED);
        assertThat(countries(status, e.source())).containsExactlyInAnyOrder("URY", "PRY");
        assertThat(e.target()).isEmpty();
    }

    @Test
    void anAnnouncedSanctionIsAThreat() {
        Event e = event(statement, "Argentina will impose sanctions", x -> x.trigger().text().equals("impose"));
        assertThat(e.type()).isEqualTo(EventType.THREATEN);
        assertThat(e.cameo()).startsWith("13");
        assertThat(e.status()).isEqualTo(Status.OCCURRED);
        assertThat(countries(statement, e.source())).containsExactly("ARG");
        assertThat(countries(statement, e.target())).containsExactly("VEN");
    }

    @Test
    void anOfferOfAidIsAnExpressionOfIntent() {
        Event e = event(statement, "Colombia offered aid", x -> x.trigger().text().equals("send")
                || x.trigger().text().equals("offered"));
        assertThat(e.type()).isEqualTo(EventType.AGREE);
        assertThat(e.cameo()).startsWith("03");
        assertThat(countries(statement, e.source())).containsExactly("COL");
    }

    @Test
    void willNotWithdrawIsARefusal() {
        Event e = event(statement, "Ecuador will not withdraw", x -> x.evidence().text().startsWith("Ecuador"));
        assertThat(e.type()).isEqualTo(EventType.REJECT);
        assertThat(e.cameo()).startsWith("12");
        assertThat(countries(statement, e.source())).containsExactly("ECU");
    }

    @Test
    void yMustDoXReportedByXIsXsDemandOfY() {
        Event e = event(statement, "Brazil: Guyana must withdraw", x -> x.evidence().text().startsWith("Brazil")
                && x.type() == EventType.REQUEST);
        assertThat(e.status()).isEqualTo(Status.OCCURRED);
        assertThat(countries(statement, e.source())).containsExactly("BRA");
        assertThat(countries(statement, e.target())).containsExactly("GUY");
    }

    @Test
    void oneEventPerHappeningAndTheMainClauseRanksFirst() {
        List<Event> visits = happening.events().stream()
                .filter(e -> e.type() == EventType.CONSULT && e.mode().equals(Optional.of("visit"))).toList();
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).reports()).hasSizeGreaterThanOrEqualTo(2);
        // the expulsion is the main happening of its sentence; the clash is subordinate ("after …")
        Event expelled = event(happening, "expelled", e -> e.trigger().text().equals("expelled"));
        assertThat(expelled.type()).isEqualTo(EventType.SANCTION);
        happening.events().stream().filter(e -> e.evidence().equals(expelled.evidence()) && e != expelled)
                .forEach(e -> assertThat(e.confidence()).as("%s below the main event", e.trigger().text())
                        .isLessThan(expelled.confidence()));
    }

    @Test
    void unnamedDoersStillGiveTheirEvents() {
        Event march = event(unnamed, "students marched", e -> e.trigger().text().equals("marched"));
        assertThat(march.type()).isEqualTo(EventType.PROTEST);
        Event killed = event(unnamed, "soldiers were killed", e -> e.trigger().text().equals("killed"));
        assertThat(killed.type()).isEqualTo(EventType.ASSAULT);
        Event named = event(happening, "the signing", e -> e.trigger().text().equals("signed"));
        assertThat(march.confidence()).isLessThan(named.confidence());
    }

    @Test
    void everyEvidenceSpanHoldsItsTriggerAndAMentionOfEachActor() {
        for (ArticleRecord r : List.of(status, statement, happening, unnamed)) {
            RecordInvariants.assertValid(r);
            for (Event e : r.events()) {
                assertThat(e.evidence().span().contains(e.trigger().span())).as("%s trigger", e.id()).isTrue();
                List<EntityId> actors = new ArrayList<>(e.source());
                actors.addAll(e.target());
                for (EntityId a : actors) {
                    assertThat(mentionedWithin(r, a, e.evidence()))
                            .as("%s of %s in %s: a mention inside '%s'", a, e.id(), r.document().id(),
                                    e.evidence().text()).isTrue();
                }
            }
        }
    }

    /** A mention of the entity, or of a group it belongs to ("the two countries"), inside the span. */
    static boolean mentionedWithin(ArticleRecord r, EntityId id, Mention span) {
        for (Entity e : r.entities()) {
            if (e.id().equals(id) || e.kind() == EntityKind.GROUP && e.members().contains(id)) {
                for (Mention m : e.mentions()) {
                    if (span.span().contains(m.span())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Event event(ArticleRecord r, String what, Predicate<Event> p) {
        return r.events().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + what + " in " + summary(r)));
    }

    private static Set<String> countries(ArticleRecord r, List<EntityId> ids) {
        Set<String> out = new TreeSet<>();
        ids.forEach(id -> r.entity(id).flatMap(Entity::country).ifPresent(out::add));
        return out;
    }

    private static String summary(ArticleRecord r) {
        StringBuilder b = new StringBuilder(r.document().id());
        for (Event e : r.events()) {
            b.append("\n  ").append(e.id()).append(' ').append(e.type()).append(' ').append(e.cameo()).append(" '")
                    .append(e.trigger().text()).append("' ").append(countries(r, e.source())).append(" -> ")
                    .append(countries(r, e.target())).append(' ').append(e.status()).append(' ')
                    .append(String.format("%.2f", e.confidence())).append(' ').append(e.rules());
        }
        return b.toString();
    }
}
