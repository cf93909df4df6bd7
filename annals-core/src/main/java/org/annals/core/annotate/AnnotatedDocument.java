package org.annals.core.annotate;

import java.util.List;
import org.annals.model.Document;

/** A document with its sentences, tokens, dependency parses, time expressions and NER spans. */
public record AnnotatedDocument(Document document, List<Sentence> sentences, List<TimexAnnotation> timexes,
                                List<NerSpan> nerSpans) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        timexes = List.copyOf(timexes);
        nerSpans = List.copyOf(nerSpans);
    }

    public String text() { return document.text(); }

    /** The sentence holding character {@code offset}, or the nearest one before it. */
    public Sentence sentenceAt(int offset) {
        Sentence best = sentences.get(0);
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                best = s;
            }
        }
        return best;
    }
}
