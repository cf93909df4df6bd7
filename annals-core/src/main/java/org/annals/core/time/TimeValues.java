package org.annals.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar intervals of TIMEX3 values and small date arithmetic. */
public final class TimeValues {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DURATION = Pattern.compile("P(\\d+(?:\\.\\d+)?)([YMWD])");

    private TimeValues() {
    }

    /** A closed calendar interval. */
    public record Interval(LocalDate earliest, LocalDate latest) {
    }

    /** The days a DATE value covers, when it names a calendar period. */
    public static Optional<Interval> interval(String value) {
        Matcher m;
        try {
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return Optional.of(new Interval(d, d));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new Interval(ym.atDay(1), ym.atEndOfMonth()));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(m.group(3) != null ? new Interval(monday.plusDays(5), monday.plusDays(6))
                        : new Interval(monday, monday.plusDays(6)));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                int q = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), 3 * q - 2);
                return Optional.of(new Interval(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
            }
            if ((m = SEASON.matcher(value)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return Optional.of(switch (m.group(2)) {
                    case "SP" -> new Interval(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
                    case "SU" -> new Interval(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
                    case "FA" -> new Interval(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
                    default -> new Interval(LocalDate.of(y, 12, 1), YearMonth.of(y + 1, 2).atEndOfMonth());
                });
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return Optional.of(new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The value's year when it names one ("2021-11" gives 2021). */
    public static Optional<Integer> year(String value) {
        if (value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(value.substring(0, 4)));
        }
        return Optional.empty();
    }

    /** A duration value "P1M", "P2Y", "P3D", "P1W" as an amount and a unit letter. */
    public record Amount(double count, char unit) {
        public LocalDate addTo(LocalDate d, int sign) {
            long whole = Math.round(count);
            return switch (unit) {
                case 'Y' -> d.plusYears(sign * whole);
                case 'M' -> d.plusMonths(sign * whole);
                case 'W' -> d.plusWeeks(sign * whole);
                default -> d.plusDays(sign * whole);
            };
        }
    }

    public static Optional<Amount> amount(String durationValue) {
        Matcher m = DURATION.matcher(durationValue);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Amount(Double.parseDouble(m.group(1)), m.group(2).charAt(0)));
    }

    /** The value at the granularity of {@code like}: a day value shifted to a month value etc. */
    public static String sameGranularity(LocalDate d, String like) {
        if (DAY.matcher(like).matches()) {
            return d.toString();
        }
        if (MONTH.matcher(like).matches()) {
            return YearMonth.from(d).toString();
        }
        return Integer.toString(d.getYear());
    }

    /**
     * {@code value} moved by {@code sign} of one {@code unit} ("year", "month", "day"), written at that unit's
     * granularity; empty when the value is coarser than the unit (a year has no "following month").
     */
    public static Optional<String> shift(String value, String unit, int sign) {
        java.util.regex.Matcher d = DAY.matcher(value);
        java.util.regex.Matcher m = MONTH.matcher(value);
        java.util.regex.Matcher y = YEAR.matcher(value);
        LocalDate base;
        if (d.matches()) {
            base = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } else if (m.matches() && !unit.equals("day")) {
            base = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        } else if (y.matches() && unit.equals("year")) {
            base = LocalDate.of(Integer.parseInt(y.group(1)), 1, 1);
        } else {
            return Optional.empty();
        }
        return Optional.of(switch (unit) {
            case "year" -> Integer.toString(base.plusYears(sign).getYear());
            case "month" -> java.time.YearMonth.from(base.plusMonths(sign)).toString();
            default -> base.plusDays(sign).toString();
        });
    }
}
