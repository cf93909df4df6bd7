package org.annals.core.time;

import static org.annals.core.pipeline.Articles.extract;
import static org.annals.core.pipeline.Articles.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.ArticleRecord;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The news conventions of the time rules added for TempEval-3 (one test per class): plans put weekdays and months
 * ahead, possessive weekdays are past, the weekend by tense, far-ahead month-days without a plan are past, year-end,
 * anchored "later that year" / "the following year", decades, the current quarter. Invented sentences, article dates
 * at a year end, the leap day and month boundaries; through the real CoreNLP.
 */
class NewsConventionsTest {
    /** Wednesday 2020-12-30. */
    static final String PLANS = "The ferry operator planned to restart the crossing on Friday. The port is set to "
            + "reopen Monday after repairs. Monday's storm damaged the pier.";
    /** Thursday 2024-02-29, the leap day. */
    static final String SAME_DAY = "The rocket was scheduled to lift off on Thursday, the agency said.";
    /** Monday 2021-03-01: the weekend just over is in February. */
    static final String WEEKENDS = "Thousands of cyclists rode through the capital over the weekend. Organizers said "
            + "they will ride again over the weekend.";
    /** Thursday 2019-10-24: bare months in a report, and a plan. */
    static final String MONTHS = "Its shares, at $30 in March, now sell for $18. The merger is expected to close in "
            + "January. The current quarter looks weaker, the company said.";
    /** Monday 2019-05-06: a month-day half a year ahead, and a planned one. */
    static final String MONTH_DAYS = "Detectives have hunted the suspect since the Oct. 23 shooting. A new chief "
            + "takes office effective Sept. 1.";
    /** Tuesday 2022-11-15. */
    static final String YEAR_END = "The brewer hopes to finish the sale of its Danish plant by year-end.";
    /** Saturday 2023-07-01: anchored on the narrative, not on the article. */
    static final String NARRATIVE = "The couple moved to Porto in 2015 and opened a bakery later that year. The "
            + "bakery burned down on May 22, 2017, and the following year they rebuilt it. The street has been a "
            + "market since the 1980s.";

    /** Friday 2021-12-31: a deadline at a clock time with its day, and a weekly schedule. */
    static final String CLOCK = "The council gave the tenants until 9 a.m. EST Monday to leave the building. The "
            + "market opens on Tuesdays from now on.";

    static ArticleRecord clock;
    static ArticleRecord plans;
    static ArticleRecord sameDay;
    static ArticleRecord weekends;
    static ArticleRecord months;
    static ArticleRecord monthDays;
    static ArticleRecord yearEnd;
    static ArticleRecord narrative;

    @BeforeAll
    static void extractArticles() {
        clock = extract("news-clock", LocalDate.of(2021, 12, 31), CLOCK);
        plans = extract("news-plans", LocalDate.of(2020, 12, 30), PLANS);
        sameDay = extract("news-same-day", LocalDate.of(2024, 2, 29), SAME_DAY);
        weekends = extract("news-weekends", LocalDate.of(2021, 3, 1), WEEKENDS);
        months = extract("news-months", LocalDate.of(2019, 10, 24), MONTHS);
        monthDays = extract("news-month-days", LocalDate.of(2019, 5, 6), MONTH_DAYS);
        yearEnd = extract("news-year-end", LocalDate.of(2022, 11, 15), YEAR_END);
        narrative = extract("news-narrative", LocalDate.of(2023, 7, 1), NARRATIVE);
    }

    @Test
    void theArticleDatesAreTheOnesTheTestsAssume() {
        assertThat(plans.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(sameDay.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(weekends.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void aPlannedWeekdayIsAheadAndAPossessiveOneIsPast() {
        assertThat(times(plans, "Friday")).extracting(TimeMention::value).containsExactly("2021-01-01");
        List<TimeMention> mondays = times(plans, "Monday");
        assertThat(mondays).extracting(TimeMention::value).containsExactly("2021-01-04", "2020-12-28");
    }

    @Test
    void aPlanForTheArticlesOwnWeekdayIsThatDay() {
        assertThat(times(sameDay, "Thursday")).extracting(TimeMention::value).containsExactly("2024-02-29");
    }

    @Test
    void theWeekendFollowsTheTense() {
        List<TimeMention> w = times(weekends, "weekend");
        assertThat(w).extracting(TimeMention::value).containsExactly("2021-W08-WE", "2021-W09-WE");
        assertThat(w.get(0).earliest()).contains(LocalDate.of(2021, 2, 27));
    }

    @Test
    void aBareMonthIsPastUnlessTheClauseLooksAhead() {
        assertThat(times(months, "March")).extracting(TimeMention::value).containsExactly("2019-03");
        assertThat(times(months, "January")).extracting(TimeMention::value).containsExactly("2020-01");
    }

    @Test
    void theCurrentQuarterIsTheArticles() {
        assertThat(times(months, "current quarter")).extracting(TimeMention::value).containsExactly("2019-Q4");
    }

    @Test
    void aMonthDayFarAheadIsPastUnlessPlanned() {
        assertThat(times(monthDays, "Oct. 23")).extracting(TimeMention::value).containsExactly("2018-10-23");
        assertThat(times(monthDays, "Sept. 1")).extracting(TimeMention::value).containsExactly("2019-09-01");
    }

    @Test
    void yearEndIsADateOfTheArticlesYear() {
        List<TimeMention> t = times(yearEnd, "year-end");
        assertThat(t).extracting(TimeMention::value).containsExactly("2022");
        assertThat(t.get(0).type()).isEqualTo(TimeType.DATE);
    }

    @Test
    void thatYearAndTheFollowingYearCountFromTheNarrative() {
        TimeMention later = times(narrative, "that year").get(0);
        assertThat(later.type()).isEqualTo(TimeType.DATE);
        assertThat(later.value()).isEqualTo("2015");
        assertThat(times(narrative, "following year")).extracting(TimeMention::value).containsExactly("2018");
    }

    @Test
    void aDecadeIsADate() {
        TimeMention d = times(narrative, "1980s").get(0);
        assertThat(d.type()).isEqualTo(TimeType.DATE);
        assertThat(d.value()).isEqualTo("198");
    }

    @Test
    void aClockTimeAndItsDayAreOneTimeAheadOfADeadline() {
        List<TimeMention> t = times(clock, "Monday");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).text()).startsWith("9 a.m.");
        assertThat(t.get(0).type()).isEqualTo(TimeType.TIME);
        assertThat(t.get(0).value()).as("until Monday, without SUTime's zone offset").isEqualTo("2022-01-03T09:00");
    }

    @Test
    void aRecurringWeekdayIsASet() {
        TimeMention t = times(clock, "Tuesdays").get(0);
        assertThat(t.type()).isEqualTo(TimeType.SET);
        assertThat(t.value()).isEqualTo("XXXX-WXX-2");
    }
}
