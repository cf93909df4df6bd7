package org.annals.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.NerSpan;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.TimexAnnotation;
import org.annals.core.annotate.Token;
import org.annals.model.Document;

/**
 * Annotated documents tagged by hand, so the benchmarks of our own stages need no language model: each token
 * is written {@code word/TAG/NER} (NER {@code O} may be left out), sentences are lines. Runs of one NER class
 * become NER spans; time classes become time expressions with the value given in {@code timexValues}
 * (by the expression's text). No dependency parse: the stages must cope with unparsed sentences (the cascade
 * leaves some), and the benchmark then measures the lexicon work, not the tree walks.
 */
final class HandTagged {
    private HandTagged() {
    }

    /** An invented article about two invented meetings, in the style of the news Annals reads. */
    static final String ARTICLE = String.join("\n",
            "Indonesian/JJ/NATIONALITY Defence/NNP/TITLE Minister/NNP/TITLE Sari/NNP/PERSON Wulandari/NNP/PERSON"
                    + " met/VBD her/PRP$ Turkish/JJ/NATIONALITY counterpart/NN in/IN Ankara/NNP/CITY"
                    + " on/IN Tuesday/NNP/DATE ,/, the/DT ministry/NN said/VBD ./.",
            "The/DT two/CD countries/NNS agreed/VBD to/TO expand/VB military/JJ cooperation/NN and/CC"
                    + " to/TO hold/VB joint/JJ exercises/NNS next/JJ/DATE year/NN/DATE ./.",
            "A/DT month/NN/DURATION earlier/RBR ,/, the/DT Turkish/JJ/NATIONALITY navy/NN had/VBD visited/VBN"
                    + " the/DT port/NN of/IN Surabaya/NNP/CITY ./.",
            "Officials/NNS in/IN Jakarta/NNP/CITY said/VBD the/DT deal/NN would/MD be/VB signed/VBN"
                    + " in/IN March/NNP/DATE ./.",
            "The/DT United/NNP/ORGANIZATION Nations/NNPS/ORGANIZATION welcomed/VBD the/DT agreement/NN"
                    + " on/IN Wednesday/NNP/DATE ./.");

    static final Map<String, String> TIMEX_VALUES = Map.of("Tuesday", "2023-02-21", "next year", "2024",
            "A month", "P1M", "March", "2023-03", "Wednesday", "2023-02-22");

    static AnnotatedDocument document(String tagged, Map<String, String> timexValues, LocalDate date) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<NerSpan> ner = new ArrayList<>();
        List<TimexAnnotation> timexes = new ArrayList<>();
        String[] lines = tagged.split("\n");
        for (int si = 0; si < lines.length; si++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            List<Token> tokens = new ArrayList<>();
            for (String item : lines[si].trim().split(" ")) {
                String[] parts = item.split("/");
                String word = parts[0];
                String pos = parts.length > 1 ? parts[1] : "NN";
                String nerTag = parts.length > 2 ? parts[2] : "O";
                if (!tokens.isEmpty() && !(word.equals(".") || word.equals(","))) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokens.add(new Token(tokens.size(), start, text.length(), word, word.toLowerCase(java.util.Locale.ROOT),
                        pos, nerTag));
            }
            Sentence s = new Sentence(si, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of());
            sentences.add(s);
            for (int i = 0; i < tokens.size(); ) {
                String cls = tokens.get(i).ner();
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).ner().equals(cls)) {
                    j++;
                }
                if (!cls.equals("O")) {
                    int b = tokens.get(i).start();
                    int e = tokens.get(j - 1).end();
                    String spanText = text.substring(b, e);
                    if (List.of("DATE", "TIME", "DURATION", "SET").contains(cls)) {
                        timexes.add(new TimexAnnotation(si, i, j, b, e, spanText, cls,
                                timexValues.getOrDefault(spanText, "")));
                    } else {
                        ner.add(new NerSpan(si, i, j, b, e, spanText, cls));
                    }
                }
                i = j;
            }
        }
        Document d = Document.of("bench", date, "bench", "bench:hand-tagged", text.toString());
        return new AnnotatedDocument(d, sentences, timexes, ner);
    }

    static AnnotatedDocument article() {
        return document(ARTICLE, TIMEX_VALUES, LocalDate.of(2023, 2, 22));
    }
}
