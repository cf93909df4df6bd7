package org.annals.model;

import java.util.regex.Pattern;

/** TIMEX3 value syntax: what a value in {@link TimeMention} and {@link EventDate} may look like. */
public final class Timex3 {
    /** A number or the placeholder X, as in a TIMEX3 duration. */
    private static final String AMOUNT = "(?:[0-9]+(?:\\.[0-9]+)?|X)";

    /**
     * Plausible TIMEX3 values: dates and times with optional {@code X} placeholders ({@code 2023-02-21},
     * {@code 2022-09}, {@code 2020}, {@code 199X}, {@code XXXX-03}, {@code 2023-02-21T14:30}, {@code 2023-02-21TEV}),
     * weeks ({@code 2023-W08}, {@code 2023-W08-WE}, {@code XXXX-WXX-1}), quarters, halves and seasons
     * ({@code 2023-Q1}, {@code 2023-H2}, {@code 2023-SU}), the references {@code PRESENT_REF},
     * {@code PAST_REF}, {@code FUTURE_REF}, and durations ({@code P3D}, {@code PT2H}, {@code P1Y6M}, {@code PXY}, and with TimeML's quarter, decade, century and
     * millennium units {@code P2Q}, {@code P1E}, {@code PXC}, {@code P2L}).
     */
    public static final Pattern PATTERN = Pattern.compile(
            "(?:PRESENT_REF|PAST_REF|FUTURE_REF)"
            // decades and centuries: 199X, 19XX, 199, 19
            + "|[0-9]{2}(?:[0-9X]{0,2})"
            // year, then month and day, with an optional time
            + "|[0-9X]{4}(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX)"
            + "(?:T(?:MO|AF|EV|NI|(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?)?)(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?)?"
            // year, then week (with optional day or weekend), quarter, half or season
            + "|[0-9X]{4}-W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)(?:-(?:[1-7]|WE))?"
            + "|[0-9X]{4}-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)"
            // durations: P1Y6M, P3D, P2W, PT2H30M, PXY, P1DT12H, and TimeML's own calendar units beyond ISO 8601:
            // quarters (P2Q), decades (P1E), centuries (PXC), millennia (P2L)
            + "|P(?!$)(?:" + AMOUNT + "[YMWDQECL])*(?:T(?:" + AMOUNT + "[HMS])+)?");

    private Timex3() {
    }

    /** True when {@code value} is a plausible TIMEX3 value. */
    public static boolean isValid(String value) {
        return PATTERN.matcher(value).matches();
    }
}
