package org.annals.core.time;

import static org.annals.core.pipeline.Articles.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.annals.model.ArticleRecord;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One class of time expression per test, on invented sentences, with the article date chosen to make the calendar
 * hard: a weekday at the turn of the year, the leap day, a month boundary. Through the real CoreNLP.
 */
class ExpressionClassesTest {
    /** Thursday 2020-12-31: last and next weekdays cross the year. */
    static final String YEAR_END = "The regional parliament voted on Tuesday to extend the curfew. Its members will "
            + "meet again on Monday to debate the budget.";
    /** Thursday 2024-02-29, the leap day. */
    static final String LEAP_DAY = "The two ministers met on Wednesday in Lisbon. Talks will resume on Friday, an "
            + "aide said.";
    /** Wednesday 2023-03-01: yesterday was in February. */
    static final String MONTH_START = "Farmers blocked the highway on Tuesday. The protest began in January and the "
            + "union said a new march would start in February.";
    /** Thursday 2019-10-24: an earnings report. */
    static final String EARNINGS = "Harbor Foods said third-quarter profit rose 12 percent. Revenue in the quarter "
            + "reached $2 billion. A year earlier, the company lost $40 million. Its fiscal year ended June 30.";
    /** Tuesday 2021-01-05: a month-day of the year before; an age. */
    static final String NEW_YEAR = "On Dec. 28, the city council approved the plan. A 45-year-old engineer designed "
            + "it, and protesters gathered Friday night outside the hall.";

    static ArticleRecord yearEnd;
    static ArticleRecord leapDay;
    static ArticleRecord monthStart;
    static ArticleRecord earnings;
    static ArticleRecord newYear;

    @BeforeAll
    static void extractArticles() {
        yearEnd = extract("class-year-end", LocalDate.of(2020, 12, 31), YEAR_END);
        leapDay = extract("class-leap-day", LocalDate.of(2024, 2, 29), LEAP_DAY);
        monthStart = extract("class-month-start", LocalDate.of(2023, 3, 1), MONTH_START);
        earnings = extract("class-earnings", LocalDate.of(2019, 10, 24), EARNINGS);
        newYear = extract("class-new-year", LocalDate.of(2021, 1, 5), NEW_YEAR);
    }

    @Test
    void theArticleDatesAreTheOnesTheTestsAssume() {
        assertThat(yearEnd.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(leapDay.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(monthStart.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(newYear.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void weekdaysAtTheTurnOfTheYearFollowTheTense() {
        assertThat(value(yearEnd, "Tuesday")).isEqualTo("2020-12-29");
        assertThat(value(yearEnd, "Monday")).isEqualTo("2021-01-04");
    }

    @Test
    void weekdaysAroundTheLeapDay() {
        assertThat(value(leapDay, "Wednesday")).isEqualTo("2024-02-28");
        assertThat(value(leapDay, "Friday")).isEqualTo("2024-03-01");
    }

    @Test
    void aWeekdayAndBareMonthsAcrossAMonthBoundary() {
        assertThat(value(monthStart, "Tuesday")).isEqualTo("2023-02-28");
        assertThat(value(monthStart, "January")).isEqualTo("2023-01");
        // a plan told in a past-tense report: February is the next one, not the one just over
        assertThat(value(monthStart, "February")).isEqualTo("2024-02");
    }

    @Test
    void quartersOfAnEarningsReportAndTheYearBefore() {
        assertThat(value(earnings, "third-quarter")).isEqualTo("2019-Q3");
        TimeMention quarter = time(earnings, "the quarter");
        assertThat(quarter.value()).isEqualTo("2019-Q3");
        assertThat(quarter.type()).isEqualTo(TimeType.DATE);
        assertThat(quarter.earliest()).contains(LocalDate.of(2019, 7, 1));
        assertThat(quarter.latest()).contains(LocalDate.of(2019, 9, 30));
        assertThat(value(earnings, "A year earlier")).isEqualTo("2018-Q3");
        TimeMention fiscal = earnings.times().stream().filter(t -> t.text().endsWith("year")
                && !t.text().contains("earlier")).findFirst().orElseThrow();
        assertThat(fiscal.type()).as("'fiscal year ended …' is a period").isEqualTo(TimeType.DURATION);
        assertThat(fiscal.value()).isEqualTo("P1Y");
    }

    @Test
    void aMonthDayWithoutYearIsTheNearestOne() {
        assertThat(value(newYear, "Dec. 28")).isEqualTo("2020-12-28");
    }

    @Test
    void aWeekdayWithAPartOfTheDayIsOneExpressionDatedToTheDay() {
        TimeMention friday = time(newYear, "Friday night");
        assertThat(friday.value()).startsWith("2021-01-01T");
        assertThat(friday.type()).isEqualTo(TimeType.DATE);
    }

    @Test
    void anAgeIsNoTimeExpression() {
        assertThat(newYear.times()).extracting(TimeMention::text).noneMatch(t -> t.contains("year-old"));
    }

    private static String value(ArticleRecord r, String text) {
        return time(r, text).value();
    }

    private static TimeMention time(ArticleRecord r, String text) {
        Optional<TimeMention> t = r.times().stream().filter(m -> m.text().equals(text)).findFirst()
                .or(() -> r.times().stream().filter(m -> m.text().contains(text)).findFirst());
        return t.orElseThrow(() -> new AssertionError("no time '" + text + "' in " + r.document().id() + ": "
                + r.times().stream().map(m -> m.text() + "=" + m.value() + " " + m.type()).toList()));
    }
}
