package org.annals.core.annotate;

/** A named-entity mention (consecutive tokens of one NER class) found by the annotator. */
public record NerSpan(int sentence, int tokenBegin, int tokenEnd, int start, int end, String text, String type) {
}
