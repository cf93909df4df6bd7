package org.annals.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays without a year ({@code TR-HOLIDAY}): "Thanksgiving Day", "Christmas", "Easter", "Election Day". The date
 * of each in a year, and the occurrence a clause speaks of: the next one when it looks ahead, the latest up to the
 * article in a past-tense clause, else the nearest. Stateless.
 */
final class Holidays {
    private static final Pattern NAME = Pattern.compile("(?:on\\s+|last\\s+|this\\s+|next\\s+)?"
            + "(thanksgiving|christmas|christmas eve|christmas day|new year's eve|new year's day|new year's|easter"
            + "|easter sunday|election day|independence day|labor day|memorial day|halloween|valentine's day"
            + "|veterans day)(?:\\s+day)?");

    private Holidays() {
    }

    /** The holiday a text names, when it is only that (with "on" or "Day"), without "last"/"next"/"this". */
    static Optional<String> name(String lower) {
        Matcher m = NAME.matcher(lower.trim());
        if (!m.matches() || lower.matches("(last|this|next)\\b.*")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replace(" day", "").replace(" eve", " eve").replace(" sunday", ""));
    }

    /** The holiday's date in {@code year}, when it is one of those known here. */
    static Optional<LocalDate> in(String holiday, int year) {
        return Optional.ofNullable(switch (holiday) {
            case "thanksgiving" -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "christmas" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "new year's" -> LocalDate.of(year, 1, 1);
            case "easter" -> easter(year);
            case "election" -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "independence" -> LocalDate.of(year, 7, 4);
            case "labor" -> LocalDate.of(year, Month.SEPTEMBER, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial" -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "valentine's" -> LocalDate.of(year, 2, 14);
            case "veterans" -> LocalDate.of(year, 11, 11);
            default -> null;
        });
    }

    /**
     * The occurrence of {@code holiday} a clause means: {@code direction} 1 the first on or after the article date,
     * -1 the latest on or before it, 0 the nearest.
     */
    static Optional<LocalDate> resolve(String holiday, LocalDate dct, int direction) {
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            Optional<LocalDate> d = in(holiday, y);
            if (d.isEmpty() || direction > 0 && d.get().isBefore(dct) || direction < 0 && d.get().isAfter(dct)) {
                continue;
            }
            if (best == null || Math.abs(d.get().toEpochDay() - dct.toEpochDay())
                    < Math.abs(best.toEpochDay() - dct.toEpochDay())) {
                best = d.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Easter Sunday (Gregorian, the anonymous algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
