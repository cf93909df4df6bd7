package org.annals.model;

import java.util.Objects;

/** A piece of the body: its text and where it is. {@code text} must equal {@code body.substring(start, end)}. */
public record Mention(String text, int start, int end) {
    public Mention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") for '" + text + "'");
        }
    }

    public static Mention of(String body, int start, int end) {
        return new Mention(body.substring(start, end), start, end);
    }

    public Span span() { return new Span(start, end); }
}
