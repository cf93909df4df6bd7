package org.annals.model;

/** Id of an event within one record, {@code V1}, {@code V2} … */
public record EventId(String value) {
    public EventId {
        if (value == null || !value.matches("V[0-9]+")) {
            throw new IllegalArgumentException("not an event id: '" + value + "'");
        }
    }

    public static EventId of(int n) { return new EventId("V" + n); }

    @Override public String toString() { return value; }
}
