package org.annals.core.annotate;

import java.util.Optional;
import java.util.Set;

/** Questions about clauses asked of a parsed sentence: which verb heads a token's clause, and its tense. */
public final class Clauses {
    /**
     * Tense of a clause as far as it matters for dating: what has happened, is happening, or is to come.
     * "would" counts as future: in news it is mostly the future seen from a past report ("said talks would
     * begin in May"), and a conditional is not a past either.
     */
    public enum Tense { PAST, PRESENT, FUTURE }

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would");

    private Clauses() {
    }

    /** The nearest verb at or above token {@code i} (the head of its clause), if any. */
    public static Optional<Integer> clauseHead(Sentence s, int i) {
        int cur = i;
        for (int steps = 0; steps <= s.size() && cur >= 0; steps++) {
            Token t = s.token(cur);
            if (t.pos().startsWith("VB") || !s.children(cur, "cop").isEmpty()) {
                return Optional.of(cur);
            }
            cur = s.head(cur).map(Dependency::governor).orElse(-1);
        }
        return Optional.empty();
    }

    /** The tense of the clause headed by verb {@code v}, looking at its auxiliaries and the verbs it hangs from. */
    public static Tense tense(Sentence s, int v) {
        int cur = v;
        for (int hops = 0; hops < 4 && cur >= 0; hops++) {
            for (Dependency d : s.children(cur)) {
                if (d.baseRel().equals("aux")) {
                    String w = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
                    if (FUTURE_AUX.contains(w)) {
                        return Tense.FUTURE;
                    }
                    if (w.equals("had") || w.equals("has") || w.equals("have") || w.equals("did")
                            || w.equals("was") || w.equals("were")) {
                        return Tense.PAST;
                    }
                }
            }
            for (int c : s.children(cur, "cop")) {
                String pos = s.token(c).pos();
                if (pos.equals("VBD")) {
                    return Tense.PAST;
                }
                if (pos.equals("VBZ") || pos.equals("VBP")) {
                    return Tense.PRESENT;
                }
            }
            Token t = s.token(cur);
            if (t.pos().equals("VBD")) {
                return Tense.PAST;
            }
            if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                return Tense.PRESENT;
            }
            // an infinitive or participle takes the tense of the verb it depends on ("agreed to deepen")
            Optional<Dependency> h = s.head(cur);
            if (h.isEmpty() || h.get().governor() < 0) {
                break;
            }
            String rel = h.get().baseRel();
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("ccomp") || rel.equals("advcl"))) {
                break;
            }
            cur = h.get().governor();
        }
        return Tense.PRESENT;
    }
}
