package org.annals.model;

/** A half-open character range {@code [start, end)} into a document body (UTF-16 code units). */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() { return end - start; }

    public boolean contains(Span other) { return start <= other.start && other.end <= end; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    /** The text this span covers in {@code body}. */
    public String of(String body) { return body.substring(start, end); }
}
