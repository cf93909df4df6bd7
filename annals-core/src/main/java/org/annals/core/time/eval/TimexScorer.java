package org.annals.core.time.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * TempEval-3 Task A for one document: strict pairs have the same span, relaxed pairs overlap. Pairs are one to one:
 * each gold expression, in text order, takes the unpaired system expression that overlaps it most (an exact span
 * first), so one long system span cannot match two gold expressions. Type and value are compared on the relaxed
 * pairs, values as strings (TIMEX3 values are canonical).
 */
public final class TimexScorer {
    private TimexScorer() {
    }

    /** A relaxed pair whose values differ. */
    public record ValueError(String document, Timex gold, Timex system) {
        public ValueError {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(system, "system");
        }
    }

    /** One document's comparison: its counts, value errors, missed gold and spurious system expressions. */
    public record DocumentScore(String document, TimexScore score, List<ValueError> valueErrors,
                                List<Timex> missed, List<Timex> spurious) {
        public DocumentScore {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(score, "score");
            valueErrors = List.copyOf(valueErrors);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    public static DocumentScore score(String document, List<Timex> gold, List<Timex> system) {
        Set<Long> systemSpans = new HashSet<>();
        for (Timex s : system) {
            systemSpans.add(key(s));
        }
        int strict = 0;
        Set<Long> strictTaken = new HashSet<>();
        for (Timex g : gold) {
            if (systemSpans.contains(key(g)) && strictTaken.add(key(g))) {
                strict++;
            }
        }
        boolean[] used = new boolean[system.size()];
        boolean[] goldMatched = new boolean[gold.size()];
        int relaxed = 0;
        int type = 0;
        int value = 0;
        List<ValueError> errors = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Timex g = gold.get(gi);
            int best = -1;
            for (int i = 0; i < system.size(); i++) {
                Timex s = system.get(i);
                if (used[i] || !s.overlaps(g)) {
                    continue;
                }
                if (best < 0 || better(s, system.get(best), g)) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            goldMatched[gi] = true;
            Timex s = system.get(best);
            relaxed++;
            if (s.type().equals(g.type())) {
                type++;
            }
            if (s.value().equals(g.value())) {
                value++;
            } else {
                errors.add(new ValueError(document, g, s));
            }
        }
        List<Timex> missed = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            if (!goldMatched[gi]) {
                missed.add(gold.get(gi));
            }
        }
        List<Timex> spurious = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                spurious.add(system.get(i));
            }
        }
        return new DocumentScore(document, new TimexScore(gold.size(), system.size(), strict, relaxed, type, value),
                errors, missed, spurious);
    }

    private static boolean better(Timex a, Timex b, Timex g) {
        boolean exactA = a.start() == g.start() && a.end() == g.end();
        boolean exactB = b.start() == g.start() && b.end() == g.end();
        if (exactA != exactB) {
            return exactA;
        }
        return a.overlap(g) > b.overlap(g);
    }

    private static long key(Timex t) {
        return ((long) t.start() << 32) | t.end();
    }
}
