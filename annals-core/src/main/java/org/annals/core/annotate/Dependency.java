package org.annals.core.annotate;

/**
 * A Universal Dependencies arc inside one sentence.
 *
 * @param rel        relation with its subtype, e.g. {@code nsubj}, {@code obl:in}, {@code nmod:poss}
 * @param governor   token index of the head, -1 for the root
 * @param dependent  token index of the dependent
 */
public record Dependency(String rel, int governor, int dependent) {
    /** The relation without its subtype: {@code obl:in} gives {@code obl}. */
    public String baseRel() {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }
}
