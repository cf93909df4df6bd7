package org.annals.core.time.eval;

import java.util.Objects;

/** A TIMEX3 of a scored document: its span in the body ({@code [start, end)}), text, type and value. */
public record Timex(int start, int end, String text, String type, String value) {
    public Timex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad timex span [" + start + ", " + end + ") for '" + text + "'");
        }
    }

    boolean overlaps(Timex o) {
        return start < o.end && o.start < end;
    }

    int overlap(Timex o) {
        return Math.min(end, o.end) - Math.max(start, o.start);
    }
}
