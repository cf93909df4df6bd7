package org.annals.core.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.core.annotate.FineClasses;
import org.annals.core.lexicon.TsvTable;

/** The lexicon files of this build and their SHA-256, for provenance. */
final class Lexicons {
    static final List<String> FILES = List.of("countries.tsv", "igos.tsv", "descriptors.tsv", "org-heads.tsv",
            "titles.tsv", "actors.tsv", "contexts.tsv", "cameo.tsv", "triggers.tsv");

    private Lexicons() {
    }

    static Map<String, String> hashes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FILES) {
            out.put(f, TsvTable.load("/org/annals/core/lexicon/" + f).sha256());
        }
        // the annotate layer's own table: the fine-grained NER classes our lexicons do not give
        out.put("fine-classes.tsv", TsvTable.load(FineClasses.RESOURCE).sha256());
        return out;
    }
}
