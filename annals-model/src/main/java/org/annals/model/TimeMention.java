package org.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression in the body with its normalized TIMEX3 value.
 *
 * @param earliest first day of the calendar interval the value denotes, when it denotes one
 * @param latest   last day of that interval
 * @param rule     the id of the rule that set or corrected the value
 */
public record TimeMention(String text, int start, int end, TimeType type, String value,
                          Optional<java.time.LocalDate> earliest, Optional<java.time.LocalDate> latest,
                          Optional<String> rule) {
    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad time span [" + start + ", " + end + ") for '" + text + "'");
        }
        if (earliest.isPresent() && latest.isPresent() && earliest.get().isAfter(latest.get())) {
            throw new IllegalArgumentException("time '" + text + "': earliest " + earliest.get() + " after latest " + latest.get());
        }
    }

    public Span span() { return new Span(start, end); }
}
