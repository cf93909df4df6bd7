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
 * The time rules of the fifth round (issue 3): a duration SUTime merged with the day after it, decades in years,
 * "the day" of a story told the day after, and the other corrections of that round, one class per test. Invented
 * sentences, article dates at a year end, the leap day and month boundaries; through the real CoreNLP.
 */
class NarrativeTimesTest {
    /** Tuesday 2024-01-02: the Monday is the first day of the year. */
    static final String MERGED = "Shares of the shipping line closed at their lowest level in over a decade on "
            + "Monday. The mill has grown over the past decade.";
    /** Sunday 2020-03-01: the decade before is the 2010s. */
    static final String DECADES = "Wages at the mill fell in the last decade. Its owner ran the port for about a "
            + "decade.";
    /** Saturday 2021-05-01: the market story of Friday, told the day after. */
    static final String DAY_AFTER = "Shares in the ferry company rose sharply on Friday. The harbor index gained 2 "
            + "percent to end the day at 4,100. A report released on the same day showed exports fell.";
    /** Thursday 2024-02-29, the leap day. */
    static final String LAST_WEEKDAYS = "The mayor resigned last Tuesday. The council had met last Thursday.";
    /** Thursday 2024-02-29, the leap day. */
    static final String WHEN = "Officials refused to say what happens to the tenants when the dispute is heard in "
            + "May.";
    /** Tuesday 2023-10-31, the last day of the month. */
    static final String THROUGH = "The bank extended the mill $20 million in credit through January. In the "
            + "year-ago period, the quarter ended Nov. 30, the chain lost $3 million.";
    /** Wednesday 2021-12-29: the coming Friday is the last day of the year. */
    static final String FRONTED = "On Friday, the growers' union plans to hold a rally in the square.";
    /** Tuesday 2012-01-31: last year is 2011. */
    static final String YEARS = "The airline cut its costs to $5 billion last year, $1 billion less than the year "
            + "previous. The carmaker lost $2 billion in the fourth quarter of 2010 and $6 billion for the entire year. "
            + "The new bridge opened almost two and a half years behind schedule.";
    /** Friday 2019-03-01: the Thursday before is the last day of February. */
    static final String CLOCK = "A gas blast tore through the bakery on Thursday. The explosion came at about 10:35 "
            + "a.m., the fire brigade said.";
    /** Friday 2016-02-26, a leap year. */
    static final String JOINED = "The witness took the stand for more than four hours Friday. Sales averaged 300 "
            + "cars a day for the first nine months of 2015. The suspect was last seen Feb. 3, the day before police "
            + "searched his home. Police arrested him in the early hours of Thursday morning. The court hears the "
            + "appeal the week of March 7. The fund bought shares from Jan. 14 to Wednesday.";
    /** Saturday 2022-12-31, the last day of the year. */
    static final String DELAY = "The new ferry will arrive on January 4, two days later than planned.";
    /** Monday 2023-01-02: the Saturday before is the last day of the year before. */
    static final String AS_PLANNED = "The rescue of the miners began as previously planned Saturday night.";

    static ArticleRecord delay;
    static ArticleRecord asPlanned;
    static ArticleRecord joined;
    static ArticleRecord clock;
    static ArticleRecord years;    /** Monday 2023-05-01: the Friday reported is in April. */
    static final String PREVIOUS = "Shares in the glass maker closed sharply lower on Friday, down 3 percent from the "
            + "previous Friday.";
    /** Tuesday 2019-01-01, the first day of the year. */
    static final String FOLLOWING = "The union called a strike in November. The following month, the factory closed.";
    /** Friday 2020-05-08. */
    static final String MARKETS = "Grain markets saw an unusually turbulent day yesterday. For the past five trading "
            + "days, the index has fallen. The island entered a recession after three consecutive quarters of decline.";

    static ArticleRecord markets;
    static ArticleRecord previous;
    static ArticleRecord following;
    static ArticleRecord lastWeekdays;
    static ArticleRecord when;
    static ArticleRecord through;
    static ArticleRecord fronted;
    static ArticleRecord merged;
    static ArticleRecord decades;
    static ArticleRecord dayAfter;

    @BeforeAll
    static void extractArticles() {
        merged = extract("narrative-merged", LocalDate.of(2024, 1, 2), MERGED);
        decades = extract("narrative-decades", LocalDate.of(2020, 3, 1), DECADES);
        delay = extract("narrative-delay", LocalDate.of(2022, 12, 31), DELAY);
        asPlanned = extract("narrative-as-planned", LocalDate.of(2023, 1, 2), AS_PLANNED);
        joined = extract("narrative-joined", LocalDate.of(2016, 2, 26), JOINED);
        clock = extract("narrative-clock", LocalDate.of(2019, 3, 1), CLOCK);
        years = extract("narrative-years", LocalDate.of(2012, 1, 31), YEARS);
        markets = extract("narrative-markets", LocalDate.of(2020, 5, 8), MARKETS);
        previous = extract("narrative-previous", LocalDate.of(2023, 5, 1), PREVIOUS);
        following = extract("narrative-following", LocalDate.of(2019, 1, 1), FOLLOWING);
        lastWeekdays = extract("narrative-last-weekdays", LocalDate.of(2024, 2, 29), LAST_WEEKDAYS);
        when = extract("narrative-when", LocalDate.of(2024, 2, 29), WHEN);
        through = extract("narrative-through", LocalDate.of(2023, 10, 31), THROUGH);
        fronted = extract("narrative-fronted", LocalDate.of(2021, 12, 29), FRONTED);
        dayAfter = extract("narrative-day-after", LocalDate.of(2021, 5, 1), DAY_AFTER);
    }

    @Test
    void theArticleDatesAreTheOnesTheTestsAssume() {
        assertThat(merged.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(dayAfter.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void aDurationAndTheWeekdayAfterItAreTwoExpressions() {
        TimeMention decade = times(merged, "decade").get(0);
        assertThat(decade.text()).isEqualTo("over a decade");
        assertThat(decade.type()).isEqualTo(TimeType.DURATION);
        assertThat(decade.value()).isEqualTo("P10Y");
        List<TimeMention> monday = times(merged, "Monday");
        assertThat(monday).extracting(TimeMention::text).containsExactly("Monday");
        assertThat(monday).extracting(TimeMention::value).as("the last day of the year before").containsExactly(
                "2024-01-01");
    }

    @Test
    void thePastDecadeIsTenYearsAndTheLastDecadeTheOneBefore() {
        TimeMention past = times(merged, "past decade").get(0);
        assertThat(past.type()).isEqualTo(TimeType.DURATION);
        assertThat(past.value()).isEqualTo("P10Y");
        TimeMention last = times(decades, "last decade").get(0);
        assertThat(last.type()).isEqualTo(TimeType.DATE);
        assertThat(last.value()).as("the 2010s").isEqualTo("201");
        assertThat(times(decades, "about a decade")).extracting(TimeMention::value).containsExactly("P10Y");
    }

    @Test
    void theDayOfAStoryToldTheDayAfterIsTheNarrativesDay() {
        List<TimeMention> days = times(dayAfter, "day");
        assertThat(days).extracting(TimeMention::text).containsExactly("Friday", "the day", "the same day");
        assertThat(days).extracting(TimeMention::value).containsExactly("2021-04-30", "2021-04-30", "2021-04-30");
    }

    @Test
    void aMonthInAPresentTenseWhenClauseIsAhead() {
        assertThat(times(when, "May")).extracting(TimeMention::value).containsExactly("2024-05");
    }

    @Test
    void aMonthAfterThroughIsTheNearestAndTheDayAPeriodEndedIsPast() {
        assertThat(times(through, "January")).extracting(TimeMention::value).containsExactly("2024-01");
        assertThat(times(through, "Nov. 30")).extracting(TimeMention::value).containsExactly("2022-11-30");
    }

    @Test
    void aWeekdayOpeningASentenceTakesThePlanAfterIt() {
        assertThat(fronted.document().date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(times(fronted, "Friday")).extracting(TimeMention::value).containsExactly("2021-12-31");
    }

    @Test
    void theYearPreviousAndTheEntireYearCountFromTheNarrativesYear() {
        TimeMention previous = times(years, "previous").get(0);
        assertThat(previous.text()).isEqualTo("the year previous");
        assertThat(previous.value()).as("the year before last year").isEqualTo("2010");
        assertThat(times(years, "entire year")).extracting(TimeMention::value).as("the year of its fourth quarter")
                .containsExactly("2010");
    }

    @Test
    void twoAndAHalfYearsIsOneDuration() {
        TimeMention t = times(years, "half").get(0);
        assertThat(t.text()).isEqualTo("almost two and a half years");
        assertThat(t.type()).isEqualTo(TimeType.DURATION);
        assertThat(t.value()).isEqualTo("P2Y6M");
    }

    @Test
    void aClockTimeWithoutADayIsOnTheNarrativesDay() {
        TimeMention t = times(clock, "10:35").get(0);
        assertThat(t.type()).isEqualTo(TimeType.TIME);
        assertThat(t.value()).isEqualTo("2019-02-28T10:35");
    }

    @Test
    void theDateSutimeJoinedToADurationOrAnAppositiveIsItsOwnExpression() {
        assertThat(times(joined, "Friday")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Friday", "2016-02-26"));
        assertThat(times(joined, "four hours")).extracting(TimeMention::value).containsExactly("PT4H");
        assertThat(times(joined, "nine months")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the first nine months", "P9M"));
        assertThat(times(joined, "2015")).extracting(TimeMention::text).containsExactly("2015");
        assertThat(times(joined, "Feb. 3")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Feb. 3", "2016-02-03"));
        assertThat(times(joined, "Thursday")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Thursday morning", "2016-02-25TMO"));
        assertThat(times(joined, "March 7")).extracting(TimeMention::value).as("the ISO week of Monday March 7")
                .containsExactly("2016-W10");
        assertThat(times(joined, "Jan. 14")).extracting(TimeMention::value).containsExactly("2016-01-14");
        assertThat(times(joined, "Wednesday")).extracting(TimeMention::value).containsExactly("2016-02-24");
    }

    @Test
    void aDateAndTheDelayAfterItAreTwoExpressions() {
        assertThat(times(delay, "January")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("January 4", "2023-01-04"));
        TimeMention late = times(delay, "two days").get(0);
        assertThat(late.type()).isEqualTo(TimeType.DURATION);
        assertThat(late.value()).isEqualTo("P2D");
    }

    @Test
    void asPlannedComparesAndPlansNothing() {
        assertThat(times(asPlanned, "Saturday")).extracting(TimeMention::value).containsExactly("2022-12-31TNI");
    }

    @Test
    void lastWeekdayIsTheLatestOneBeforeTheArticlesDay() {
        assertThat(times(lastWeekdays, "Tuesday")).extracting(TimeMention::value).containsExactly("2024-02-27");
        assertThat(times(lastWeekdays, "Thursday")).extracting(TimeMention::value).as("a week back, not the day")
                .containsExactly("2024-02-22");
    }

    @Test
    void thePreviousFridayAndTheFollowingMonthCountFromTheNarrative() {
        assertThat(times(previous, "Friday")).extracting(TimeMention::value).containsExactly("2023-04-28",
                "2023-04-21");
        assertThat(times(following, "November")).extracting(TimeMention::value).containsExactly("2018-11");
        assertThat(times(following, "following month")).extracting(TimeMention::value).containsExactly("2018-12");
    }

    @Test
    void yesterdayAfterADayTradingDaysAndConsecutiveQuartersAreTheirOwn() {
        assertThat(times(markets, "yesterday")).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("yesterday", "2020-05-07"));
        assertThat(times(markets, "trading")).extracting(TimeMention::text, TimeMention::type, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the past five trading days", TimeType.DURATION,
                        "P5D"));
        assertThat(times(markets, "consecutive")).extracting(TimeMention::text, TimeMention::type, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("three consecutive quarters", TimeType.DURATION,
                        "P3Q"));
    }
}
