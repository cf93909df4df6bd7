package org.annals.core.time;

import static org.annals.core.pipeline.Articles.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.core.pipeline.SharedPipeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Basis;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.annals.model.EventType;
import org.annals.model.Status;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;
import org.annals.testkit.RecordInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The time stage (SUTime's values as corrected by {@link TimeResolver}, events dated by {@link EventDater}) on short
 * invented articles, through the real CoreNLP. Each article is extracted once, through the shared pipeline, so the
 * models load once per test JVM.
 */
class TimeResolverTest {
    /** Dated Wednesday 2024-03-13: weekdays in past-tense clauses, "last year", "next month". */
    static final String WEDNESDAY_TEXT = "Brazilian Foreign Minister Carla Mendes visited Argentina on Monday for talks "
            + "on trade. She met Argentine officials in Buenos Aires on Tuesday. Argentina announced the trip on "
            + "Thursday. Mendes told reporters that a similar round held last year had stalled, and officials said a "
            + "customs accord would be signed next month.";
    /** Dated Saturday 2024-03-16: a weekday in a future-tense clause. */
    static final String SATURDAY_TEXT = "Turkey's foreign minister Selim Arslan will meet his Greek counterpart on "
            + "Friday in Athens, officials in Ankara said on Saturday. The talks will focus on maritime boundaries in "
            + "the Aegean, the Turkish foreign ministry said.";
    /** Dated 2021-09-15: a bare month anchored on a duration after an earlier dated event. */
    static final String ANCHORED_TEXT = "In March 2019, Ethiopia and Kenya signed a border security agreement in "
            + "Nairobi. A year after that in May, the two countries held their first joint military exercise. "
            + "Officials said the drills would continue next year.";

    static ArticleRecord wednesday;
    static ArticleRecord saturday;
    static ArticleRecord anchored;

    @BeforeAll
    static void extractArticles() {
        wednesday = extract("time-wednesday", LocalDate.of(2024, 3, 13), WEDNESDAY_TEXT);
        saturday = extract("time-saturday", LocalDate.of(2024, 3, 16), SATURDAY_TEXT);
        anchored = extract("time-anchored", LocalDate.of(2021, 9, 15), ANCHORED_TEXT);
    }


    @Test
    void theArticleDatesAreTheWeekdaysTheTestsAssume() {
        assertThat(wednesday.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(saturday.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void pastTenseWeekdaysInAWednesdayArticleLieBeforeTheArticleDate() {
        assertTime(wednesday, "Monday", "2024-03-11", "2024-03-11", "2024-03-11");
        assertTime(wednesday, "Tuesday", "2024-03-12", "2024-03-12", "2024-03-12");
        // "announced the trip on Thursday": the Thursday of the week before, not the day after the article
        assertTime(wednesday, "Thursday", "2024-03-07", "2024-03-07", "2024-03-07");
    }

    @Test
    void eventsInPastTenseClausesTakeTheirWeekday() {
        Event visit = event(wednesday, "the visit on Monday",
                e -> e.type() == EventType.CONSULT && e.mode().equals(Optional.of("visit")));
        assertThat(visit.status()).isEqualTo(Status.OCCURRED);
        assertThat(visit.date().value()).isEqualTo("2024-03-11");
        assertThat(visit.date().basis()).isEqualTo(Basis.EXPLICIT);
        assertThat(visit.date().text()).hasValueSatisfying(t -> assertThat(t).contains("Monday"));
        Event met = event(wednesday, "the meeting on Tuesday",
                e -> e.type() == EventType.CONSULT && e.trigger().text().equals("met"));
        assertThat(met.date().value()).isEqualTo("2024-03-12");
        assertThat(met.date().earliest()).contains(LocalDate.of(2024, 3, 12));
        assertThat(met.date().latest()).contains(LocalDate.of(2024, 3, 12));
    }

    @Test
    void relativeYearAndMonthCountFromTheArticleDate() {
        assertTime(wednesday, "last year", "2023", "2023-01-01", "2023-12-31");
        assertTime(wednesday, "next month", "2024-04", "2024-04-01", "2024-04-30");
        assertTime(anchored, "next year", "2022", "2022-01-01", "2022-12-31");
    }

    @Test
    void aFutureWeekdayInASaturdayArticleIsTheComingOne() {
        assertTime(saturday, "Friday", "2024-03-22", "2024-03-22", "2024-03-22");
        assertTime(saturday, "Saturday", "2024-03-16", "2024-03-16", "2024-03-16");
        Event meet = event(saturday, "the planned meeting",
                e -> e.type() == EventType.CONSULT && e.trigger().text().equals("meet"));
        assertThat(meet.status()).isEqualTo(Status.PLANNED);
        assertThat(meet.date().value()).isEqualTo("2024-03-22");
        assertThat(meet.date().earliest()).contains(LocalDate.of(2024, 3, 22));
        assertThat(meet.date().latest()).contains(LocalDate.of(2024, 3, 22));
        assertThat(meet.date().basis()).isEqualTo(Basis.EXPLICIT);
    }

    @Test
    void aMonthAfterAnAnchoredDurationTakesTheYearOfTheAnchorPlusTheDuration() {
        assertTime(anchored, "March 2019", "2019-03", "2019-03-01", "2019-03-31");
        TimeMention may = time(anchored, "May");
        assertThat(may.value()).isEqualTo("2020-05");
        assertThat(may.earliest()).contains(LocalDate.of(2020, 5, 1));
        assertThat(may.latest()).contains(LocalDate.of(2020, 5, 31));
        assertThat(may.rule()).contains("TR-ANCHOR");

        Event signed = event(anchored, "the agreement of March 2019", e -> e.type() == EventType.AGREE);
        assertThat(signed.date().value()).isEqualTo("2019-03");
        assertThat(signed.date().basis()).isEqualTo(Basis.EXPLICIT);

        int second = anchored.document().text().indexOf("A year after that");
        List<Event> exercise = anchored.events().stream()
                .filter(e -> e.evidence().start() <= second && second < e.evidence().end()).toList();
        assertThat(exercise).as("events of the sentence 'A year after that in May …' in %s", summary(anchored))
                .isNotEmpty();
        for (Event e : exercise) {
            assertThat(e.date().value()).as("%s", e.trigger().text()).isEqualTo("2020-05");
            assertThat(e.date().basis()).as("%s", e.trigger().text()).isEqualTo(Basis.ANCHORED);
            assertThat(e.date().earliest()).contains(LocalDate.of(2020, 5, 1));
            assertThat(e.date().latest()).contains(LocalDate.of(2020, 5, 31));
            assertThat(countries(anchored, e.source())).containsExactlyInAnyOrder("ETH", "KEN");
        }
    }

    @Test
    void everyTimeAndEventDateHasEarliestNotAfterLatest() {
        for (ArticleRecord r : List.of(wednesday, saturday, anchored)) {
            assertThat(r.times()).as("times of %s", r.document().id()).isNotEmpty();
            for (TimeMention t : r.times()) {
                if (t.earliest().isPresent() && t.latest().isPresent()) {
                    assertThat(t.earliest().get()).as("%s in %s", t.text(), r.document().id())
                            .isBeforeOrEqualTo(t.latest().get());
                }
                if (t.type() == TimeType.DATE && t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    assertThat(t.earliest()).as("earliest of calendar date %s", t.text()).isPresent();
                    assertThat(t.latest()).as("latest of calendar date %s", t.text()).isPresent();
                }
                assertThat(r.document().text().substring(t.start(), t.end())).isEqualTo(t.text());
            }
            for (Event e : r.events()) {
                if (e.date().earliest().isPresent() && e.date().latest().isPresent()) {
                    assertThat(e.date().earliest().get()).as("date of %s in %s", e.id(), r.document().id())
                            .isBeforeOrEqualTo(e.date().latest().get());
                }
            }
        }
    }

    @Test
    void recordInvariantsHold() {
        RecordInvariants.assertValid(wednesday);
        RecordInvariants.assertValid(saturday);
        RecordInvariants.assertValid(anchored);
    }

    // ---------------------------------------------------------------- helpers

    private static TimeMention time(ArticleRecord r, String text) {
        return r.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + r.document().id() + ": "
                        + r.times().stream().map(t -> t.text() + "=" + t.value()).toList()));
    }

    private static void assertTime(ArticleRecord r, String text, String value, String earliest, String latest) {
        TimeMention t = time(r, text);
        assertThat(t.value()).as("value of '%s'", text).isEqualTo(value);
        assertThat(t.earliest()).as("earliest of '%s'", text).contains(LocalDate.parse(earliest));
        assertThat(t.latest()).as("latest of '%s'", text).contains(LocalDate.parse(latest));
    }

    private static Event event(ArticleRecord r, String what, Predicate<Event> p) {
        return r.events().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + what + " in " + summary(r)));
    }

    private static List<String> countries(ArticleRecord r, List<EntityId> ids) {
        return ids.stream().map(id -> r.entity(id).flatMap(Entity::country).orElse("?")).toList();
    }

    private static String summary(ArticleRecord r) {
        StringBuilder b = new StringBuilder(r.document().id());
        for (Event e : r.events()) {
            b.append("\n  ").append(e.id()).append(' ').append(e.type()).append(' ').append(e.trigger().text())
                    .append(' ').append(e.date().value()).append(' ').append(e.date().basis()).append(' ')
                    .append(e.status());
        }
        return b.toString();
    }
}
