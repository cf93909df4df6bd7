package org.annals.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.TimexAnnotation;

/**
 * Time expressions SUTime does not mark ({@code TR-FIND}), found on the tokens, added with an empty value for the
 * resolver to fill: the quarters and periods of earnings reports ("the quarter", "the latest period", "the year-ago
 * quarter", "year-earlier" as an adjective) "year-ago" and "year-earlier" as adjectives, and "year-end" / "year's end";
 * ordinal quarters ("fourth-quarter", "the fourth quarter of 2005"), "mid-1996", "mid-November", weekdays and
 * "fiscal 1989" SUTime missed; the two ends of SUTime's hour-long ranges; "the quarter a year ago" and "the
 * corresponding period last year" as one expression; SUTime's value-less joins of a duration and a date split in
 * two ("over a decade on Monday"), a leading comma trimmed, "the past five trading days" and "two consecutive
 * quarters" as durations. An annotator expression inside a found one gives way to it.
 * Only where no annotator expression overlaps. Stateless.
 */
final class MissedTimes {
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their", "a");
    /** Words before "quarter"/"period" (hyphenated words come as three tokens: "year", "-", "ago"). */
    private static final Set<String> PERIOD_MODIFIERS = Set.of("latest", "current", "recent", "most", "year-ago",
            "year-earlier", "comparable", "corresponding", "same", "fiscal", "just-ended", "just-completed",
            "previous", "prior", "year-before", "year", "ago", "earlier", "-", "just", "ended", "completed");
    private static final Set<String> ANCHORING = Set.of("latest", "year-ago", "year-earlier", "comparable",
            "corresponding", "same", "just-ended", "just-completed", "year-before", "current", "ago", "earlier",
            "ended", "completed");

    private MissedTimes() {
    }

    /** The annotator's expressions and the missed ones, in text order. */
    static List<TimexAnnotation> withMissed(AnnotatedDocument doc) {
        List<TimexAnnotation> all = new ArrayList<>();
        for (TimexAnnotation t : doc.timexes()) {
            for (TimexAnnotation r : range(doc, trimmed(doc, t))) {
                all.addAll(split(doc, r));
            }
        }
        counted(doc, all);
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = lower(s, i);
                int begin = -1;
                int end = -1;
                String value = "";
                String type = "DATE";
                int ordinal = ordinalQuarter(s, i);
                if (ordinal >= 0) {
                    // "fourth-quarter charge", "the fourth quarter", "fiscal second-quarter": SUTime misses some
                    // ordinals ("fourth" above all); a hyphenated adjective keeps no determiner
                    begin = ordinal;
                    end = i + 1;
                    if (begin > 0 && lower(s, begin - 1).equals("fiscal")) {
                        begin--;
                    }
                    if (!lower(s, i - 1).equals("-") && begin > 0 && lower(s, begin - 1).equals("the")) {
                        begin--;
                    }
                    int y = i + 2 < s.size() && lower(s, i + 1).equals("of") ? i + 2 : -1;
                    if (y > 0 && lower(s, y).equals("fiscal") && y + 1 < s.size()) {
                        y++;
                    }
                    if (y > 0 && lower(s, y).matches("(1[89]|20)\\d\\d")) {
                        end = y + 1; // "the fourth quarter of 2005" is one expression
                    }
                } else if (w.matches("mid-(1[89]\\d\\d|20\\d\\d)")) {
                    // "mid-1996" is one token SUTime leaves alone: the year
                    begin = i;
                    end = i + 1;
                    value = w.substring(4);
                } else if (w.matches("mid-(january|february|march|april|may|june|july|august|september|october"
                        + "|november|december)")) {
                    begin = i; // "mid-November": a bare month, dated by TR-MONTH
                    end = i + 1;
                } else if (w.equals("fiscal") && i + 1 < s.size() && lower(s, i + 1).matches("(1[89]|20)\\d\\d")) {
                    begin = i; // "fiscal 1989" where SUTime saw no year (after a quote mark)
                    end = i + 2;
                    value = lower(s, i + 1);
                } else if (TimeResolver.isWeekday(s.token(i)) && Character.isUpperCase(s.token(i).word().charAt(0))
                        && !(i + 1 < s.size() && s.token(i + 1).pos().startsWith("NNP"))) {
                    begin = i; // "Sunday night" SUTime missed (not "Sunday Times"): dated by TR-WEEKDAY
                    end = i + 1;
                } else if (w.equals("quarter") || w.equals("period")) {
                    int b = i;
                    boolean anchoring = false;
                    while (b > 0 && (PERIOD_MODIFIERS.contains(lower(s, b - 1)) || lower(s, b - 1).matches("\\d{4}"))) {
                        anchoring |= ANCHORING.contains(lower(s, b - 1)) || lower(s, b - 1).matches("\\d{4}");
                        b--;
                    }
                    boolean determined = b > 0 && DETERMINERS.contains(lower(s, b - 1)) && !lower(s, b - 1).equals("a");
                    if (determined) {
                        b--;
                    }
                    boolean compound = i + 1 < s.size() && lower(s, i + 1).startsWith("-");
                    if (!compound && (w.equals("quarter") ? determined || anchoring : anchoring && determined)) {
                        begin = b;
                        end = i + 1;
                    }
                } else if (w.equals("year") && yearEnd(s, i) > 0) {
                    // "by year-end", "around year end", "before year's end"
                    begin = i;
                    end = yearEnd(s, i);
                } else if (COUNTED.matcher(w).matches() && i + 2 < s.size()
                        && lower(s, i + 1).matches("consecutive|straight|successive")
                        && lower(s, i + 2).matches("(day|week|month|quarter|year)s?")) {
                    // "two consecutive quarters of negative growth": SUTime sees no duration past the adjective
                    begin = i;
                    end = i + 3;
                    String unit = lower(s, i + 2);
                    value = "P" + count(w) + Character.toUpperCase(unit.charAt(0));
                    type = "DURATION";
                } else if (w.equals("year-end")) {
                    begin = i;
                    end = i + 1;
                } else if (w.equals("year-earlier") || w.equals("year-ago")) {
                    begin = i;
                    end = i + 1;
                } else if (w.equals("year") && i + 2 < s.size() && lower(s, i + 1).equals("-")
                        && (lower(s, i + 2).equals("ago") || lower(s, i + 2).equals("earlier"))
                        && !(i + 3 < s.size() && (lower(s, i + 3).equals("quarter") || lower(s, i + 3).equals("period")))) {
                    begin = i;
                    end = i + 3;
                }
                if (begin >= 0 && free(all, s.index(), begin, end)) {
                    int start = s.token(begin).start();
                    int stop = s.token(end - 1).end();
                    String text = doc.text().substring(start, stop);
                    all.add(new TimexAnnotation(s.index(), begin, end, start, stop, text, type, value));
                }
            }
        }
        all.sort(Comparator.comparingInt(TimexAnnotation::start).thenComparingInt(TimexAnnotation::end));
        return comparisons(doc, all);
    }

    private static final java.util.regex.Pattern ENDPOINT = java.util.regex.Pattern.compile(
            "(1[89]\\d\\d|20\\d\\d)"
                    + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(\\s+\\d{1,2}(,?\\s+(1[89]\\d\\d|20\\d\\d))?)?"
                    + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(yesterday|today|tomorrow)");

    /**
     * TR-FIND: SUTime reads "from Aug. 26 to Oct. 20", "1991 to 1997", "Friday to December" as one duration in hours;
     * TimeML marks the two ends, each a date (a year, a month-day, a month, a weekday). The ends get the values the
     * resolver's rules complete (a month-day's year, a weekday's date). Anything else is kept as it is.
     */
    static List<TimexAnnotation> range(AnnotatedDocument doc, TimexAnnotation t) {
        if (!t.type().equals("DURATION") || !t.value().matches("PT-?\\d+H")) {
            return List.of(t);
        }
        Sentence s = doc.sentences().get(t.sentence());
        int b = t.tokenBegin();
        if (lower(s, b).equals("from") || lower(s, b).equals("between")) {
            b++;
        }
        for (int k = b + 1; k < t.tokenEnd() - 1; k++) {
            if (!lower(s, k).matches("to|through|and|-")) {
                continue;
            }
            TimexAnnotation left = end(doc, s, t, b, k);
            TimexAnnotation right = end(doc, s, t, k + 1, t.tokenEnd());
            if (left != null && right != null) {
                return List.of(left, right);
            }
        }
        return List.of(t);
    }

    /** SUTime sometimes starts an expression at the comma before it ("16:15 UTC, June 1st" gives ", June 1st"). */
    static TimexAnnotation trimmed(AnnotatedDocument doc, TimexAnnotation t) {
        Sentence s = doc.sentences().get(t.sentence());
        int b = t.tokenBegin();
        while (b < t.tokenEnd() - 1 && lower(s, b).matches("[,;]")) {
            b++;
        }
        if (b == t.tokenBegin()) {
            return t;
        }
        int start = s.token(b).start();
        return new TimexAnnotation(t.sentence(), b, t.tokenEnd(), start, t.end(), doc.text().substring(start, t.end()),
                t.type(), t.value());
    }

    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})");

    /**
     * TR-FIND: "the past five trading days", "the next 10 business days": SUTime marks "the past" (PAST_REF) and
     * "days" apart, because of the word between; one duration, the count in the unit (P5D).
     */
    static void counted(AnnotatedDocument doc, List<TimexAnnotation> all) {
        for (int a = 0; a < all.size(); a++) {
            TimexAnnotation head = all.get(a);
            Sentence s = doc.sentences().get(head.sentence());
            int n = head.tokenEnd();
            if (!head.text().toLowerCase(Locale.ROOT).matches("the\\s+(past|last|next|first|final)") || n + 2 >= s.size()
                    || !COUNTED.matcher(lower(s, n)).matches() || !lower(s, n + 1).matches("trading|business|working|"
                    + "school|calendar")) {
                continue;
            }
            String unit = lower(s, n + 2);
            if (!unit.matches("(day|week|month|year)s?")) {
                continue;
            }
            int c = count(lower(s, n));
            int end = n + 3;
            all.removeIf(t -> t != head && t.sentence() == head.sentence() && t.tokenBegin() >= n && t.tokenEnd() <= end);
            int stop = s.token(end - 1).end();
            all.set(all.indexOf(head), new TimexAnnotation(head.sentence(), head.tokenBegin(), end, head.start(), stop,
                    doc.text().substring(head.start(), stop), "DURATION", "P" + c + Character.toUpperCase(unit.charAt(0))));
        }
    }

    /** The number a counting word of {@link #COUNTED} says. */
    private static int count(String w) {
        return w.matches("\\d+") ? Integer.parseInt(w) : List.of("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "eleven", "twelve").indexOf(w);
    }

    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            ".*\\b(second|minute|hour|day|week|month|quarter|year|decade|century)s?$");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    /**
     * TR-FIND: SUTime joins a duration or stretch and the date after it into one expression without a value ("over a
     * decade on Monday", "more than four hours Friday", "the first nine months of 1997", "the early hours of Thursday
     * morning", "a calendar year in December"), or a date and the appositive after it ("Nov. 3, the day before"),
     * and the date is lost. TimeML marks them apart: the duration (completed by the resolver's rules: "over" joins
     * it, the amount fills its value, and one without an amount is dropped) and the date (a weekday, a month, a
     * month-day or a year, dated like any other; a weekday's part of the day joins it again by TR-DAYPART). Only
     * value-less expressions: one SUTime gave a value is one it could read as a whole ("the night of Friday, Oct.
     * 23").
     */
    static List<TimexAnnotation> split(AnnotatedDocument doc, TimexAnnotation t) {
        Sentence s = doc.sentences().get(t.sentence());
        int b = t.tokenBegin();
        int e = t.tokenEnd();
        for (int k = b + 1; k < e - 2 && !t.value().isEmpty(); k++) {
            if (lower(s, k).equals(",") && SHIFT.matcher(words(s, k + 1, e)).matches()) {
                // "arrives on November 11, three days later than planned": SUTime moves the date by the shift; the
                // date is the one written, and the shift is a duration of its own (TR-LATER)
                TimexAnnotation date = end(doc, s, t, b, k);
                if (date != null) {
                    int start = s.token(k + 1).start();
                    return List.of(date, new TimexAnnotation(t.sentence(), k + 1, e, start, t.end(),
                            doc.text().substring(start, t.end()), "DATE", ""));
                }
            }
        }
        if (!t.value().isEmpty()) {
            return List.of(t);
        }
        for (int j = b + 1; j < e; j++) {
            int dateEnd = e;
            if (j == e - 2 && TimeResolver.isWeekday(s.token(j)) && PARTS_OF_DAY.contains(lower(s, e - 1))) {
                dateEnd = e - 1;
            }
            TimexAnnotation date = end(doc, s, t, j, dateEnd);
            if (date == null) {
                continue;
            }
            int k = lower(s, j - 1).matches("on|in|of|,") ? j - 1 : j;
            if (k <= b) {
                continue;
            }
            int start = s.token(b).start();
            int stop = s.token(k - 1).end();
            String left = doc.text().substring(start, stop);
            String l = left.toLowerCase(Locale.ROOT);
            if (l.matches("(the\\s+)?week") && lower(s, k).equals("of") && date.value().length() == 10) {
                // "a hearing the week of March 6": one expression, that day's week
                java.time.LocalDate d = TimeResolver.nearestYear(java.time.LocalDate.parse(date.value()),
                        doc.document().date(), org.annals.core.annotate.Clauses.Tense.PRESENT);
                String week = String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                return List.of(new TimexAnnotation(t.sentence(), b, e, t.start(), t.end(), t.text(), "DATE", week));
            }
            // "the first half of 2019", "the final quarter of 2009", "the month of July" name one period
            if (UNIT.matcher(l).matches() && !l.matches(".*\\b(quarters?|half)\\b.*|(the\\s+)?month")) {
                return List.of(new TimexAnnotation(t.sentence(), b, k, start, stop, left, "DURATION", ""), date);
            }
        }
        for (int k = b + 1; k < e - 1; k++) {
            if (lower(s, k).equals(",")) {
                TimexAnnotation date = end(doc, s, t, b, k);
                if (date != null) {
                    return List.of(date); // the appositive ("the day before ...") is defined by its own clause
                }
            }
        }
        return List.of(t);
    }

    private static TimexAnnotation end(AnnotatedDocument doc, Sentence s, TimexAnnotation t, int from, int to) {
        int start = s.token(from).start();
        int stop = s.token(to - 1).end();
        String text = doc.text().substring(start, stop);
        String lower = text.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = ENDPOINT.matcher(lower);
        if (!m.matches()) {
            return null;
        }
        String value = "";
        java.time.LocalDate dct = doc.document().date();
        if (m.group(7) != null) {
            value = (m.group(7).equals("yesterday") ? dct.minusDays(1) : m.group(7).equals("tomorrow")
                    ? dct.plusDays(1) : dct).toString(); // "an unusually turbulent day yesterday"
        } else if (m.group(1) != null) {
            value = m.group(1);
        } else if (m.group(2) != null && m.group(3) != null) {
            int month = TimeResolver.month(m.group(2)).getValue();
            int day = Integer.parseInt(m.group(3).trim().split("\\D")[0]);
            int year = m.group(5) != null ? Integer.parseInt(m.group(5)) : doc.document().date().getYear();
            try {
                value = java.time.LocalDate.of(year, month, day).toString(); // TR-MONTHDAY picks the year
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return new TimexAnnotation(t.sentence(), from, to, start, stop, text, "DATE", value);
    }

    /** A quarter or period, then "a year ago" / "a year earlier" / "last year" right after it. */
    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile(
            "(?i)(the|that|its)\\s+((corresponding|comparable|same|year-earlier|year-ago)\\s+)?(quarter|period)");
    private static final java.util.regex.Pattern YEAR_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(a year (ago|earlier)|last year|of last year)");

    /**
     * "the quarter a year ago", "the corresponding period last year": one expression, that quarter a year before
     * (SUTime marks "last year" alone, or two expressions). The words before "last year" join it when they name a
     * period even where no expression was marked on them.
     */
    static List<TimexAnnotation> comparisons(AnnotatedDocument doc, List<TimexAnnotation> in) {
        List<TimexAnnotation> out = new ArrayList<>();
        String text = doc.text();
        for (TimexAnnotation t : in) {
            TimexAnnotation prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (YEAR_BEFORE.matcher(t.text()).matches()) {
                if (prev != null && prev.sentence() == t.sentence() && prev.end() <= t.start()
                        && text.substring(prev.end(), t.start()).isBlank() && PERIOD.matcher(prev.text()).matches()) {
                    out.set(out.size() - 1, new TimexAnnotation(t.sentence(), prev.tokenBegin(), t.tokenEnd(),
                            prev.start(), t.end(), text.substring(prev.start(), t.end()), "DATE", ""));
                    continue;
                }
                Sentence s = doc.sentences().get(t.sentence());
                int b = t.tokenBegin();
                if (b >= 2 && lower(s, b - 1).matches("quarter|period")
                        && (prev == null || prev.sentence() != t.sentence() || prev.tokenEnd() <= b - 3)) {
                    int k = b - 2;
                    if (k >= 1 && lower(s, k).matches("corresponding|comparable|same|year-earlier|year-ago")) {
                        k--;
                    }
                    if (lower(s, k).matches("the|that|its")) {
                        int start = s.token(k).start();
                        out.add(new TimexAnnotation(t.sentence(), k, t.tokenEnd(), start, t.end(),
                                text.substring(start, t.end()), "DATE", ""));
                        continue;
                    }
                }
            }
            out.add(t);
        }
        return out;
    }

    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "1st", "2nd", "3rd",
            "4th");

    /** The ordinal's token when "quarter" at {@code i} follows one ("fourth quarter", "fourth - quarter"), or -1. */
    static int ordinalQuarter(Sentence s, int i) {
        if (!lower(s, i).equals("quarter")) {
            return -1;
        }
        int k = i - 1;
        if (k >= 0 && lower(s, k).equals("-")) {
            k--;
        }
        return k >= 0 && ORDINALS.contains(lower(s, k)) ? k : -1;
    }

    /** The token after "year end", "year-end" or "year's end" starting at {@code i}, or -1. */
    static int yearEnd(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 3); k++) {
            String w = lower(s, k);
            if (w.equals("end")) {
                return k + 1;
            }
            if (!w.equals("-") && !w.equals("'s")) {
                return -1;
            }
        }
        return -1;
    }

    /** No expression overlaps the span except ones inside it, which the longer span replaces ("year" of "year-ago"). */
    private static boolean free(List<TimexAnnotation> all, int sentence, int begin, int end) {
        List<TimexAnnotation> inside = new ArrayList<>();
        for (TimexAnnotation t : all) {
            if (t.sentence() == sentence && t.tokenBegin() < end && begin < t.tokenEnd()) {
                if (t.tokenBegin() < begin || t.tokenEnd() > end) {
                    return false;
                }
                inside.add(t);
            }
        }
        all.removeAll(inside);
        return true;
    }

    /** "three days later", "a week earlier": a shift after a date, with a comma between. */
    private static final java.util.regex.Pattern SHIFT = java.util.regex.Pattern.compile(
            "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|a few|several)\\s+"
                    + "(minute|hour|day|week|month|year)s?\\s+(later|earlier)");

    private static String words(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(lower(s, i));
        }
        return b.toString();
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).word().toLowerCase(Locale.ROOT);
    }
}
