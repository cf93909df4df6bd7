package org.annals.model;

/** Id of an entity within one record, {@code E1}, {@code E2} … */
public record EntityId(String value) {
    public EntityId {
        if (value == null || !value.matches("E[0-9]+")) {
            throw new IllegalArgumentException("not an entity id: '" + value + "'");
        }
    }

    public static EntityId of(int n) { return new EntityId("E" + n); }

    @Override public String toString() { return value; }
}
