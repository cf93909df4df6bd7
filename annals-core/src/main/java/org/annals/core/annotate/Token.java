package org.annals.core.annotate;

/**
 * One token of a sentence, copied out of the annotator.
 *
 * @param index  0-based index within its sentence
 * @param start  character offset into the document body (inclusive)
 * @param end    character offset (exclusive)
 * @param word   the token text as it appears in the body
 * @param lemma  lower-cased lemma
 * @param pos    Penn Treebank tag
 * @param ner    fine-grained NER class ("O" when none)
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {
    public boolean isVerb() { return pos.startsWith("VB") || pos.equals("MD"); }

    public boolean isNoun() { return pos.startsWith("NN"); }

    public boolean isProperNoun() { return pos.startsWith("NNP"); }

    public boolean isCapitalized() { return !word.isEmpty() && Character.isUpperCase(word.charAt(0)); }
}
