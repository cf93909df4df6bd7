package org.annals.core.event;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.Token;

/** Hand-built parses for event tests that must not depend on what CoreNLP does with a sentence. */
final class HandParses {
    private HandParses() {
    }

    /** Words as "word/POS", arcs as "rel governor dependent" (governor -1 is the root). */
    static Sentence parse(String tagged, String... arcs) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String wt : tagged.split(" ")) {
            String w = wt.substring(0, wt.lastIndexOf('/'));
            String pos = wt.substring(wt.lastIndexOf('/') + 1);
            tokens.add(new Token(tokens.size(), offset, offset + w.length(), w, w.toLowerCase(), pos, "O"));
            offset += w.length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        for (String a : arcs) {
            String[] p = a.split(" ");
            deps.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        return new Sentence(0, 0, offset, tokens, deps);
    }
}
