package org.annals.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Clauses;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.TimexAnnotation;
import org.annals.core.annotate.Token;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;
import org.annals.model.Timex3;

/**
 * Time expressions: the annotator's (SUTime's) mentions, corrected for news narrative.
 *
 * <p>Rules (their ids go into {@code TimeMention.rule}):
 * <ul>
 *   <li>{@code TR-MOD}: a modifier before a duration ("just over a month", "more than two years") joins its span;</li>
 *   <li>{@code TR-ANCHOR}: "a year after that in November" — a month named after an anchored duration takes its
 *       year from the narrative's reference date plus the duration;</li>
 *   <li>{@code TR-NARRATIVE}: a bare month in a past-tense sentence takes the year that the same sentence named
 *       before it ("in 2019 … and in March"); across sentences the evidence was too weak (MEANTIME dev);</li>
 *   <li>{@code TR-MONTH}: a bare month is the nearest such month to the article date, moved a year back in a
 *       past-tense clause and forward in a future one when the parse and the surface agree on the tense;</li>
 *   <li>{@code TR-LASTMONTH}: "last June" is the latest June before the article's month;</li>
 *   <li>{@code TR-MONTHDAY}: "Oct. 23" without a year is the nearest one to the article date;</li>
 *   <li>{@code TR-SEASON}: "the summer" by tense, like a bare month;</li>
 *   <li>{@code TR-WEEKDAY}: a weekday is the one before the article date (or the article's day) unless the clause is
 *       future tense, then the next one; {@code TR-DAYPART}: "Friday night" is one DATE;</li>
 *   <li>{@code TR-QUARTER}: quarters of earnings reports ({@link Quarters}); {@code TR-FIND}: quarter and period
 *       expressions SUTime misses ({@link MissedTimes});</li>
 *   <li>{@code TR-FISCAL}: "the year ended June 30" is a P1Y duration; {@code TR-REF}: "recent years", "the
 *       coming months" are PAST_REF / FUTURE_REF; {@code TR-GRAIN}: "two years ago" names a year;</li>
 *   <li>{@code TR-FILL}: words SUTime left without a value ("this year", "fiscal 1989", "more than four hours");</li>
 *   <li>{@code TR-DROP}: what TimeML does not mark: ages ("a 6-year-old"), "previously", "annual", adjectival
 *       "future";</li>
 *   <li>{@code TR-RANGE}: SUTime's ranges become PAST_REF / FUTURE_REF or a year;</li>
 *   <li>a plan in the clause ("planned to leave", "set to resume", "as soon as", "until", "effective") puts a
 *       weekday, a bare month or a far month-day ahead; a possessive weekday ("Monday's storm") is past;
 *       {@code TR-WEEKEND}: "over the weekend" by tense; {@code TR-THATYEAR} / {@code TR-FOLLOWING}: "later that
 *       year", "the following year" from the narrative's last date; {@code TR-CLOCKDAY}: "9 a.m. Tuesday" is one
 *       TIME; {@code TR-ZONE}: clock times without SUTime's offsets; {@code TR-SET}: "Tuesdays", "every Monday";</li>
 *   <li>{@code TR-FISCAL} also joins "fiscal" to its year ("fiscal 1989"); {@code TR-FIND} also finds ordinal
 *       quarters SUTime misses ("fourth-quarter charge", "the fourth quarter of 2005"), "mid-1996", "mid-November",
 *       capitalised weekdays and "fiscal 1989" SUTime left alone, splits SUTime's hour-long ranges ("from Aug. 26 to
 *       Oct. 20") into their two end dates, and joins "the quarter a year ago", "the corresponding period last year";
 *       {@code TR-QUARTER} also reads "the quarter ended July 31" (the quarter that day ends), and a quarter ahead
 *       or the year-before comparison is no new narrative quarter;</li>
 *   <li>{@code TR-LATER}: "three days later" is the duration "three days" (TimeML's signal "later" left out) unless
 *       TR-ANCHOR dated it; {@code TR-HOLIDAY}: holidays by tense ({@link Holidays}); {@code TR-GRAIN} also: "several
 *       years ago" is PAST_REF, "the past year" the year before; TR-MONTH also puts a month ahead in a to-infinitive
 *       clause ("agreed to buy it in February"); TR-WEEKDAY: a weekday before a past-tense verb is past ("the court
 *       Thursday refused"), a plan overtaken ("had been due to expire Friday") looks back; TR-DROP also: shares
 *       ("three-quarters of its food"), a lone "past", lowercase "march"/"may", a discourse "Now,". {@code TR-UNIT}: durations and sets counted in quarters take TimeML's unit ("the past two
 *       quarters" P2Q), not SUTime's months; decades stay in years ("about a decade" P10Y: TBAQ and MEANTIME
 *       write P10Y, P20Y, PXY four times for each P1E); {@code TR-DECADE}: "over the past decade" is P10Y, "the
 *       last decade" as a date the decade before the article's.</li>
 *   <li>{@code TR-HALF}: "the first half of 2019", "the last two quarters of next year" are half-years (2019-H1);
 *       {@code TR-FRACTION}: "2 1/2 years", "an hour and a half" are one duration (P2Y6M, PT1H30M); TR-WEEKDAY
 *       also: a weekday after a scheduling present-tense verb ("the ministers meet Monday") is the coming one;
 *       {@code TR-THATDAY}: "later that day", "that same day" are the DATE of the day last named.</li>
 *   <li>TR-THATDAY also: "the day" / "the same day" of a story told the day after ("to end the day at 4,100" after
 *       "on Friday") is the narrative's last day within three sentences; {@code TR-CLOCK}: so is a clock time without
 *       a day ("at about 10:35 a.m."); {@code TR-LASTWEEKDAY}: "last Wednesday" is the latest one before the article's
 *       day; TR-FOLLOWING also: "the following month" without a dated year, "the previous Friday" from the Friday last
 *       named, "the year previous" the year before the one last named; TR-THATYEAR also: "the entire year" is the
 *       narrative's year; TR-MONTH also: a month after "through" is the nearest, one in a present-tense
 *       "when"/"if"/"once" clause is ahead; TR-MONTHDAY: the day a period "ended" is not after the article; TR-WEEKDAY
 *       also: a sentence-opening weekday takes the plan after it, "as planned" plans nothing; TR-FIND also splits
 *       SUTime's value-less joins ({@link MissedTimes#split}).</li>
 * </ul>
 * Stateless and thread-safe: nothing is kept between documents. SUTime is not (CoreNLP issue #1061: its past or
 * future reading of "Monday" or "March" sticks to shared constants and carries over to the next document), so every
 * value that depends on that reading (weekdays, months, month-days, seasons) is recomputed here from the article
 * date and the clause, never taken from SUTime.
 */
public final class TimeResolver {
    private static final Set<String> MODIFIERS = Set.of("just over", "more than", "over", "about", "nearly", "almost",
            "some", "less than", "at least", "around", "roughly", "barely", "just under", "under");
    /** TR-DROP: SUTime marks these; TimeML (TBAQ) almost never does. */
    private static final Set<String> NOT_TIMEX = Set.of("previously", "once", "quarterly", "annual", "ended",
            "present", "morning", "night", "to", "from", "time", "the time", "at the time", "former", "formerly",
            "past");
    /** TR-DROP: an age ("a 6-year-old", "52 years old") is no time expression in TimeML. */
    private static final Pattern AGE = Pattern.compile(".*\\b[\\w-]+[- ]years?[- ]old\\b.*|.*-year-old.*");
    /** "three-quarters", "about two-thirds": a share when "of" and no time unit follow. */
    private static final Pattern FRACTION = Pattern.compile(
            "((about|nearly|almost|some|roughly|more than|less than)\\s+)?(one|two|three)[- ](quarters?|thirds?)");
    private static final Pattern LAST_MONTH = Pattern.compile("last\\s+[a-z]+\\.?");
    private static final Pattern VAGUE_PERIOD = Pattern.compile(
            "(in\\s+)?(the\\s+)?(recent|coming|past)\\s+(days|weeks|months|years|decades)");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Pattern YEAR_ENDED = Pattern.compile("(the\\s+)?(fiscal\\s+)?year");
    private static final Set<String> RELATIVE_WORDS = Set.of("after", "later", "before", "earlier");
    private static final Pattern HAS_YEAR = Pattern.compile(".*\\b\\d{4}\\b.*");
    private static final Pattern AGO = Pattern.compile(
            ".*\\b(years?|months?|weeks?|decades?)\\s+(ago|earlier|later|before|after)$");
    private static final Pattern LATER = Pattern.compile("(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|\\d+|a few|several|some|a couple of)\\s+(minute|hour|day|week|month|year)(s)?\\s+(later|earlier)");
    private static final Pattern VAGUE_AGO = Pattern.compile(
            "(some\\s+|about\\s+)?(several|a\\s+few|few|some|many|a\\s+couple\\s+of|a\\s+number\\s+of)\\s+"
                    + "(days|weeks|months|years|decades)\\s+ago");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** A duration anchored on the narrative: "a year after that". */
    public record Anchor(int sentence, int tokenEnd, String duration, int sign) {
    }

    public Timeline resolve(AnnotatedDocument doc) {
        String body = doc.text();
        LocalDate dct = doc.document().date();
        List<ResolvedTime> out = new ArrayList<>();
        Optional<Integer> narrativeYear = Optional.empty();
        Optional<LocalDate> narrativeRef = Optional.empty();
        Optional<String> narrativeValue = Optional.empty();
        int narrativeSentence = -10;
        Optional<String> narrativeQuarter = Optional.empty();
        int narrativeQuarterSentence = -10;
        LocalDate anchoredDate = null;
        int anchoredSentence = -1;
        int anchoredTokenEnd = -1;
        for (TimexAnnotation tx : MissedTimes.withMissed(doc)) {
            Sentence s = doc.sentences().get(tx.sentence());
            int start = tx.start();
            int tokenBegin = tx.tokenBegin();
            String value = tx.value();
            String rule = doc.timexes().contains(tx) ? "TR-SUTIME" : "TR-FIND";
            TimeType type = type(tx.type());
            String lower = tx.text().toLowerCase(Locale.ROOT);
            if (lower.matches("(this\\s+|the\\s+)?(march|may)") && !tx.text().matches("(?:[Tt]his\\s+|[Tt]he\\s+)?(March|May)")
                    || tx.text().equals("Now") && tx.tokenBegin() == 0 && s.size() > 1 && s.token(1).word().equals(",")) {
                continue; // TR-DROP: "the march" is a walk, "may" a verb; "Now, ..." opens an argument, not a time
            }
            if (NOT_TIMEX.contains(lower) || AGE.matcher(lower).matches() || tx.text().equals("Day") || lower.equals("future") && tx.tokenEnd() < s.size()
                    && s.token(tx.tokenEnd()).pos().startsWith("NN")) {
                continue; // TR-DROP: words SUTime marks that TimeML does not ("previously", "annual", "future plans",
                // "Day" of a holiday's name)
            }

            if (value.isEmpty() && weekdayOf(lower).isPresent() && lower.matches("(on\\s+|early\\s+|late\\s+)?[a-z]+")) {
                value = dct.toString(); // TR-FILL: SUTime sometimes leaves "Sunday" without a value; TR-WEEKDAY dates it
                type = TimeType.DATE;
                rule = "TR-FILL";
            } else if (value.isEmpty() && isBareMonth(lower)) {
                value = YearMonth.from(dct).toString(); // "mid-November" without a value: TR-MONTH dates it
                type = TimeType.DATE;
                rule = "TR-FILL";
            }
            int end = tx.end();
            int tokenEnd = tx.tokenEnd();
            if (weekdayOf(lower).isPresent() && lower.matches("[a-z]+") && tx.tokenEnd() < s.size()
                    && PARTS_OF_DAY.contains(s.token(tx.tokenEnd()).word().toLowerCase(Locale.ROOT))
                    && value.matches("\\d{4}-\\d{2}-\\d{2}(T[A-Z]{2})?")) {
                // TR-DAYPART: "Friday night" is one expression, a DATE in TimeML (SUTime marks only "Friday")
                String part = s.token(tx.tokenEnd()).word().toLowerCase(Locale.ROOT);
                end = s.token(tx.tokenEnd()).end();
                tokenEnd++;
                if (value.length() == 10) {
                    value = value + "T" + switch (part) {
                        case "morning" -> "MO";
                        case "afternoon" -> "AF";
                        case "evening" -> "EV";
                        default -> "NI";
                    };
                }
                type = TimeType.DATE;
                lower = body.substring(start, end).toLowerCase(Locale.ROOT);
                rule = "TR-DAYPART";
            } else if (type == TimeType.TIME && lower.indexOf(' ') > 0
                    && weekdayOf(lower.substring(0, lower.indexOf(' '))).isPresent()
                    && PARTS_OF_DAY.contains(lower.substring(lower.lastIndexOf(' ') + 1))) {
                // TR-DAYPART, when SUTime already took "Friday night" whole (it does or not depending on its
                // state from earlier documents, CoreNLP #1061): still a DATE, not a TIME
                type = TimeType.DATE;
                rule = "TR-DAYPART";
            }
            if (YEAR_ENDED.matcher(lower).matches() && tx.tokenEnd() < s.size()
                    && s.token(tx.tokenEnd()).word().toLowerCase(Locale.ROOT).matches("ended|ending")) {
                // TR-FISCAL: "the year ended Sept. 30" is a year-long period, not the calendar year
                type = TimeType.DURATION;
                value = "P1Y";
                rule = "TR-FISCAL";
            }
            if (lower.contains("quarter") && tokenBegin >= 3 && s.token(tokenBegin - 2).word().equals("-")
                    && s.token(tokenBegin - 3).word().equalsIgnoreCase("year")
                    && s.token(tokenBegin - 1).word().toLowerCase(Locale.ROOT).matches("ago|earlier")) {
                // "the year-ago third quarter": SUTime marks only "third quarter"
                tokenBegin -= 3;
                if (tokenBegin > 0 && s.token(tokenBegin - 1).word().equalsIgnoreCase("the")) {
                    tokenBegin--;
                }
                start = s.token(tokenBegin).start();
                lower = body.substring(start, end).toLowerCase(Locale.ROOT);
            }
            if (lower.matches("(1[89]|20)\\d\\d") && tokenBegin > 0
                    && s.token(tokenBegin - 1).word().equalsIgnoreCase("fiscal")) {
                // TR-FISCAL: "fiscal 1989" is one expression, the year that the company calls 1989
                tokenBegin--;
                start = s.token(tokenBegin).start();
                lower = body.substring(start, end).toLowerCase(Locale.ROOT);
                rule = "TR-FISCAL";
            }
            if (FRACTION.matcher(lower).matches() && tx.tokenEnd() + 1 < s.size()
                    && s.token(tx.tokenEnd()).word().equalsIgnoreCase("of")
                    && !s.token(tx.tokenEnd() + 1).word().toLowerCase(Locale.ROOT).matches("a|an")) {
                continue; // TR-DROP: "three-quarters of its food" is a share, not nine months
            }
            if (type == TimeType.DURATION) {
                // TR-FRACTION: "2 1/2 years" (SUTime marks only "years", PXY) and "an hour and a half" (SUTime: "an
                // hour") are one duration of a whole and a half unit: P2Y6M, PT1H30M
                Matcher bare = BARE_UNIT.matcher(lower);
                Matcher counted = COUNTED_UNIT.matcher(lower);
                String whole = null;
                String unit = null;
                if (bare.matches() && tokenBegin > 0) {
                    Matcher mixed = MIXED_NUMBER.matcher(s.token(tokenBegin - 1).word());
                    if (mixed.matches()) {
                        whole = mixed.group(1);
                        tokenBegin--;
                    } else if (tokenBegin > 1 && s.token(tokenBegin - 1).word().matches("1/2|\u00BD")
                            && s.token(tokenBegin - 2).word().matches("\\d{1,3}")) {
                        whole = s.token(tokenBegin - 2).word();
                        tokenBegin -= 2;
                    } else if (tokenBegin > 3 && words(s, tokenBegin - 3, tokenBegin).equals("and a half")
                            && COUNT.matcher(s.token(tokenBegin - 4).word().toLowerCase(Locale.ROOT)).matches()) {
                        // "two and a half years": SUTime marks "years" alone (PXY)
                        String n = s.token(tokenBegin - 4).word().toLowerCase(Locale.ROOT);
                        whole = n.matches("\\d+") ? n : Integer.toString(NUMBERS.indexOf(n));
                        tokenBegin -= 4;
                    }
                    unit = bare.group(1);
                } else if (counted.matches() && tokenEnd + 2 < s.size()
                        && words(s, tokenEnd, tokenEnd + 3).equalsIgnoreCase("and a half")) {
                    String n = counted.group(1);
                    whole = n.matches("\\d+") ? n : n.matches("an?") ? "1" : Integer.toString(NUMBERS.indexOf(n));
                    unit = counted.group(2);
                    tokenEnd += 3;
                    end = s.token(tokenEnd - 1).end();
                }
                if (whole != null) {
                    start = s.token(tokenBegin).start();
                    lower = body.substring(start, end).toLowerCase(Locale.ROOT);
                    value = switch (unit) {
                        case "year" -> "P" + whole + "Y6M";
                        case "month" -> "P" + whole + ".5M";
                        case "week" -> "P" + whole + ".5W";
                        case "day" -> "P" + whole + "DT12H";
                        case "hour" -> "PT" + whole + "H30M";
                        default -> "PT" + whole + "M30S";
                    };
                    rule = "TR-FRACTION";
                }
                // TR-MOD: "just over a month"
                for (int k = 2; k >= 1; k--) {
                    if (tokenBegin - k >= 0) {
                        String mod = words(s, tokenBegin - k, tokenBegin);
                        if (MODIFIERS.contains(mod)) {
                            start = s.token(tokenBegin - k).start();
                            tokenBegin -= k;
                            rule = "TR-MOD";
                            break;
                        }
                    }
                }
            }
            Optional<Anchor> anchor = anchorBefore(doc, tx);
            Optional<TimeValues.Amount> later = type == TimeType.DATE ? relativeAmount(lower) : Optional.empty();
            boolean quarterContext = narrativeQuarter.isPresent() && tx.sentence() - narrativeQuarterSentence <= 3;
            Optional<String> quarter = Quarters.mentions(lower) && type != TimeType.SET
                    && (lower.contains("quarter") || lower.contains("period") || quarterContext)
                    ? Quarters.value(lower, dct, quarterContext || lower.contains("quarter") || lower.contains("period")
                            ? narrativeQuarter : Optional.empty(),
                            tense(s, tx.tokenBegin()) != Clauses.Tense.PAST)
                    : Optional.empty();
            Optional<String> ended = Quarters.ended(lower, s, tokenEnd, dct);
            if (ended.isPresent() && !quarterContext) {
                // TR-QUARTER: "the quarter ended July 31" is the quarter that day ends, unless the report just named
                // its quarter (a fiscal "first quarter ended Sept. 29" keeps its number)
                quarter = ended;
            }
            Optional<String> half = half(lower, dct);
            if (half.isPresent()) {
                // TR-HALF: "the second half of 2019", "the first two quarters of next year" are TimeML's half-years
                if (!half.get().equals(value) || type != TimeType.DATE) {
                    rule = "TR-HALF";
                }
                value = half.get();
                type = TimeType.DATE;
            } else if (quarter.isPresent()) {
                // TR-QUARTER: the quarter of an earnings report (see Quarters)
                if (!quarter.get().equals(value) || type != TimeType.DATE) {
                    rule = "TR-QUARTER";
                }
                value = quarter.get();
                type = TimeType.DATE;
            } else if (LAST_MONTH.matcher(lower).matches() && month(lower) != null) {
                // TR-LASTMONTH: "last June" is the latest June before the article's month (SUTime: always the
                // year before, wrong for "last June" in an October article)
                YearMonth ym = YearMonth.of(dct.getYear(), month(lower));
                if (!ym.isBefore(YearMonth.from(dct))) {
                    ym = ym.minusYears(1);
                }
                if (!ym.toString().equals(value)) {
                    rule = "TR-LASTMONTH";
                }
                value = ym.toString();
                type = TimeType.DATE;
            } else if (LAST_WEEKDAY.matcher(lower).matches() && DAY_VALUE.matcher(value).matches()) {
                // TR-LASTWEEKDAY: "last Wednesday" is the latest Wednesday before the article's day (TBAQ, all seven:
                // on a Monday, the Wednesday five days back; on a Wednesday, a week back); SUTime's reading depends
                // on the documents before (#1061) and sometimes takes the week before. "the day before last
                // Tuesday" counts from it
                Matcher lw = LAST_WEEKDAY.matcher(lower);
                lw.matches();
                LocalDate d = dct.with(java.time.temporal.TemporalAdjusters.previous(
                        java.time.DayOfWeek.valueOf(lw.group(3).toUpperCase(Locale.ROOT))));
                if (lw.group(2) != null) {
                    d = d.plusDays(lw.group(2).equals("before") ? -1 : 1);
                }
                String v = d + value.substring(10);
                if (!v.equals(value) || recomputed(rule)) {
                    rule = "TR-LASTWEEKDAY";
                }
                value = v;
            } else if (VAGUE_PERIOD.matcher(lower).matches()) {
                // TR-REF: "recent years", "in the coming months" are TimeML's PAST_REF / FUTURE_REF dates
                String v = lower.contains("recent") || lower.contains("past") ? "PAST_REF" : "FUTURE_REF";
                if (!v.equals(value) || type != TimeType.DATE) {
                    rule = "TR-REF";
                }
                value = v;
                type = TimeType.DATE;
            } else if (later.isPresent() && narrativeRef.isPresent()
                    && !(tokenEnd < s.size() && s.token(tokenEnd).word().equalsIgnoreCase("than"))) {
                // (not "three days later than planned": a delay, counted from no date of the narrative)
                // TR-ANCHOR: "eight months later" counts from the narrative's last date, not from the article's
                int sign = lower.endsWith("later") ? 1 : -1;
                LocalDate d = later.get().addTo(narrativeRef.get(), sign);
                value = switch (later.get().unit()) {
                    case 'Y' -> Integer.toString(d.getYear());
                    case 'M' -> YearMonth.from(d).toString();
                    default -> d.toString();
                };
                rule = "TR-ANCHOR";
                anchoredDate = d;
                anchoredSentence = tx.sentence();
                anchoredTokenEnd = tx.tokenEnd();
            } else if (type == TimeType.DATE && isBareMonth(lower) && anchoredSentence == tx.sentence()
                    && tx.tokenBegin() - anchoredTokenEnd <= 4 && tx.tokenBegin() >= anchoredTokenEnd) {
                // "eight months later, in February": the month of the anchored year
                value = YearMonth.of(anchoredDate.getYear(), month(lower)).toString();
                rule = "TR-ANCHOR";
            } else if (type == TimeType.DATE && isBareMonth(lower) && anchor.isPresent() && narrativeRef.isPresent()) {
                Optional<TimeValues.Amount> amt = TimeValues.amount(anchor.get().duration());
                Month month = month(lower);
                if (amt.isPresent() && month != null) {
                    int year = amt.get().addTo(narrativeRef.get(), anchor.get().sign()).getYear();
                    value = YearMonth.of(year, month).toString();
                    rule = "TR-ANCHOR";
                }
            } else if (type == TimeType.DATE && isBareMonth(lower) && narrativeYear.isPresent()
                    && tx.sentence() == narrativeSentence && isPast(s, tx.tokenBegin())) {
                Month month = month(lower);
                if (month != null && narrativeYear.get() != dct.getYear()) {
                    value = YearMonth.of(narrativeYear.get(), month).toString();
                    rule = "TR-NARRATIVE";
                }
            } else if (type == TimeType.DATE && isBareMonth(lower) && value.matches("\\d{4}-\\d{2}")
                    && !lower.matches("(last|next|this)\\b.*")) {
                // TR-MONTH: news reports what has happened, so a bare month is the latest one up to the article's
                // month unless the clause looks ahead (future tense, a plan, "until"/"by"), then the next one from it;
                // recomputed always (SUTime's reading leaks between documents)
                YearMonth now = YearMonth.from(dct);
                YearMonth ym = YearMonth.of(dct.getYear(), month(lower));
                if (through(s, tx.tokenBegin())) {
                    // "loans through January", "the nine months through September": the end of a stretch, the
                    // nearest such month either way
                    if (ym.isAfter(now.plusMonths(6))) {
                        ym = ym.minusYears(1);
                    } else if (ym.isBefore(now.minusMonths(5))) {
                        ym = ym.plusYears(1);
                    }
                } else if (ahead(s, tx.tokenBegin()) || toDo(s, tx.tokenBegin())) {
                    if (ym.isBefore(now)) {
                        ym = ym.plusYears(1);
                    }
                } else if (ym.isAfter(now)) {
                    ym = ym.minusYears(1);
                }
                if (!ym.toString().equals(value) || recomputed(rule)) {
                    rule = "TR-MONTH";
                }
                value = ym.toString();
            } else if (type == TimeType.DATE && WEEKEND.matcher(lower).matches() && value.matches("\\d{4}-W\\d{2}-WE")) {
                // TR-WEEKEND: "over the weekend" in a past-tense clause is the weekend just over (SUTime: always the
                // weekend of the article's ISO week, ahead of a Monday article), in a future one the next
                LocalDate saturday = dct.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.SATURDAY));
                boolean weekend = dct.getDayOfWeek().getValue() >= 6;
                Clauses.Tense tense = lower.startsWith("this") ? Clauses.Tense.PRESENT : tense(s, tx.tokenBegin());
                LocalDate d = tense == Clauses.Tense.PAST ? saturday
                        : tense == Clauses.Tense.FUTURE ? (weekend ? saturday.plusWeeks(1) : saturday.plusWeeks(1))
                        : weekend ? saturday : saturday.plusWeeks(1);
                String v = String.format(Locale.ROOT, "%d-W%02d-WE", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                if (!v.equals(value)) {
                    rule = "TR-WEEKEND";
                }
                value = v;
            } else if ((type == TimeType.DATE || type == TimeType.TIME) && weekdayOf(lower).isPresent()
                    && DAY_VALUE.matcher(value).matches()) {
                // TR-WEEKDAY: news reports what happened; a weekday is the last one unless the clause is future.
                // Recomputed always, never SUTime's: its past/future reading leaks between documents (#1061)
                Clauses.Tense tense = tense(s, tx.tokenBegin());
                java.time.DayOfWeek dow = weekdayOf(lower).get();
                // "the court Thursday refused": a weekday just before a past-tense verb is past whatever the
                // sentence's main clause says ("will stay even after the court Thursday refused")
                boolean possessive = tokenEnd < s.size() && (s.token(tokenEnd).word().equals("'s")
                        || s.token(tokenEnd).pos().equals("VBD"));
                boolean future = !possessive && tense == Clauses.Tense.FUTURE;
                boolean plan = !possessive && !future && (planned(s, tx.tokenBegin())
                        || until(s, tx.tokenBegin()) && !pluperfect(s)
                        || tense != Clauses.Tense.PAST && scheduled(s, tx.tokenBegin())
                        || frontedPlan(s, tx.tokenBegin(), tokenEnd));
                // a plan for the article's own weekday ("set to land on Monday" in a Monday article) is that day
                LocalDate d = future ? dct.with(java.time.temporal.TemporalAdjusters.next(dow))
                        : plan ? dct.with(java.time.temporal.TemporalAdjusters.nextOrSame(dow))
                        : dct.with(java.time.temporal.TemporalAdjusters.previousOrSame(dow));
                String v = d + value.substring(10);
                if (!v.equals(value) || recomputed(rule)) {
                    rule = "TR-WEEKDAY";
                }
                value = v;
            } else if ((type == TimeType.DATE || type == TimeType.TIME) && MONTH_DAY.matcher(lower).matches()
                    && DAY_VALUE.matcher(value).matches()) {
                if (type == TimeType.TIME) {
                    // "16:15 UTC, June 1st": SUTime gives the month-day the clock time before it; the words name a day
                    type = TimeType.DATE;
                    value = value.substring(0, 10);
                }
                // TR-MONTHDAY: "Oct. 23" without a year is the nearest one to the article date (94 % of TBAQ and
                // MEANTIME; the tense of the clause did worse: reported plans sit in past-tense clauses)
                LocalDate given = LocalDate.parse(value.substring(0, 10));
                LocalDate d = nearestYear(given, dct, Clauses.Tense.PRESENT);
                if (d.isAfter(dct.plusDays(FAR_AHEAD_DAYS)) && !ahead(s, tx.tokenBegin())
                        || d.isAfter(dct) && tokenBegin > 0 && s.token(tokenBegin - 1).word().equalsIgnoreCase("ended")) {
                    // ... but a date months ahead in a clause that does not look ahead is the one before, and so is
                    // the day a period "ended" (the quarter ended Oct. 31, in an article of Oct. 27)
                    d = nearestYear(given, dct, Clauses.Tense.PAST);
                }
                String v = d + value.substring(10);
                if (!v.equals(value) || recomputed(rule)) {
                    rule = "TR-MONTHDAY";
                }
                value = v;
            } else if (type == TimeType.DATE && SEASON_ONLY.matcher(lower).matches() && value.matches("\\d{4}-(SP|SU|FA|WI)")) {
                // TR-SEASON: "the summer", "this fall": by tense, like a bare month
                String season = value.substring(5);
                int startMonth = switch (season) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
                int year = dct.getYear();
                Clauses.Tense tense = lower.startsWith("this") ? Clauses.Tense.PRESENT : tense(s, tx.tokenBegin());
                YearMonth first = YearMonth.of(year, startMonth);
                if (tense == Clauses.Tense.PAST && first.isAfter(YearMonth.from(dct))) {
                    year--;
                } else if (tense == Clauses.Tense.FUTURE && first.plusMonths(2).isBefore(YearMonth.from(dct))) {
                    year++;
                }
                String v = year + "-" + season;
                if (!v.equals(value) || recomputed(rule)) {
                    rule = "TR-SEASON";
                }
                value = v;
            } else if (type == TimeType.DATE && DECADE_SPAN.matcher(lower).matches()) {
                // TR-DECADE: "over the past decade" is the ten years up to the article (TBAQ and MEANTIME: P10Y), and
                // "the last decade" as a date is the decade before the article's; SUTime gives the article's decade
                // for both
                boolean span = lower.contains("past") || tokenBegin > 0 && s.token(tokenBegin - 1).word()
                        .toLowerCase(Locale.ROOT).matches("over|for|during|throughout");
                String v = span ? "P10Y" : Integer.toString(dct.getYear() / 10 - 1);
                if (span) {
                    type = TimeType.DURATION;
                }
                if (!v.equals(value)) {
                    rule = "TR-DECADE";
                }
                value = v;
            } else if (type == TimeType.DATE && lower.matches("(over\\s+|in\\s+|during\\s+)?the\\s+(past|last)\\s+year")
                    && value.matches("\\d{4}")) {
                // TR-GRAIN: "the past year" as a date is the year before the article's (SUTime: the article's)
                String v = Integer.toString(dct.getYear() - 1);
                if (!v.equals(value)) {
                    rule = "TR-GRAIN";
                }
                value = v;
            } else if (type == TimeType.DATE && VAGUE_AGO.matcher(lower).matches()) {
                // TR-GRAIN: "several years ago", "a few months ago" name no amount: a past reference
                if (!value.equals("PAST_REF")) {
                    rule = "TR-GRAIN";
                }
                value = "PAST_REF";
            } else if (type == TimeType.DATE && AGO.matcher(lower).matches()
                    && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                // TR-GRAIN: "two years ago" names a year, not the day two years before the article
                String unit = AGO.matcher(lower).replaceFirst("$1");
                LocalDate d = LocalDate.parse(value);
                String coarse = unit.startsWith("year") || unit.startsWith("decade") ? Integer.toString(d.getYear())
                        : unit.startsWith("month") ? YearMonth.from(d).toString()
                        : unit.startsWith("week") ? d.getYear() + "-W" + String.format("%02d",
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : value;
                if (!coarse.equals(value)) {
                    value = coarse;
                    rule = "TR-GRAIN";
                }
            }
            Optional<String> holiday = Holidays.name(lower);
            boolean modifier = tokenEnd < s.size() && s.token(tokenEnd).pos().startsWith("NN")
                    && !s.token(tokenEnd).word().matches("Day|Eve");
            if (holiday.isPresent() && DAY_VALUE.matcher(value).matches() && type == TimeType.DATE && !modifier) {
                // ("Easter week", "Christmas shopping": the holiday names a stretch around it, left to SUTime)
                // TR-HOLIDAY: "was found on Thanksgiving Day" is the last one, not this year's still ahead (SUTime);
                // by the tense like a weekday: ahead in a future or planned clause, else the latest up to the article
                if (tokenEnd < s.size() && s.token(tokenEnd).word().matches("Day|Eve")
                        && !lower.endsWith(" day") && !lower.endsWith(" eve")) {
                    end = s.token(tokenEnd).end(); // "Thanksgiving Day" is one expression (SUTime: "Thanksgiving")
                    tokenEnd++;
                }
                boolean ahead = ahead(s, tx.tokenBegin());
                Clauses.Tense tense = tense(s, tx.tokenBegin());
                Optional<LocalDate> d = Holidays.resolve(holiday.get(), dct, ahead ? 1 : tense == Clauses.Tense.PAST
                        ? -1 : 0);
                if (d.isPresent()) {
                    String v = d.get().toString();
                    if (!v.equals(value) || end != tx.end()) {
                        rule = "TR-HOLIDAY";
                    }
                    value = v;
                }
            }
            java.util.regex.Matcher rel = LATER.matcher(lower);
            if (type == TimeType.DATE && rel.matches() && tokenEnd - tx.tokenBegin() >= 3 && !rule.equals("TR-ANCHOR")
                    && !(rel.group(2).equals("year") && rel.group(4).equals("earlier"))) {
                // TR-LATER: in "three days later" TimeML marks the duration, "later" is its signal; "a year earlier"
                // stays a date (the year-before figures of a report), and so does a date TR-ANCHOR counted from the
                // narrative (the events of its clause are dated by it)
                String n = rel.group(1);
                String count = n.matches("a few|several|some|a couple of") ? "X" : n.equals("a") || n.equals("an")
                        ? "1" : n.chars().allMatch(Character::isDigit) ? n : Integer.toString(NUMBERS.indexOf(n));
                String unit = rel.group(2);
                type = TimeType.DURATION;
                value = switch (unit) {
                    case "minute" -> "PT" + count + "M";
                    case "hour" -> "PT" + count + "H";
                    default -> "P" + count + Character.toUpperCase(unit.charAt(0));
                };
                tokenEnd--;
                end = s.token(tokenEnd - 1).end();
                rule = "TR-LATER";
            }
            if (type == TimeType.DURATION || type == TimeType.SET) {
                // TR-UNIT: TimeML counts quarters in their own unit ("the past two quarters" P2Q, "every quarter"
                // P1Q); SUTime converts them to months (P6M). Decades stay in years, as the annotated news writes them
                String v = timemlUnit(lower, value);
                if (!v.equals(value)) {
                    value = v;
                    rule = "TR-UNIT";
                }
            }
            if (value.matches("\\d{3}X")) {
                value = value.substring(0, 3); // decades are written 197 in TIMEX3 (SUTime writes 197X)
            } else if (value.matches("\\d{2}XX")) {
                value = value.substring(0, 2); // centuries: 19
            }
            java.util.regex.Matcher every = EVERY_WEEKDAY.matcher(lower);
            if (every.matches() && (every.group(1) != null || every.group(3) != null || every.group(5) != null)) {
                // TR-SET: "Tuesdays", "every Monday", "Tuesday nights" recur: SET XXXX-WXX-2
                int dow = java.time.DayOfWeek.valueOf(every.group(2).toUpperCase(Locale.ROOT)).getValue();
                type = TimeType.SET;
                value = "XXXX-WXX-" + dow; // the part of the day has no place in a week-day value (Timex3)
                rule = "TR-SET";
            }
            java.util.regex.Matcher following = FOLLOWING.matcher(lower);
            if (type == TimeType.DATE && following.matches()) {
                // TR-FOLLOWING: "the following year" / "the previous month" count from the narrative's last date
                // ("On May 22, 1995, ... the following year" is 1996), not from the article's; without a date with
                // its year, from the last date fine enough for the unit ("in March ... The following month" is
                // April, "on Monday ... the next day" Tuesday)
                int sign = following.group(1).equals("previous") || following.group(1).equals("preceding") ? -1 : 1;
                Optional<String> v = narrativeValue.flatMap(n -> TimeValues.shift(n, following.group(2), sign));
                if (v.isEmpty()) {
                    v = lastDate(out, tx.sentence() - NARRATIVE_DAY_SENTENCES)
                            .flatMap(n -> TimeValues.shift(n, following.group(2), sign));
                }
                if (v.isPresent()) {
                    value = v.get();
                    rule = "TR-FOLLOWING";
                }
            }
            Matcher previousDay = PREVIOUS_WEEKDAY.matcher(lower);
            if (type == TimeType.DATE && previousDay.matches() && DAY_VALUE.matcher(value).matches()) {
                // TR-FOLLOWING: "down 4.5% from the previous Friday" in the report of a Friday: the one before the
                // Friday the text last named (else before its last day), not before the article's (SUTime)
                java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(previousDay.group(2).toUpperCase(Locale.ROOT));
                LocalDate from = lastDay(out).map(LocalDate::parse).orElse(dct);
                for (int i = out.size() - 1; i >= 0; i--) {
                    String v = out.get(i).mention().value();
                    if (DAY_VALUE.matcher(v).matches() && LocalDate.parse(v.substring(0, 10)).getDayOfWeek() == dow) {
                        from = LocalDate.parse(v.substring(0, 10));
                        break;
                    }
                }
                LocalDate d = from.with(previousDay.group(1).equals("following") || previousDay.group(1).equals("next")
                        ? java.time.temporal.TemporalAdjusters.next(dow) : java.time.temporal.TemporalAdjusters.previous(dow));
                String v = d + value.substring(10);
                if (!v.equals(value)) {
                    rule = "TR-FOLLOWING";
                }
                value = v;
            }
            if (type == TimeType.SET && value.matches("\\d{2,3}")) {
                type = TimeType.DATE; // "the 1990s" is a DATE (SUTime: a SET)
            }
            if (type == TimeType.DURATION && lower.equals("year") && tokenBegin > 0 && narrativeYear.isPresent()
                    && s.token(tokenBegin - 1).word().equalsIgnoreCase("that")) {
                // TR-THATYEAR: "later that year" names the narrative's year, not a year-long duration
                tokenBegin--;
                if (tokenBegin > 0 && RELATIVE_WORDS.contains(s.token(tokenBegin - 1).word().toLowerCase(Locale.ROOT))) {
                    tokenBegin--;
                }
                start = s.token(tokenBegin).start();
                type = TimeType.DATE;
                value = Integer.toString(narrativeYear.get());
                rule = "TR-THATYEAR";
            }
            Optional<String> lastDay = lastDay(out);
            if (type == TimeType.DURATION && lower.equals("day") && tokenBegin > 0 && lastDay.isPresent()
                    && !(tokenEnd < s.size() && s.token(tokenEnd).pos().equals("CD"))) { // not "day one"
                // TR-THATDAY: "that day", "that same day", "later that day" name the day the text last gave (a
                // DATE anchored to it), not a day-long duration
                int b = tokenBegin;
                if (s.token(b - 1).word().equalsIgnoreCase("same") && b > 1) {
                    b--;
                }
                if (s.token(b - 1).word().equalsIgnoreCase("that")) {
                    b--;
                    if (b > 0 && RELATIVE_WORDS.contains(s.token(b - 1).word().toLowerCase(Locale.ROOT))) {
                        b--;
                    }
                    tokenBegin = b;
                    start = s.token(tokenBegin).start();
                    type = TimeType.DATE;
                    value = lastDay.get();
                    rule = "TR-THATDAY";
                }
            }
            if (type == TimeType.DATE && lower.matches("(end|ending)\\s+the\\s+day") && tokenEnd - tokenBegin == 3) {
                // "to end the day at 7,114": SUTime takes the verb into the expression; TimeML marks "the day"
                tokenBegin++;
                start = s.token(tokenBegin).start();
                lower = body.substring(start, end).toLowerCase(Locale.ROOT);
            }
            if (type == TimeType.DATE && lower.equals("the year") && tokenEnd + 1 <= s.size() && tokenEnd < s.size()
                    && s.token(tokenEnd).word().toLowerCase(Locale.ROOT).matches("previous|before|earlier")
                    && !defined(s, tokenEnd + 1)) {
                end = s.token(tokenEnd).end(); // "the year previous": SUTime marks "the year"
                tokenEnd++;
                lower = body.substring(start, end).toLowerCase(Locale.ROOT);
            }
            // a target year ahead ("by 1992 it intended to") is no year the report is about
            Optional<Integer> lastYear = lastYear(out, tx.sentence() - 2).filter(y -> y <= dct.getYear());
            if (type == TimeType.DATE && YEAR_BEFORE_THAT.matcher(lower).matches() && !defined(s, tokenEnd)) {
                // TR-FOLLOWING: "costs fell last year, $19 billion less than the year previous": the year before the
                // one the text just named (SUTime: the article's year)
                String v = Integer.toString(lastYear.orElse(dct.getYear()) - 1);
                if (!v.equals(value)) {
                    rule = "TR-FOLLOWING";
                }
                value = v;
            } else if (type == TimeType.DATE && WHOLE_YEAR.matcher(lower).matches() && lastYear.isPresent()
                    && value.matches("\\d{4}")) {
                // TR-THATYEAR: "a loss of $4 billion in the fourth quarter of 2005 and $8 billion for the entire
                // year": the year of the narrative's last date, not the article's
                String v = Integer.toString(lastYear.get());
                if (!v.equals(value)) {
                    rule = "TR-THATYEAR";
                }
                value = v;
            }
            Optional<String> narrativeDay = lastDay(out, tx.sentence() - NARRATIVE_DAY_SENTENCES);
            if (type == TimeType.TIME && value.startsWith(dct.toString() + "T") && narrativeDay.isPresent()
                    && BARE_CLOCK.matcher(lower).matches()) {
                // TR-CLOCK: a clock time without a day ("the blast came at about 10:35 a.m.", "the jet took off at
                // 18:00 UTC") is on the day the narrative is on, not always the article's (SUTime); a day after it
                // ("9 a.m. Tuesday") is dated by TR-CLOCKDAY
                String v = narrativeDay.get() + value.substring(10);
                if (!v.equals(value)) {
                    rule = "TR-CLOCK";
                }
                value = v;
            }
            if (type == TimeType.DATE && THE_DAY.matcher(lower).matches() && DAY_VALUE.matcher(value).matches()
                    && narrativeDay.isPresent() && !defined(s, tokenEnd)) {
                // TR-THATDAY: "ending the day at 8,017", "a report released on the same day" in a story of the
                // day before the article name the day the narrative is on (its last day: "on Friday"), not the
                // article's day as SUTime has it; not "the day before the plunge", "the day the deal was announced",
                // which their own clause defines
                if (!narrativeDay.get().equals(value)) {
                    rule = "TR-THATDAY";
                }
                value = narrativeDay.get();
            }
            if (value.isEmpty()) {
                // TR-FILL: SUTime found the words but gave no value
                Optional<String[]> filled = fill(lower, dct);
                if (filled.isEmpty()) {
                    continue;
                }
                type = TimeType.valueOf(filled.get()[0]);
                value = filled.get()[1];
                rule = "TR-FILL";
            }
            if (value.contains("/")) {
                // SUTime's ranges ("the last several years" = 2007-09-17/2008-09-17) are no TIMEX3 values
                String[] ends = value.split("/", 2);
                Optional<TimeValues.Interval> a = TimeValues.interval(ends[0]);
                Optional<TimeValues.Interval> b = TimeValues.interval(ends[1]);
                if (a.isEmpty() || b.isEmpty() || a.get().earliest().isAfter(b.get().latest())) {
                    continue;
                }
                value = b.get().latest().isBefore(dct) ? a.get().earliest().getYear() == b.get().latest().getYear()
                        ? Integer.toString(a.get().earliest().getYear()) : "PAST_REF"
                        : b.get().earliest().isAfter(dct) ? "FUTURE_REF" : "PAST_REF";
                rule = "TR-RANGE";
                TimeMention m = new TimeMention(body.substring(start, end), start, end, type, value,
                        Optional.of(a.get().earliest()), Optional.of(b.get().latest()), Optional.of(rule));
                out.add(new ResolvedTime(m, tx.sentence(), tokenBegin, tokenEnd));
                continue;
            }
            if (value.endsWith("+0000")) {
                value = value.substring(0, value.length() - 5) + "Z"; // TIMEX3 writes UTC as Z
            } else if (value.matches(".*T\\d\\d:\\d\\d[+-]\\d{4}")) {
                // TR-ZONE: "5 p.m. EST" is the local clock time, as TimeBank writes it; SUTime's offsets are not to be
                // trusted either (it reads EDT as -0500)
                value = value.substring(0, value.length() - 5);
                rule = "TR-ZONE";
            }
            if (type == TimeType.DATE && HAS_YEAR.matcher(lower).matches() || rule.equals("TR-ANCHOR")) {
                Optional<Integer> y = TimeValues.year(value);
                Optional<TimeValues.Interval> ref = TimeValues.interval(value);
                if (y.isPresent() && ref.isPresent()) {
                    narrativeYear = y;
                    narrativeRef = Optional.of(ref.get().earliest());
                    narrativeValue = Optional.of(value);
                    narrativeSentence = tx.sentence();
                }
            }
            if (value.matches("\\d{4}-Q[1-4]") && !Quarters.yearBefore(lower) && !ahead(s, tx.tokenBegin())
                    && !comparison(value, narrativeQuarter)) {
                // a quarter ahead ("will result in a fourth-quarter charge") is not the one the report is about, nor
                // the same quarter a year before ("the 1988 period" after the 1989 one): a comparison
                narrativeQuarter = Optional.of(value);
                narrativeQuarterSentence = tx.sentence();
            }
            if (!Timex3.isValid(value)) {
                continue; // "the second" read as a clock time (2006-01-27TXX:XX): not a time expression we can keep
            }
            Optional<TimeValues.Interval> iv = type == TimeType.DATE ? TimeValues.interval(value) : Optional.empty();
            TimeMention m = new TimeMention(body.substring(start, end), start, end, type, value,
                    iv.map(TimeValues.Interval::earliest), iv.map(TimeValues.Interval::latest), Optional.of(rule));
            out.add(new ResolvedTime(m, tx.sentence(), tokenBegin, tokenEnd));
        }
        return new Timeline(clockWithDay(out, body));
    }

    /**
     * TR-CLOCKDAY: "5 p.m. EST Nov. 9", "9 a.m. Tuesday" are one TIME; SUTime gives two mentions with the same time of
     * day. The day's mention (its date recomputed by the rules above) absorbs the clock time before it.
     */
    static List<ResolvedTime> clockWithDay(List<ResolvedTime> in, String body) {
        List<ResolvedTime> out = new ArrayList<>();
        for (ResolvedTime cur : in) {
            ResolvedTime prev = out.isEmpty() ? null : out.get(out.size() - 1);
            TimeMention c = cur.mention();
            if (prev != null && prev.sentence() == cur.sentence() && prev.mention().type() == TimeType.TIME
                    && prev.mention().end() <= c.start()
                    && body.substring(prev.mention().end(), c.start()).matches("\\s*,?\\s*")) {
                TimeMention p = prev.mention();
                int t = p.value().indexOf('T');
                int ct = c.value().indexOf('T');
                String cl = c.text().toLowerCase(Locale.ROOT);
                boolean clock = p.text().matches("(?s).*(\\d|noon|midnight).*|(?s).*(night|morning|evening|afternoon) of");
                boolean day = weekdayOf(cl).isPresent() || MONTH_DAY.matcher(cl).matches();
                if (clock && day && t == 10 && ct == 10 && p.value().substring(t).equals(c.value().substring(ct))) {
                    TimeMention m = new TimeMention(body.substring(p.start(), c.end()), p.start(), c.end(),
                            TimeType.TIME, c.value(), c.earliest(), c.latest(), Optional.of("TR-CLOCKDAY"));
                    out.set(out.size() - 1, new ResolvedTime(m, cur.sentence(), prev.tokenBegin(), cur.tokenEnd()));
                    continue;
                }
            }
            out.add(cur);
        }
        return out;
    }

    private static final Pattern BARE_UNIT = Pattern.compile("(year|month|week|day|hour|minute)s");
    private static final Pattern COUNTED_UNIT = Pattern.compile(
            "(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+(year|month|week|day|hour|minute)s?");
    private static final Pattern COUNT = Pattern.compile("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|\\d{1,3}");
    private static final Pattern MIXED_NUMBER = Pattern.compile("(\\d{1,3})[\\s\u00A0]+(?:1/2|\u00BD)");
    private static final Pattern HALF = Pattern.compile("(?:.*\\s)?(?:the\\s+)?(?:(first|second|last|latter|final)\\s+half"
            + "|(first|last|final)\\s+(?:two|2)\\s+quarters)\\s+of\\s+(?:(the|this)\\s+year|(last|next)\\s+year"
            + "|((?:1[89]|20)\\d\\d))");

    /**
     * TR-HALF: "the first half of 2019", "the second half of the year", "the last two quarters of next year": the
     * half-year of a written or article-relative year ({@code 2019-H1}), as TimeML writes halves. Empty otherwise.
     */
    static Optional<String> half(String lower, LocalDate dct) {
        Matcher m = HALF.matcher(lower.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String which = m.group(1) != null ? m.group(1) : m.group(2);
        int year = m.group(5) != null ? Integer.parseInt(m.group(5))
                : m.group(4) == null ? dct.getYear()
                : m.group(4).equals("last") ? dct.getYear() - 1 : dct.getYear() + 1;
        return Optional.of(year + (which.equals("first") ? "-H1" : "-H2"));
    }

    private static final Pattern LAST_WEEKDAY = Pattern.compile("((?:the\\s+)?day\\s+(before|after)\\s+)?last\\s+"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    private static final Pattern WEEKEND = Pattern.compile("(over\\s+|during\\s+)?(the|this)\\s+weekend|weekend");
    /** A month-day further ahead than this, in a clause that does not look ahead, is taken as the past one. */
    private static final int FAR_AHEAD_DAYS = 90;
    private static final Pattern FOLLOWING = Pattern.compile(
            "the\\s+(following|next|previous|preceding)\\s+(year|month|day)");
    /** Groups: every/each, the weekday, its plural s, a part of the day, the part's plural s. */
    private static final Pattern EVERY_WEEKDAY = Pattern.compile("(?:on\\s+)?(every\\s+|each\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s)?"
            + "(?:\\s+(morning|afternoon|evening|night)(s)?)?");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(on\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?"
                    + "|(on\\s+)?\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
    private static final Pattern SEASON_ONLY = Pattern.compile(
            "(the\\s+|this\\s+)?(early\\s+|late\\s+)?(spring|summer|fall|autumn|winter)");

    /** The weekday a text names when it names one, without a month or a "last"/"next" of its own. */
    static Optional<java.time.DayOfWeek> weekdayOf(String lower) {
        if (lower.matches(".*\\b(last|next|this|every|each|previous|following|coming)\\b.*")
                || lower.matches(".*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d.*")
                || lower.matches(".*\\d{4}.*") || lower.endsWith("s")) {
            return Optional.empty();
        }
        java.time.DayOfWeek found = null;
        for (String w : lower.split("[^a-z]+")) {
            if (WEEKDAYS.contains(w)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = java.time.DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
            }
        }
        return Optional.ofNullable(found);
    }

    /** Words that put what follows them in the same clause ahead of the report: "planned to leave on Thursday". */
    private static final Set<String> PLAN_LEMMAS = Set.of("plan", "schedule", "expect", "intend", "aim", "postpone",
            "delay", "prepare", "slate", "defer");
    private static final Set<String> PLANNED = Set.of("planned", "scheduled", "slated", "expected", "intended",
            "postponed", "delayed", "deferred");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "and", "but", "``", "''", "\"");

    /**
     * TR-WEEKDAY: a plan stands before the weekday in its clause ("planned to leave on Thursday", "set to resume
     * Monday", "postponed until Tuesday", "due to vote Friday", "as soon as Friday"), so the day is ahead of the
     * report even in a past-tense sentence; not a plan overtaken ("had been due to expire Friday", "as previously
     * planned").
     */
    static boolean planned(Sentence s, int token) {
        for (int i = token - 1; i >= Math.max(0, token - 10); i--) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w) || w.equals("said") || w.equals("says") || w.equals("had")
                    || w.equals("previously") || w.equals("originally")) {
                return false;
            }
            String next = i + 1 < s.size() ? s.token(i + 1).word().toLowerCase(Locale.ROOT) : "";
            String after = i + 2 < s.size() ? s.token(i + 2).pos() : "";
            boolean compound = i > 0 && s.token(i - 1).word().matches("-|than");
            if ((t.pos().startsWith("VB") || t.pos().equals("JJ")) && !compound
                    && PLAN_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT)) || PLANNED.contains(w) && !compound
                    || w.equals("to") && next.length() > 0 && s.token(i + 1).pos().equals("VB") && i > 0
                    && Set.of("is", "are", "am").contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))
                    || w.equals("set") && (next.equals("for") || next.equals("to") && after.equals("VB"))
                    || w.equals("due") && next.equals("to") && after.equals("VB")
                    || w.equals("as") && i + 2 < token && (next.equals("soon") || next.equals("early"))
                    && s.token(i + 2).word().equalsIgnoreCase("as")) {
                // "had been due to expire Friday": a plan overtaken, told from after the day; "began as (previously)
                // planned Saturday night" compares what happened with the plan
                return !overtaken(s, i) && !asPlanned(s, i);
            }
        }
        return false;
    }

    /**
     * TR-WEEKDAY: a weekday that opens the sentence ("On Tuesday, the league plans to hold a news conference", "Monday,
     * the court will rule") takes the plan of the clause that follows it; the plan words stand after the day, where
     * {@link #planned} does not look. Only at the start: "the minister said Tuesday he plans to resign" is past.
     */
    static boolean frontedPlan(Sentence s, int tokenBegin, int tokenEnd) {
        if (tokenBegin > 1 || tokenBegin == 1 && !s.token(0).word().equalsIgnoreCase("on")
                || tokenEnd >= s.size() || !s.token(tokenEnd).word().equals(",")) {
            return false;
        }
        for (int i = tokenEnd + 1; i < Math.min(s.size(), tokenEnd + 13); i++) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            // "and" may join the subject's names ("the Arts and Crafts Guild plans"): only punctuation ends the clause
            if (CLAUSE_BREAKS.contains(w) && !w.equals("and") || t.pos().equals("VBD")) {
                return false;
            }
            if (w.equals("will") || w.equals("'ll") || (t.pos().equals("VBZ") || t.pos().equals("VBP"))
                    && PLAN_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The day of the last time resolved so far that names a day ("2021-03-04" of "2021-03-04TEV"). */
    static Optional<String> lastDay(List<ResolvedTime> out) {
        return lastDay(out, Integer.MIN_VALUE);
    }

    /** A clock time and nothing else: "about 10:35 a.m.", "18:00 UTC", "noon", "4 in the morning". */
    private static final Pattern BARE_CLOCK = Pattern.compile("((about|around|at|approximately|shortly after|"
            + "shortly before|just after|just before)\\s+)?(\\d{1,2}([:.]\\d\\d)?(\\s*[ap]\\.?m\\.?)?"
            + "(\\s+(utc|gmt|[a-z][sd]t))?|noon|midnight|\\d{1,2}\\s+(o'clock\\s+)?in\\s+the\\s+(morning|afternoon|evening))");
    private static final Pattern PREVIOUS_WEEKDAY = Pattern.compile("the\\s+(previous|preceding|following|next)\\s+"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    /** The value of the last DATE resolved with a calendar year (a year, month, day, ...), from that sentence on. */
    static Optional<String> lastDate(List<ResolvedTime> out, int fromSentence) {
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentence() >= fromSentence; i--) {
            TimeMention m = out.get(i).mention();
            if ((m.type() == TimeType.DATE || m.type() == TimeType.TIME) && m.value().matches("\\d{4}(-\\d\\d.*)?")) {
                return Optional.of(m.value().length() > 10 ? m.value().substring(0, 10) : m.value());
            }
        }
        return Optional.empty();
    }

    private static final Pattern YEAR_BEFORE_THAT = Pattern.compile("the\\s+year\\s+(previous|before|earlier)");
    private static final Pattern WHOLE_YEAR = Pattern.compile("the\\s+(entire|whole|full)\\s+year");

    /** The year of the last DATE resolved so far with a calendar year ("2005" of "2005-Q4"), from that sentence on. */
    static Optional<Integer> lastYear(List<ResolvedTime> out, int fromSentence) {
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentence() >= fromSentence; i--) {
            TimeMention m = out.get(i).mention();
            if (m.type() == TimeType.DATE && m.value().matches("\\d{4}(-.*)?")) {
                return Optional.of(Integer.parseInt(m.value().substring(0, 4)));
            }
        }
        return Optional.empty();
    }

    /** Sentences back that "the day" looks for the narrative's day (MEANTIME: the day is named one or two before). */
    private static final int NARRATIVE_DAY_SENTENCES = 3;
    private static final Pattern THE_DAY = Pattern.compile("(the|that)(\\s+same|\\s+very)?\\s+day");

    /** "the day before the plunge", "the day the deal was announced", "the day of the vote": defined by what follows. */
    static boolean defined(Sentence s, int tokenEnd) {
        if (tokenEnd >= s.size()) {
            return false;
        }
        Token next = s.token(tokenEnd);
        return next.word().toLowerCase(Locale.ROOT).matches("after|before|when|that|of|which|on|in|since")
                || next.pos().matches("DT|PRP\\$?|NNPS?|NNS?|CD|JJ.*");
    }

    /** As {@link #lastDay(List)}, among the times of sentence {@code fromSentence} and after. */
    static Optional<String> lastDay(List<ResolvedTime> out, int fromSentence) {
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentence() >= fromSentence; i--) {
            TimeMention m = out.get(i).mention();
            if ((m.type() == TimeType.DATE || m.type() == TimeType.TIME) && m.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return Optional.of(m.value().substring(0, 10));
            }
        }
        return Optional.empty();
    }

    /** Present-tense verbs that report or judge rather than schedule ("says Monday", "believes"). */
    private static final Set<String> NOT_SCHEDULING = Set.of("say", "tell", "report", "announce", "confirm", "deny",
            "claim", "insist", "argue", "add", "note", "warn", "believe", "think", "know", "estimate", "be", "have",
            "do", "remain", "continue", "acknowledge", "admit", "contend", "suggest", "show", "indicate");

    /**
     * TR-WEEKDAY: a weekday after a simple-present verb that schedules ("the leaders meet separately Monday", "the
     * talks resume on Tuesday", "the law takes effect Friday") is the coming one: news tells past events in the
     * past tense and timetables in the present. Not a reporting or judging verb ("says Monday").
     */
    static boolean scheduled(Sentence s, int token) {
        for (int i = token - 1; i >= Math.max(0, token - 4); i--) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            // the tagger often reads a plural subject's present verb as a base form ("Arafat meet separately")
            boolean presentBase = t.pos().equals("VB") && i > 0 && s.token(i - 1).pos().matches("NNPS?|NNS|PRP");
            if (t.pos().equals("VBZ") || t.pos().equals("VBP") || presentBase) {
                return !NOT_SCHEDULING.contains(t.lemma().toLowerCase(Locale.ROOT));
            }
            if (!(w.equals("on") || t.pos().startsWith("RB") || t.pos().matches("NNS?")
                    || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("IN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A value the weekday, month, month-day and season rules always recompute keeps their id even when it equals
     * SUTime's: SUTime's reading depends on the documents it saw before (CoreNLP #1061), and so would the id.
     */
    private static boolean recomputed(String rule) {
        return rule.equals("TR-SUTIME") || rule.equals("TR-FILL");
    }

    /** {@code value} is the narrative's quarter a year or more before: the comparison, not a new reference. */
    static boolean comparison(String value, Optional<String> narrativeQuarter) {
        return narrativeQuarter.isPresent() && narrativeQuarter.get().length() == 7 && value.length() == 7
                && value.substring(4).equals(narrativeQuarter.get().substring(4))
                && value.compareTo(narrativeQuarter.get()) < 0;
    }

    /**
     * TR-MONTH: the month belongs to something still to be done: its clause is an infinitive ("agreed to buy the
     * plant in February", "guidelines to be published in early November"), and the month is a preposition's
     * object (not an attribute: "to sell itself under a June agreement").
     */
    static boolean toDo(Sentence s, int token) {
        int p = token - 1;
        while (p >= 0 && s.token(p).word().toLowerCase(Locale.ROOT).matches("early|late|mid-?|the|of")) {
            p--;
        }
        if (p < 0 || !s.token(p).pos().equals("IN")) {
            return false;
        }
        Optional<Integer> head = Clauses.clauseHead(s, token);
        if (head.isEmpty() || head.get() >= token) {
            return false;
        }
        int h = head.get();
        String pos = s.token(h).pos();
        return pos.equals("VB") && h > 0 && s.token(h - 1).word().equalsIgnoreCase("to")
                || pos.equals("VBN") && h > 1 && s.token(h - 1).word().equalsIgnoreCase("be")
                && s.token(h - 2).word().equalsIgnoreCase("to");
    }

    /** "as planned", "as previously scheduled": the plan word at {@code i} compares, it plans nothing. */
    private static boolean asPlanned(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && s.token(k).word().toLowerCase(Locale.ROOT).matches("previously|originally|first|earlier")) {
            k--;
        }
        return k >= 0 && s.token(k).word().equalsIgnoreCase("as") && PLANNED.contains(
                s.token(i).word().toLowerCase(Locale.ROOT));
    }

    /** "had been" / "had" just before the plan word at {@code i}: the plan lies in the past ("had been due to"). */
    private static boolean overtaken(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("had") || w.equals("'d")) {
                return true;
            }
            if (!w.equals("been") && !w.equals("originally") && !w.equals("previously") && !w.equals("not")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> UNTIL = Set.of("until", "till", "by", "next", "effective", "starting",
            "beginning");

    /** The clause looks ahead of the report: future tense, a plan, or "until"/"by" just before the expression. */
    static boolean ahead(Sentence s, int token) {
        if (tense(s, token) == Clauses.Tense.FUTURE || planned(s, token) || conditionalPresent(s, token)) {
            return true;
        }
        return until(s, token);
    }

    private static final Set<String> SUBORDINATORS = Set.of("when", "if", "once", "unless", "until", "before",
            "after", "whenever");

    /**
     * "when the case is heard in May", "if the board approves it on Friday": English puts the future of a time or
     * condition clause in the present tense, so a present verb after "when"/"if"/"once"/"before"/"after" in the
     * expression's clause looks ahead. Not a past verb ("when the case was heard in May").
     */
    static boolean conditionalPresent(Sentence s, int token) {
        boolean present = false;
        for (int i = token - 1; i >= Math.max(0, token - 10); i--) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (CLAUSE_BREAKS.contains(w) && !w.equals("and") || t.pos().equals("VBD") || t.pos().equals("MD")) {
                return false;
            }
            if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                present = true;
            } else if (present && SUBORDINATORS.contains(w) && (t.pos().equals("WRB") || t.pos().equals("IN"))) {
                return true;
            }
        }
        return false;
    }

    /** "through"/"thru" just before the month: the end of a stretch, which may lie either side of the report. */
    static boolean through(Sentence s, int token) {
        int p = token - 1;
        while (p >= 0 && s.token(p).word().toLowerCase(Locale.ROOT).matches("early|late|mid-?|the|of|end")) {
            p--;
        }
        return p >= 0 && s.token(p).word().toLowerCase(Locale.ROOT).matches("through|thru");
    }

    /** "had" in the sentence: "until Thursday they had not", "had filed by Wednesday" look back from the past. */
    static boolean pluperfect(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase("had") || t.word().equals("'d"));
    }

    /** "until", "by", "effective" just before the expression (a clock time may stand between: "until 9 a.m."). */
    static boolean until(Sentence s, int token) {
        for (int i = token - 1; i >= Math.max(0, token - 4); i--) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (UNTIL.contains(w)) {
                return !(i > 0 && s.token(i - 1).word().equalsIgnoreCase("up")); // "up until Thursday": till then
            }
            if (!w.matches("\\d{1,2}(:\\d\\d)?|a\\.m\\.?|p\\.m\\.?|noon|midnight|[a-z]st|[a-z]dt|,")) {
                return false;
            }
        }
        return false;
    }

    /** The tense when the parse and the surface agree on it, else PRESENT (no evidence either way). */
    static Clauses.Tense agreedTense(Sentence s, int token) {
        Optional<Integer> head = Clauses.clauseHead(s, token);
        Clauses.Tense surface = surfaceTense(s, token);
        return head.map(h -> Clauses.tense(s, h)).filter(t -> t == surface).orElse(Clauses.Tense.PRESENT);
    }

    /** The clause's tense from the parse, the surface's when the parse gives none. */
    static Clauses.Tense tense(Sentence s, int token) {
        Optional<Integer> head = Clauses.clauseHead(s, token);
        Clauses.Tense surface = surfaceTense(s, token);
        Clauses.Tense parsed = head.map(h -> Clauses.tense(s, h)).orElse(surface);
        if (surface == Clauses.Tense.FUTURE) {
            return surface; // "will resume on Friday, an aide said": the parse may hang Friday on "said"
        }
        return parsed == surface ? parsed : parsed == Clauses.Tense.PRESENT ? surface : parsed;
    }

    /** {@code given}'s month and day in the year that suits the tense: before, after or nearest the article. */
    static LocalDate nearestYear(LocalDate given, LocalDate dct, Clauses.Tense tense) {
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate c;
            try {
                c = LocalDate.of(y, given.getMonth(), given.getDayOfMonth());
            } catch (java.time.DateTimeException e) {
                continue; // February 29 of a common year
            }
            boolean fits = tense == Clauses.Tense.PAST ? !c.isAfter(dct)
                    : tense == Clauses.Tense.FUTURE ? !c.isBefore(dct) : true;
            if (!fits) {
                continue;
            }
            if (best == null || Math.abs(c.toEpochDay() - dct.toEpochDay())
                    < Math.abs(best.toEpochDay() - dct.toEpochDay())) {
                best = c;
            }
        }
        return best == null ? given : best;
    }

    private static final Pattern AMOUNT = Pattern.compile(
            ".*?\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)[- ]"
                    + "(second|minute|hour|day|week|month|year|decade)s?\\b.*");

    /** Type and value for words SUTime left without a value: "this year", "fiscal 1989", "more than four hours". */
    static Optional<String[]> fill(String lower, LocalDate dct) {
        if (lower.matches("year(-|\\s+|'s\\s+)end")) {
            return Optional.of(new String[] {"DATE", Integer.toString(dct.getYear())});
        }
        if (lower.matches(".*\\b(this|the current|this fiscal|the current fiscal) year\\b.*")) {
            return Optional.of(new String[] {"DATE", Integer.toString(dct.getYear())});
        }
        if (lower.matches(".*\\bthis month\\b.*")) {
            return Optional.of(new String[] {"DATE", YearMonth.from(dct).toString()});
        }
        java.util.regex.Matcher y = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b").matcher(lower);
        if (y.find()) {
            return Optional.of(new String[] {"DATE", y.group(1)});
        }
        java.util.regex.Matcher a = AMOUNT.matcher(lower);
        if (a.matches()) {
            String n = a.group(1);
            int count = n.equals("a") || n.equals("an") ? 1 : n.chars().allMatch(Character::isDigit)
                    ? Integer.parseInt(n) : NUMBERS.indexOf(n);
            String unit = a.group(2);
            String v = switch (unit) {
                case "second" -> "PT" + count + "S";
                case "minute" -> "PT" + count + "M";
                case "hour" -> "PT" + count + "H";
                case "decade" -> "P" + count * 10 + "Y";
                default -> "P" + count + Character.toUpperCase(unit.charAt(0));
            };
            return Optional.of(new String[] {"DURATION", v});
        }
        return Optional.empty();
    }

    private static final Pattern QUARTER_WORD = Pattern.compile("\\bquarters?\\b");
    /** "the past decade", "over the last decade" (the preposition stays outside the expression). */
    private static final Pattern DECADE_SPAN = Pattern.compile("(over\\s+|in\\s+|during\\s+)?the\\s+(past|last)\\s+decade");
    private static final Pattern MONTHS = Pattern.compile("P(\\d+|X)M");

    /**
     * TR-UNIT: a duration or set whose words count quarters, in TimeML's unit: P6M in "two quarters" is P2Q, PXM in
     * "several quarters" PXQ. A value that is no whole number of the unit (P4M in "a quarter") is kept. Why not
     * decades too (P1E): the annotated news (TBAQ, MEANTIME) writes decades in years four times out of five.
     */
    static String timemlUnit(String lower, String value) {
        Matcher m;
        if (QUARTER_WORD.matcher(lower).find() && (m = MONTHS.matcher(value)).matches()) {
            return m.group(1).equals("X") ? "PXQ" : Integer.parseInt(m.group(1)) % 3 == 0
                    ? "P" + Integer.parseInt(m.group(1)) / 3 + "Q" : value;
        }
        return value;
    }

    /** "A year after that in November": the duration just before {@code tx} in its sentence, with "after that". */
    static Optional<Anchor> anchorBefore(AnnotatedDocument doc, TimexAnnotation tx) {
        Sentence s = doc.sentences().get(tx.sentence());
        for (TimexAnnotation d : doc.timexes()) {
            if (d.sentence() != tx.sentence() || !d.type().equals("DURATION") || d.tokenEnd() > tx.tokenBegin()) {
                continue;
            }
            Optional<Anchor> a = anchorAfter(s, d.tokenEnd(), d.value());
            if (a.isPresent() && tx.tokenBegin() - d.tokenEnd() <= 4) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** "after that" / "later" right after a duration ending at {@code tokenEnd}. */
    public static Optional<Anchor> anchorAfter(Sentence s, int tokenEnd, String duration) {
        if (tokenEnd >= s.size()) {
            return Optional.empty();
        }
        String w = s.token(tokenEnd).word().toLowerCase(Locale.ROOT);
        if (!RELATIVE_WORDS.contains(w)) {
            return Optional.empty();
        }
        int sign = w.equals("after") || w.equals("later") ? 1 : -1;
        boolean anaphoric = w.equals("later") || w.equals("earlier")
                || tokenEnd + 1 < s.size() && Set.of("that", "this", "it", "then")
                .contains(s.token(tokenEnd + 1).word().toLowerCase(Locale.ROOT));
        return anaphoric ? Optional.of(new Anchor(s.index(), tokenEnd, duration, sign)) : Optional.empty();
    }

    private static final Pattern RELATIVE = Pattern.compile(
            "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+(day|week|month|year)s?\\s+(later|earlier)");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** "eight months later" → 8 months; "a year earlier" → 1 year. */
    static Optional<TimeValues.Amount> relativeAmount(String lower) {
        java.util.regex.Matcher m = RELATIVE.matcher(lower.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String n = m.group(1);
        int count = n.equals("a") || n.equals("an") ? 1 : n.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(n) : NUMBERS.indexOf(n);
        char unit = Character.toUpperCase(m.group(2).charAt(0));
        return Optional.of(new TimeValues.Amount(count, unit));
    }

    /** Tense read off the surface: the nearest verb before the token, with a "will" before it. */
    static Clauses.Tense surfaceTense(Sentence s, int token) {
        for (int i = token - 1; i >= 0; i--) {
            Token t = s.token(i);
            if (t.pos().equals("VBD") || t.pos().equals("VBN")) {
                return Clauses.Tense.PAST;
            }
            if (t.pos().startsWith("VB")) {
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    String w = s.token(k).word().toLowerCase(Locale.ROOT);
                    if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("would")) {
                        return Clauses.Tense.FUTURE;
                    }
                }
                return Clauses.Tense.PRESENT;
            }
        }
        return Clauses.Tense.PRESENT;
    }

    private static boolean isPast(Sentence s, int token) {
        return Clauses.clauseHead(s, token).map(h -> Clauses.tense(s, h) == Clauses.Tense.PAST).orElse(false);
    }

    private static String words(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    static boolean isBareMonth(String lower) {
        return month(lower) != null;
    }

    static Month month(String lower) {
        String w = lower.replaceFirst("^(in|last|this|next|early|late|mid-?)\\s*", "").replace(".", "").trim();
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (w.equals(name) || w.length() >= 3 && name.startsWith(w) && w.equals(name.substring(0, 3))) {
                return m;
            }
        }
        return null;
    }

    private static TimeType type(String t) {
        try {
            return TimeType.valueOf(t);
        } catch (IllegalArgumentException e) {
            return TimeType.DATE;
        }
    }

    static boolean isWeekday(Token t) {
        return WEEKDAYS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
