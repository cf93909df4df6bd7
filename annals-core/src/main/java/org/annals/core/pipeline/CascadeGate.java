package org.annals.core.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.core.annotate.Token;
import org.annals.core.annotate.corenlp.ParseGate;
import org.annals.core.lexicon.TriggerLexicon;
import org.annals.core.lexicon.TsvTable;

/**
 * The cascade's gate: a sentence is parsed when a later stage could read its parse, i.e. when it can hold an
 * event (a trigger lexicon lemma, a speech verb, a quote) or name or resolve an actor (a name, a place, a time
 * expression, a pronoun, a word of an actor lexicon). Only sentences with none of these skip the parse.
 *
 * <p>Why so wide: the records must not change (a test compares them with the full path on the seed, the
 * examples and news); a sentence that only carries numbers or background ("Shares fell 3 %.") is what is saved.
 * Immutable and thread-safe.
 */
final class CascadeGate implements ParseGate {
    /** NER classes that name nothing the actor or time stages read. */
    private static final Set<String> INERT_NER = Set.of("O", "NUMBER", "ORDINAL", "PERCENT", "MONEY");
    /** Speech verbs of the quote stage and words that open or close a quote. */
    private static final Set<String> SPEECH_AND_QUOTES = Set.of("say", "tell", "add", "state", "announce",
            "declare", "note", "stress", "write", "warn", "insist", "explain", "claim", "reply", "respond", "comment",
            "argue", "emphasize", "emphasise", "affirm", "assert", "confirm", "report", "tweet", "post", "underline",
            "conclude", "``", "''", "\"", "“", "”", "'", "‘", "’");
    /** Lexicon columns whose words can start an actor mention. */
    private static final Map<String, List<String>> ACTOR_COLUMNS = Map.of(
            "countries.tsv", List.of("name", "aliases", "demonyms", "capital", "cities", "descriptors"),
            "igos.tsv", List.of("code", "name", "aliases"),
            "descriptors.tsv", List.of("pattern"),
            "org-heads.tsv", List.of("phrase"),
            "titles.tsv", List.of("phrase"),
            "contexts.tsv", List.of("cue"));

    private final Set<String> words;

    CascadeGate(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The gate of the lexicons shipped in this jar. */
    static CascadeGate standard() {
        Set<String> w = new HashSet<>();
        for (String lemma : TriggerLexicon.standard().lemmas()) {
            addWords(w, lemma);
        }
        TriggerLexicon.standard().all().forEach(r -> {
            r.particle().ifPresent(p -> addWords(w, p));
            r.objects().forEach(o -> addWords(w, o));
        });
        ACTOR_COLUMNS.forEach((file, columns) -> {
            for (TsvTable.Row row : TsvTable.load("/org/annals/core/lexicon/" + file).rows()) {
                for (String c : columns) {
                    row.list(c).forEach(v -> addWords(w, v));
                }
            }
        });
        w.addAll(SPEECH_AND_QUOTES);
        return new CascadeGate(w);
    }

    private static void addWords(Set<String> w, String phrase) {
        for (String part : phrase.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (!part.isEmpty()) {
                w.add(part);
            }
        }
    }

    @Override
    public boolean needsParse(List<Token> tokens) {
        for (Token t : tokens) {
            String pos = t.pos();
            if (!INERT_NER.contains(t.ner()) || pos.startsWith("NNP") || pos.startsWith("PRP") || pos.startsWith("WP")
                    || words.contains(t.lemma()) || words.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
