package org.annals.core.actor;

import java.util.Objects;

/**
 * One gold entity mention of an annotated corpus, in body offsets.
 *
 * @param type  the gold type as the corpus writes it (MEANTIME: PER, ORG, LOC, PRO, FIN; {@code ""} if none)
 * @param chain the gold instance the mention refers to (mentions of one instance form a coreference chain);
 *              {@code ""} when the corpus links it to none
 */
public record GoldMention(int start, int end, String type, String chain) {
    public GoldMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(chain, "chain");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad gold span [" + start + ", " + end + ")");
        }
    }
}
