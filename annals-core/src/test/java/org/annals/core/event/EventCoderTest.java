package org.annals.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.annals.core.pipeline.Articles;
import org.annals.model.ArticleRecord;
import org.annals.model.Basis;
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
 * Events on short invented articles, through the real CoreNLP: type, mode, roles, place, date, status (occurred,
 * planned, negated, hypothetical), attribution of reported speech, and one event per happening. All articles are
 * dated Wednesday 2023-10-18.
 */
class EventCoderTest {
    static final LocalDate DATE = LocalDate.of(2023, 10, 18);
    /** A visit named twice (and once more as "the visit"), a signing during it, a planned meeting. */
    static final String VISIT_TEXT = "Japanese Foreign Minister Kenji Sato visited Vietnam on Monday, the first such "
            + "trip in five years. During the visit, Sato signed a maritime cooperation agreement with Vietnam. Japan "
            + "and Vietnam will meet next week in Tokyo to discuss trade. Sato's visit to Vietnam was welcomed by the "
            + "Philippines.";
    /** Negated, hypothetical, and reported events. */
    static final String STATUS_TEXT = "China did not attend the talks in Geneva on Tuesday. Egypt failed to sign the "
            + "accord. Israel warned that Iran could attack its embassies abroad. If talks fail, Azerbaijan could "
            + "withdraw from the agreement. Ukraine's foreign ministry said that Russia attacked Ukraine again on "
            + "Monday.";
    /** Two countries signing in a third country's capital. */
    static final String SIGNING_TEXT = "Morocco and Senegal signed a fisheries agreement in Cairo on Tuesday. The "
            + "agreement lets fishing boats from both countries work in each other's waters.";

    static ArticleRecord visit;
    static ArticleRecord status;
    static ArticleRecord signing;

    @BeforeAll
    static void extract() {
        visit = extract("event-visit", VISIT_TEXT);
        status = extract("event-status", STATUS_TEXT);
        signing = extract("event-signing", SIGNING_TEXT);
    }

    static ArticleRecord extract(String id, String text) {
        return Articles.extract(id, DATE, text);
    }

    // ---------------------------------------------------------------- visits and meetings

    @Test
    void xVisitedYOnMondayIsAnOccurredVisitFromXToYDatedMonday() {
        Event v = event(visit, "the visit", e -> e.type() == EventType.CONSULT && e.mode().equals(Optional.of("visit")));
        assertThat(names(visit, v.source())).containsExactly("Kenji Sato");
        assertThat(names(visit, v.target())).containsExactly("Vietnam");
        assertThat(v.status()).isEqualTo(Status.OCCURRED);
        assertThat(v.trigger().text()).isEqualTo("visited");
        assertThat(v.date().value()).isEqualTo("2023-10-16");
        assertThat(v.date().earliest()).contains(LocalDate.of(2023, 10, 16));
        assertThat(v.date().latest()).contains(LocalDate.of(2023, 10, 16));
        assertThat(v.date().basis()).isEqualTo(Basis.EXPLICIT);
        assertThat(v.cameo()).startsWith("04");
        assertThat(v.attribution()).isEmpty();
    }

    @Test
    void twoMentionsOfOneVisitAreOneEventWithBothReports() {
        List<Event> visits = visit.events().stream()
                .filter(e -> e.type() == EventType.CONSULT && e.mode().equals(Optional.of("visit"))).toList();
        assertThat(visits).as(summary(visit)).hasSize(1);
        Event v = visits.get(0);
        String first = "Japanese Foreign Minister Kenji Sato visited Vietnam on Monday, the first such trip in five years.";
        String last = "Sato's visit to Vietnam was welcomed by the Philippines.";
        assertThat(v.reports()).extracting(Mention::text).contains(first, last);
        assertThat(v.reports().get(0)).isEqualTo(v.evidence());
        assertThat(v.evidence().text()).isEqualTo(first);
    }

    @Test
    void willMeetNextWeekIsAPlannedReciprocalMeeting() {
        Event m = event(visit, "the planned meeting", e -> e.type() == EventType.CONSULT && e.trigger().text().equals("meet"));
        assertThat(m.status()).isEqualTo(Status.PLANNED);
        assertThat(names(visit, m.source())).containsExactlyInAnyOrder("Japan", "Vietnam");
        assertThat(m.target()).isEmpty();
        assertThat(m.location().flatMap(visit::entity).map(Entity::name)).contains("Tokyo");
        assertThat(m.date().value()).isEqualTo("2023-W43");
        assertThat(m.date().earliest()).contains(LocalDate.of(2023, 10, 23));
        assertThat(m.date().latest()).contains(LocalDate.of(2023, 10, 29));
    }

    @Test
    void aSigningDuringTheVisitTakesTheVisitsDate() {
        Event s = event(visit, "the signing", e -> e.type() == EventType.AGREE && e.trigger().text().equals("signed"));
        assertThat(names(visit, s.source())).containsExactly("Kenji Sato");
        assertThat(names(visit, s.target())).containsExactly("Vietnam");
        assertThat(s.status()).isEqualTo(Status.OCCURRED);
        assertThat(s.date().value()).isEqualTo("2023-10-16");
        assertThat(s.date().basis()).isEqualTo(Basis.ANCHORED);
    }

    // ---------------------------------------------------------------- agreements

    @Test
    void aAndBSignedAnAgreementInCairoIsOneAgreementWithBothAsSource() {
        Event a = event(signing, "the signing", e -> e.type() == EventType.AGREE && e.trigger().text().equals("signed"));
        assertThat(names(signing, a.source())).containsExactlyInAnyOrder("Morocco", "Senegal");
        assertThat(a.target()).isEmpty();
        Entity place = a.location().flatMap(signing::entity).orElseThrow(() -> new AssertionError("no location"));
        assertThat(place.name()).isEqualTo("Cairo");
        assertThat(place.kind()).isEqualTo(EntityKind.LOCATION);
        assertThat(place.country()).contains("EGY");
        assertThat(a.status()).isEqualTo(Status.OCCURRED);
        assertThat(a.date().value()).isEqualTo("2023-10-17");
        assertThat(a.attribution()).isEmpty();
        // Egypt is only the place: it is no party to the agreement
        assertThat(countries(signing, a.source())).doesNotContain("EGY");
    }

    // ---------------------------------------------------------------- status

    @Test
    void didNotAttendTheTalksIsNegated() {
        Event t = event(status, "the talks", e -> e.type() == EventType.CONSULT && e.trigger().text().equals("talks"));
        assertThat(t.status()).isEqualTo(Status.NEGATED);
        assertThat(names(status, t.source())).contains("China");
        assertThat(t.location().flatMap(status::entity).map(Entity::name)).contains("Geneva");
        assertThat(t.date().value()).isEqualTo("2023-10-17");
    }

    @Test
    void failedToSignIsNegated() {
        Event s = event(status, "the failed signing", e -> e.type() == EventType.AGREE && e.trigger().text().equals("sign"));
        assertThat(s.status()).isEqualTo(Status.NEGATED);
        assertThat(names(status, s.source())).containsExactly("Egypt");
    }

    @Test
    void couldAttackAndCouldWithdrawAreHypothetical() {
        Event attack = event(status, "Iran could attack",
                e -> e.type() == EventType.ASSAULT && e.trigger().text().equals("attack"));
        assertThat(attack.status()).isEqualTo(Status.HYPOTHETICAL);
        assertThat(names(status, attack.source())).containsExactly("Iran");
        Event withdraw = event(status, "Azerbaijan could withdraw", e -> e.type() == EventType.RETREAT);
        assertThat(withdraw.status()).isEqualTo(Status.HYPOTHETICAL);
        assertThat(names(status, withdraw.source())).containsExactly("Azerbaijan");
    }

    @Test
    void reportedSpeechIsAttributedToTheSpeaker() {
        Event attacked = event(status, "Russia attacked Ukraine",
                e -> e.type() == EventType.ASSAULT && e.trigger().text().equals("attacked"));
        assertThat(names(status, attacked.source())).containsExactly("Russia");
        assertThat(names(status, attacked.target())).containsExactly("Ukraine");
        assertThat(attacked.status()).isEqualTo(Status.OCCURRED);
        assertThat(attacked.date().value()).isEqualTo("2023-10-16");
        Entity ministry = attacked.attribution().flatMap(status::entity)
                .orElseThrow(() -> new AssertionError("no attribution on " + summary(status)));
        assertThat(ministry.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(ministry.country()).contains("UKR");
        assertThat(ministry.mentions()).extracting(Mention::text).contains("Ukraine's foreign ministry");

        Event warnedAttack = event(status, "Iran could attack",
                e -> e.type() == EventType.ASSAULT && e.trigger().text().equals("attack"));
        assertThat(warnedAttack.attribution().flatMap(status::entity).map(Entity::name)).contains("Israel");
        Event talks = event(status, "the talks", e -> e.trigger().text().equals("talks"));
        assertThat(talks.attribution()).isEmpty();
    }

    // ---------------------------------------------------------------- every event

    @Test
    void everyTriggerLiesInsideItsEvidenceAndEveryReportIsInTheBody() {
        for (ArticleRecord r : List.of(visit, status, signing)) {
            assertThat(r.events()).as("events of %s", r.document().id()).isNotEmpty();
            String body = r.document().text();
            for (Event e : r.events()) {
                assertThat(e.evidence().span().contains(e.trigger().span()))
                        .as("trigger of %s in %s inside its evidence", e.id(), r.document().id()).isTrue();
                assertThat(body.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
                assertThat(e.reports()).isNotEmpty();
                for (Mention m : e.reports()) {
                    assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
                }
                assertThat(e.source()).as("source of %s", e.id()).isNotEmpty();
                assertThat(e.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void recordInvariantsHold() {
        RecordInvariants.assertValid(visit);
        RecordInvariants.assertValid(status);
        RecordInvariants.assertValid(signing);
    }

    // ---------------------------------------------------------------- helpers

    private static Event event(ArticleRecord r, String what, Predicate<Event> p) {
        return r.events().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + what + " in " + summary(r)));
    }

    private static List<String> names(ArticleRecord r, List<EntityId> ids) {
        return ids.stream().map(id -> r.entity(id).map(Entity::name).orElse("?" + id)).toList();
    }

    private static Set<String> countries(ArticleRecord r, List<EntityId> ids) {
        Set<String> out = new TreeSet<>();
        ids.forEach(id -> r.entity(id).flatMap(Entity::country).ifPresent(out::add));
        return out;
    }

    private static String summary(ArticleRecord r) {
        StringBuilder b = new StringBuilder(r.document().id());
        for (Event e : r.events()) {
            b.append("\n  ").append(e.id()).append(' ').append(e.type()).append('/').append(e.mode().orElse("-"))
                    .append(" '").append(e.trigger().text()).append("' ").append(names(r, e.source())).append(" -> ")
                    .append(names(r, e.target())).append(' ').append(e.date().value()).append(' ')
                    .append(e.date().basis()).append(' ').append(e.status()).append(" reports=")
                    .append(e.reports().size());
        }
        return b.toString();
    }
}
