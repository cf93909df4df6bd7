package org.annals.model;

/** The 16 PLOVER event types with their quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). */
public enum EventType {
    AGREE(1), CONSULT(1), SUPPORT(1), CONCEDE(1),
    COOPERATE(2), AID(2), RETREAT(2),
    REQUEST(3), ACCUSE(3), REJECT(3), THREATEN(3),
    PROTEST(4), SANCTION(4), MOBILIZE(4), COERCE(4), ASSAULT(4);

    private final int quad;

    EventType(int quad) { this.quad = quad; }

    public int quadClass() { return quad; }
}
