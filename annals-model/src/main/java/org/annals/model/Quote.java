package org.annals.model;

import java.util.Objects;
import java.util.Optional;

/** A quotation in the body (without its quotation marks) and who said it. */
public record Quote(String text, int start, int end, Optional<EntityId> speaker) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
    }

    public Span span() { return new Span(start, end); }
}
