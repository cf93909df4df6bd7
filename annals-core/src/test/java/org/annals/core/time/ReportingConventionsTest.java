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
 * The time rules of the third round (issue 3), one class of news language per test: quarters of an earnings report
 * that SUTime misses or that are no new reference (a quarter ahead, the year-before comparison), "fiscal 2020",
 * "mid-2016", shares ("three-quarters of"), a plan overtaken ("had been due to expire Friday"), vague "several years
 * ago". Invented sentences, article dates in different quarters and years; through the real CoreNLP.
 */
class ReportingConventionsTest {
    /** Thursday 2021-11-04, the fourth quarter. */
    static final String EARNINGS = "Northfield Paper said its third-quarter net income rose 8 percent. The company "
            + "expects a fourth-quarter charge of $5 million for a plant closure. Sales in the latest quarter were $3 "
            + "billion, up from $2.7 billion in the 2020 period. A year ago, it earned $40 million. In fiscal 2020, "
            + "sales reached $11 billion.";
    /** Monday 2022-05-02. */
    static final String OVERTAKEN = "The tender offer had been due to expire Friday evening, but the board "
            + "extended it. Farmers in the valley sell about three-quarters of their grain abroad.";
    /** Wednesday 2018-03-14. */
    static final String VAGUE = "The rebel army began to lose ground in mid-2016. Several years ago, the mill on the "
            + "river closed.";

    /** Tuesday 2016-08-09, the third quarter. */
    static final String QUARTER_ENDED = "Harwick Motors posted a loss for the quarter ended April 30. The loss compares "
            + "with a profit in the corresponding period last year. Two of its plants close during the fourth quarter. In the first "
            + "quarter of last year, the carmaker earned $90 million. The past year was its worst since 2009. Its chief "
            + "said revenue would be \"well below\" fiscal 2015 revenue. The final quarter of 2015 was strong.";
    /** Friday 2010-01-29. */
    static final String NOT_TIMES = "Thousands joined the march through the old town. In past years the river "
            + "flooded twice. Now, the council says, the bridge is safe.";

    /** Monday 2013-06-10. */
    static final String RANGES = "The fund bought 40,000 shares from March 4 to May 20. Its output rose from 2008 to "
            + "2011. A storm closed the harbor, and a few days later the ferries sailed again.";

    /** Tuesday 2021-01-12: holidays of the year before. */
    static final String HOLIDAYS = "Rescuers found the missing fisherman on Thanksgiving Day. The mayor lit the tree "
            + "in the square at Christmas.";

    /** Wednesday 2019-04-17. */
    static final String UNITS = "The bakery chain has lost money for the past two quarters. Its founder ran it for "
            + "about a decade. It pays a dividend every quarter.";

    /** Thursday 2019-09-12. */
    static final String HALVES = "Profit at the glassworks fell in the first half of 2019, and its owners expect a "
            + "recovery in the second half of next year. The strike at the port lasted 3 1/2 days. Divers searched "
            + "the wreck for an hour and a half.";

    /** Friday 2022-06-10. */
    static final String TIMETABLE = "The two foreign ministers meet separately Monday with the envoy. A new bridge "
            + "toll takes effect Thursday. The statistics agency reports Wednesday that exports fell.";

    /** Wednesday 2017-03-08. */
    static final String THAT_DAY = "The ferry sank off the cape on Monday. Later that day, divers reached the hull. "
            + "The harbor master closed the port that same day.";

    static ArticleRecord thatDay;
    static ArticleRecord timetable;
    static ArticleRecord halves;
    static ArticleRecord units;
    static ArticleRecord holidays;
    static ArticleRecord ranges;
    static ArticleRecord quarterEnded;
    static ArticleRecord notTimes;
    static ArticleRecord earnings;
    static ArticleRecord overtaken;
    static ArticleRecord vague;

    @BeforeAll
    static void extractArticles() {
        earnings = extract("report-earnings", LocalDate.of(2021, 11, 4), EARNINGS);
        overtaken = extract("report-overtaken", LocalDate.of(2022, 5, 2), OVERTAKEN);
        vague = extract("report-vague", LocalDate.of(2018, 3, 14), VAGUE);
        quarterEnded = extract("report-quarter-ended", LocalDate.of(2016, 8, 9), QUARTER_ENDED);
        holidays = extract("report-holidays", LocalDate.of(2021, 1, 12), HOLIDAYS);
        ranges = extract("report-ranges", LocalDate.of(2013, 6, 10), RANGES);
        notTimes = extract("report-not-times", LocalDate.of(2010, 1, 29), NOT_TIMES);
        units = extract("report-units", LocalDate.of(2019, 4, 17), UNITS);
        halves = extract("report-halves", LocalDate.of(2019, 9, 12), HALVES);
        timetable = extract("report-timetable", LocalDate.of(2022, 6, 10), TIMETABLE);
        thatDay = extract("report-that-day", LocalDate.of(2017, 3, 8), THAT_DAY);
    }

    @Test
    void theArticleDatesAreTheOnesTheTestsAssume() {
        assertThat(earnings.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(overtaken.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void aQuarterAheadIsFoundButIsNoNewReference() {
        assertThat(times(earnings, "third-quarter")).extracting(TimeMention::value).containsExactly("2021-Q3");
        TimeMention fourth = times(earnings, "fourth-quarter").get(0);
        assertThat(fourth.value()).isEqualTo("2021-Q4");
        assertThat(fourth.type()).isEqualTo(TimeType.DATE);
        assertThat(times(earnings, "latest quarter")).extracting(TimeMention::value).containsExactly("2021-Q3");
    }

    @Test
    void theYearBeforeQuarterIsAComparisonNotANewReference() {
        assertThat(times(earnings, "2020 period")).extracting(TimeMention::value).containsExactly("2020-Q3");
        assertThat(times(earnings, "A year ago")).extracting(TimeMention::value).containsExactly("2020-Q3");
    }

    @Test
    void fiscalAndTheYearAreOneExpression() {
        List<TimeMention> t = earnings.times().stream().filter(m -> m.text().equals("fiscal 2020")).toList();
        assertThat(t).as("%s", earnings.times()).hasSize(1);
        assertThat(t.get(0).value()).isEqualTo("2020");
        assertThat(t.get(0).rule()).as("joined to SUTime's year, or found where SUTime saw none").isPresent()
                .get().isIn("TR-FISCAL", "TR-FIND");
    }

    @Test
    void aPlanOvertakenLooksBack() {
        TimeMention friday = times(overtaken, "Friday").get(0);
        assertThat(friday.value()).isEqualTo("2022-04-29TEV");
    }

    @Test
    void aShareIsNoDuration() {
        assertThat(overtaken.times()).extracting(TimeMention::text).noneMatch(t -> t.contains("quarters"));
    }

    @Test
    void midYearIsTheYear() {
        TimeMention mid = times(vague, "mid-2016").get(0);
        assertThat(mid.value()).isEqualTo("2016");
        assertThat(mid.type()).isEqualTo(TimeType.DATE);
    }

    @Test
    void severalYearsAgoIsAPastReference() {
        assertThat(times(vague, "Several years ago")).extracting(TimeMention::value).containsExactly("PAST_REF");
    }

    @Test
    void aQuarterEndedOnADayIsTheQuarterThatDayCloses() {
        TimeMention q = times(quarterEnded, "the quarter").get(0);
        assertThat(q.text()).isEqualTo("the quarter");
        assertThat(q.value()).as("February to April is mostly the first quarter").isEqualTo("2016-Q1");
        assertThat(q.rule()).contains("TR-QUARTER");
    }

    @Test
    void theCorrespondingPeriodLastYearIsOneExpression() {
        List<TimeMention> t = times(quarterEnded, "last year").stream().filter(m -> !m.text().contains("first"))
                .toList();
        assertThat(t).extracting(TimeMention::text).containsExactly("the corresponding period last year");
        assertThat(t.get(0).value()).isEqualTo("2015-Q1");
    }

    @Test
    void aQuarterNotYetBegunIsTheComingOneInAPresentClause() {
        assertThat(times(quarterEnded, "fourth quarter")).extracting(TimeMention::value).containsExactly("2016-Q4");
    }

    @Test
    void aQuarterOfLastYearOrOfAWrittenYear() {
        assertThat(times(quarterEnded, "first quarter of last year")).extracting(TimeMention::value)
                .containsExactly("2015-Q1");
        assertThat(times(quarterEnded, "final quarter of 2015")).extracting(TimeMention::value)
                .containsExactly("2015-Q4");
    }

    @Test
    void thePastYearIsTheYearBefore() {
        TimeMention y = times(quarterEnded, "past year").get(0);
        assertThat(y.type()).isEqualTo(TimeType.DATE);
        assertThat(y.value()).isEqualTo("2015");
    }

    @Test
    void fiscalYearAfterAQuoteIsFound() {
        assertThat(quarterEnded.times()).filteredOn(m -> m.text().equals("fiscal 2015"))
                .extracting(TimeMention::value).containsExactly("2015");
    }

    @Test
    void aMarchPastYearsAndADiscourseNowAreNoTimes() {
        assertThat(notTimes.times()).extracting(TimeMention::text)
                .noneMatch(t -> t.equalsIgnoreCase("march") || t.equals("past") || t.equals("Now"));
    }

    @Test
    void aRangeIsItsTwoEndDates() {
        assertThat(times(ranges, "March 4")).extracting(TimeMention::text, TimeMention::type, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("March 4", TimeType.DATE, "2013-03-04"));
        assertThat(times(ranges, "May 20")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("May 20", "2013-05-20"));
        assertThat(times(ranges, "2008")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2008", "2008"));
        assertThat(times(ranges, "2011")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2011", "2011"));
    }

    @Test
    void aFewDaysLaterIsADurationWithoutItsSignal() {
        TimeMention t = times(ranges, "days").get(0);
        assertThat(t.text()).isEqualTo("a few days");
        assertThat(t.type()).isEqualTo(TimeType.DURATION);
        assertThat(t.value()).isEqualTo("PXD");
    }

    @Test
    void aHolidayInAPastClauseIsTheLastOne() {
        TimeMention t = times(holidays, "Thanksgiving").get(0);
        assertThat(t.text()).isEqualTo("Thanksgiving Day");
        assertThat(t.value()).as("the fourth Thursday of November 2020").isEqualTo("2020-11-26");
        assertThat(times(holidays, "Christmas")).extracting(TimeMention::value).containsExactly("2020-12-25");
    }

    @Test
    void quartersAreCountedInTimeMlUnitsAndDecadesInYears() {
        assertThat(times(units, "two quarters")).extracting(TimeMention::value).containsExactly("P2Q");
        assertThat(times(units, "decade")).extracting(TimeMention::value).containsExactly("P10Y");
        assertThat(times(units, "every quarter")).extracting(TimeMention::value).containsExactly("P1Q");
    }

    @Test
    void aValueThatIsNoWholeNumberOfTheUnitIsKept() {
        assertThat(TimeResolver.timemlUnit("the past two quarters", "P6M")).isEqualTo("P2Q");
        assertThat(TimeResolver.timemlUnit("several quarters", "PXM")).isEqualTo("PXQ");
        assertThat(TimeResolver.timemlUnit("two decades", "P20Y")).isEqualTo("P20Y");
        assertThat(TimeResolver.timemlUnit("a quarter", "P4M")).isEqualTo("P4M");
        assertThat(TimeResolver.timemlUnit("three years", "P3Y")).isEqualTo("P3Y");
    }

    @Test
    void halfYearsAreTimemlHalves() {

        assertThat(times(halves, "first half")).extracting(TimeMention::value).containsExactly("2019-H1");
        assertThat(times(halves, "second half")).extracting(TimeMention::value).containsExactly("2020-H2");
        assertThat(TimeResolver.half("the last two quarters of 1988", LocalDate.of(1989, 3, 1))).contains("1988-H2");
        assertThat(TimeResolver.half("the second half", LocalDate.of(1989, 3, 1))).isEmpty();
    }

    @Test
    void aWholeAndAHalfUnitIsOneDuration() {
        TimeMention days = times(halves, "days").get(0);
        assertThat(days.text()).isEqualTo("3 1/2 days");
        assertThat(days.value()).isEqualTo("P3DT12H");
        TimeMention hour = times(halves, "hour").get(0);
        assertThat(hour.text()).isEqualTo("an hour and a half");
        assertThat(hour.value()).isEqualTo("PT1H30M");
        assertThat(hour.rule()).contains("TR-FRACTION");
    }

    @Test
    void aWeekdayOfAPresentTenseTimetableIsTheComingOne() {
        assertThat(times(timetable, "Monday")).extracting(TimeMention::value).containsExactly("2022-06-13");
        assertThat(times(timetable, "Thursday")).extracting(TimeMention::value).containsExactly("2022-06-16");
        assertThat(times(timetable, "Wednesday")).as("a present-tense report tells what happened")
                .extracting(TimeMention::value).containsExactly("2022-06-08");
    }

    @Test
    void thatDayIsTheDayLastNamed() {
        TimeMention later = times(thatDay, "that day").get(0);
        assertThat(later.text()).isEqualTo("Later that day");
        assertThat(later.type()).isEqualTo(TimeType.DATE);
        assertThat(later.value()).isEqualTo("2017-03-06");
        assertThat(times(thatDay, "same day")).extracting(TimeMention::value).containsExactly("2017-03-06");
    }

    @Test
    void holidayDates() {
        assertThat(Holidays.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Holidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holidays.resolve("election", LocalDate.of(2022, 11, 20), -1)).contains(LocalDate.of(2022, 11, 8));
        assertThat(Holidays.resolve("christmas", LocalDate.of(2022, 11, 20), 0)).contains(LocalDate.of(2022, 12, 25));
    }
}
