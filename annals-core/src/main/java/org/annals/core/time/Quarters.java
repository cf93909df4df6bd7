package org.annals.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters of business news ({@code TR-QUARTER}): "third-quarter", "the fiscal first quarter", "the latest quarter",
 * "the year-ago period". Earnings reports speak of the quarter just reported, so a quarter without a year is the
 * most recent such quarter (the article's year when the quarter has begun, the year before otherwise; the next one
 * in a future clause); "the quarter", "the latest quarter", "the period" are the quarter the article last named (else
 * the one before the article's), "the current quarter" the article's; "year-ago", "year-earlier", "a year earlier", "last year's" are that quarter a year
 * before. Stateless.
 */
final class Quarters {
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(first|second|third|fourth|final|1st|2nd|3rd|4th)(?:[- ]|\\s+fiscal\\s+)?quarters?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern YEAR_AGO = Pattern.compile(
            "year[- ](ago|earlier)|a year (ago|earlier)|last year'?s|(corresponding|comparable|same) (period|quarter)"
                    + " (of |a )?(last|a) year|previous year'?s");
    private static final Pattern BARE = Pattern.compile(
            "(the|this|that|its|their|latest|the latest|the most recent|the recent|the current|the just-ended"
                    + "|the just-completed|the fiscal|the same)?\\s*(fiscal\\s+)?(quarter|period)");
    private static final Pattern VALUE = Pattern.compile("(\\d{4})-Q([1-4])");

    private Quarters() {
    }

    /** "the year-ago quarter", "a year earlier": a quarter told relative to the narrative's, not a new reference. */
    static boolean yearBefore(String lower) {
        return YEAR_AGO.matcher(lower).find();
    }

    /** Does the text speak of a quarter or a reporting period at all. */
    static boolean mentions(String lower) {
        return YEAR_AGO.matcher(lower).find() || lower.contains("quarter") || lower.matches(".*\\bperiod\\b.*") && !lower.matches(".*\\b\\d{1,3}\\s+period.*");
    }

    /**
     * The TIMEX3 value of a quarter expression, or empty when the text is not one this rule reads.
     *
     * @param narrative the last quarter value of the document before this expression ("1989-Q3")
     * @param notPast   whether the clause is not past tense (a quarter not yet begun is then the coming one)
     */
    static Optional<String> value(String lower, LocalDate dct, Optional<String> narrative, boolean notPast) {
        String t = lower.trim();
        if (YEAR_AGO.matcher(t).find() && narrative.isPresent() && !t.matches(".*\\b(month|week|day)s?\\b.*")) {
            // "a year earlier" right after a quarter: that quarter a year before
            Matcher n = VALUE.matcher(narrative.get());
            if (n.matches() && !ORDINAL.matcher(t).find()) {
                return Optional.of((Integer.parseInt(n.group(1)) - 1) + "-Q" + n.group(2));
            }
        }
        if (t.contains("quarters") && !t.contains("two quarters")) {
            return Optional.empty();
        }
        int dctQuarter = (dct.getMonthValue() - 1) / 3 + 1;
        Matcher y = YEAR.matcher(t);
        Optional<Integer> year = y.find() ? Optional.of(Integer.parseInt(y.group(1))) : Optional.empty();
        Matcher o = ORDINAL.matcher(t);
        boolean yearAgo = YEAR_AGO.matcher(t).find();
        if (o.find()) {
            int q = ordinal(o.group(1));
            int yr;
            if (year.isPresent()) {
                yr = year.get();
            } else if (t.contains("next year")) {
                yr = dct.getYear() + 1;
            } else if (yearAgo) {
                yr = dct.getYear() - 1;
            } else if (t.contains("last year") || t.contains("the previous year")) {
                yr = dct.getYear() - 1; // "the first quarter of last year"
            } else if (t.contains("this year")) {
                yr = dct.getYear();
            } else {
                // a quarter already begun is this year's (reports of it come after its end); a later one is last
                // year's in a past-tense clause, else the coming one ("closures during the fourth quarter")
                yr = q <= dctQuarter || notPast ? dct.getYear() : dct.getYear() - 1;
            }
            return Optional.of(yr + "-Q" + q);
        }
        if (!t.contains("quarter") && !t.contains("period")) {
            return Optional.empty();
        }
        if (t.matches("(the\\s+)?current\\s+(fiscal\\s+)?quarter")) {
            // "the current quarter" is the article's, whatever quarter the report was about
            return Optional.of(dct.getYear() + "-Q" + dctQuarter);
        }
        Optional<int[]> ref = narrative.map(VALUE::matcher).filter(Matcher::matches)
                .map(m -> new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        int[] base = ref.orElseGet(() -> t.contains("current") || t.contains("this")
                ? new int[] {dct.getYear(), dctQuarter}
                : dctQuarter == 1 ? new int[] {dct.getYear() - 1, 4} : new int[] {dct.getYear(), dctQuarter - 1});
        if (yearAgo) {
            return Optional.of((base[0] - 1) + "-Q" + base[1]);
        }
        if (year.isPresent() && t.matches("(the\\s+)?\\d{4}\\s+(quarter|period)")) {
            return Optional.of(year.get() + "-Q" + base[1]);
        }
        if (BARE.matcher(t).matches() && (t.contains("quarter") || ref.isPresent())) {
            return Optional.of(base[0] + "-Q" + base[1]);
        }
        return Optional.empty();
    }

    /**
     * "the quarter ended Sept. 30": the calendar quarter that holds most of the three months up to that day (a
     * quarter ended July 31 is the second), the day taken in the latest year not after the article unless a year is
     * written. Empty when no "ended"/"ending" and a month-day follow the expression, or it names its quarter.
     */
    static Optional<String> ended(String lower, org.annals.core.annotate.Sentence s, int tokenEnd, LocalDate dct) {
        if (ORDINAL.matcher(lower).find() || YEAR_AGO.matcher(lower).find() || tokenEnd + 2 >= s.size()
                || !lower.matches("(the|that|its|this)\\s+((latest|fiscal|most recent)\\s+)?(quarter|period)")
                || !s.token(tokenEnd).word().toLowerCase(Locale.ROOT).matches("ended|ending")) {
            return Optional.empty();
        }
        Matcher m = MONTH.matcher(s.token(tokenEnd + 1).word().toLowerCase(Locale.ROOT));
        String dayWord = s.token(tokenEnd + 2).word();
        if (!m.matches() || !dayWord.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int month = TimeResolver.month(m.group(1)).getValue();
        int day = Integer.parseInt(dayWord);
        int year = dct.getYear();
        int k = tokenEnd + 3;
        if (k < s.size() && s.token(k).word().equals(",")) {
            k++;
        }
        boolean written = k < s.size() && s.token(k).word().matches("(19|20)\\d\\d");
        LocalDate end;
        try {
            if (written) {
                end = LocalDate.of(Integer.parseInt(s.token(k).word()), month, day);
            } else {
                end = LocalDate.of(year, month, day);
                if (end.isAfter(dct)) {
                    end = end.minusYears(1);
                }
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        LocalDate middle = end.minusDays(45);
        return Optional.of(middle.getYear() + "-Q" + ((middle.getMonthValue() - 1) / 3 + 1));
    }

    private static final Pattern MONTH = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");

    private static int ordinal(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }
}
