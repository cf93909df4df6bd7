package org.annals.core.annotate;

/**
 * A time expression as the annotator (SUTime) found and normalized it; the time stage may correct it.
 *
 * @param tokenBegin first token index in the sentence
 * @param tokenEnd   index after the last token
 * @param type       TIMEX3 type (DATE, TIME, DURATION, SET)
 * @param value      TIMEX3 value as the annotator gave it ("" when it gave none)
 */
public record TimexAnnotation(int sentence, int tokenBegin, int tokenEnd, int start, int end, String text,
                              String type, String value) {
}
