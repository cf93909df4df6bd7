package org.annals.core.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One sentence: tokens and the dependency graph over them. Offsets point into the document body. */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }

    /** The arc whose dependent is {@code i}, if any (the first in basic dependencies). */
    public Optional<Dependency> head(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** Children of {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}. */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i && (d.rel().equals(rel) || d.rel().startsWith(rel + ":"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Token indices of the subtree rooted at {@code i}, in order. */
    public List<Integer> subtree(int i) {
        boolean[] in = new boolean[tokens.size()];
        collect(i, in, 0);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < in.length; k++) {
            if (in[k]) {
                out.add(k);
            }
        }
        return out;
    }

    private void collect(int i, boolean[] in, int depth) {
        if (in[i] || depth > tokens.size()) {
            return;
        }
        in[i] = true;
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                collect(d.dependent(), in, depth + 1);
            }
        }
    }

    /** True when {@code ancestor} dominates {@code i} (or is it). */
    public boolean dominates(int ancestor, int i) {
        int cur = i;
        for (int steps = 0; steps <= tokens.size() && cur >= 0; steps++) {
            if (cur == ancestor) {
                return true;
            }
            cur = head(cur).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /** Index of the first token starting at or after {@code offset} … used to map spans. -1 when none. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.start() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }

    public String text(String body) { return body.substring(start, end); }
}
