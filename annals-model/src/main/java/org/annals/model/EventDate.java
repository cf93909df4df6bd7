package org.annals.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened (or is planned): a TIMEX3 value and the calendar interval it can lie in.
 * An open end ({@code latest} empty) means "not bounded by the text" (a planned event).
 */
public record EventDate(String value, Optional<LocalDate> earliest, Optional<LocalDate> latest,
                        Optional<String> text, Basis basis) {
    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(basis, "basis");
        if (earliest.isPresent() && latest.isPresent() && earliest.get().isAfter(latest.get())) {
            throw new IllegalArgumentException("event date " + value + ": earliest " + earliest.get()
                    + " after latest " + latest.get());
        }
    }

    /** True when the two intervals can describe the same day. Open ends overlap everything on that side. */
    public boolean overlaps(EventDate other) {
        boolean startsBeforeOtherEnds = earliest.isEmpty() || other.latest.isEmpty() || !earliest.get().isAfter(other.latest.get());
        boolean otherStartsBeforeThisEnds = other.earliest.isEmpty() || latest.isEmpty() || !other.earliest.get().isAfter(latest.get());
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
