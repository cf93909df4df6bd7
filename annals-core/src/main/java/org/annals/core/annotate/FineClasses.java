package org.annals.core.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.core.lexicon.Country;
import org.annals.core.lexicon.CountryLexicon;
import org.annals.core.lexicon.Surface;
import org.annals.core.lexicon.Title;
import org.annals.core.lexicon.TitleLexicon;
import org.annals.core.lexicon.TsvTable;

/**
 * The fine-grained NER classes the actor stage reads (COUNTRY, NATIONALITY, CITY, TITLE, RELIGION, IDEOLOGY),
 * given from Annals' own lexicons to tokens the CRF taggers labelled with the coarse classes (LOCATION, MISC, O).
 * It replaces CoreNLP's fine-grained step (TokensRegexNER over the 585,000-row KBP gazetteer, about 70 % of NER
 * time) and follows its rules, so that the stages after it read the same labels and spans:
 *
 * <ul>
 *   <li>phrases are matched on words: tokens that CoreNLP split at hyphens but that stand as one word in the
 *       text ("Israeli-Palestinian", "Guinea-Bissau") are one word, and a phrase matches the whole of it or not
 *       at all; at each word the longest phrase wins;
 *   <li>a phrase relabels its tokens only when each one's tag is one the class may overwrite: O or MISC for every
 *       class but CITY (which never relabels O: "reading", "nice"); LOCATION for COUNTRY, NATIONALITY and CITY;
 *       COUNTRY for NATIONALITY; ORGANIZATION and PERSON for RELIGION; ORGANIZATION for a TITLE of several words
 *       ("Secretary of State" with "State" taken for an organisation); and only when it covers the whole run of
 *       its first and last tokens' tags when these are names (no "Iran" inside "Iran Air" or "Guinea Coast");
 *       MISC and O runs may be cut ("West African": "African" is a nationality);
 *   <li>a phrase matched case-insensitively needs a noun or adjective among its tokens ("us" as a pronoun is no
 *       country: acronym names of countries.tsv match with their case);
 *   <li>a country, nationality or city is written with the capitals of its listed name ("Reunion", not
 *       "reunion"; "the Jewish state");
 *   <li>the spans are the runs of equal classes; where no class changed, the taggers' spans stay as they were.
 * </ul>
 *
 * <p>Sources: names, aliases, descriptors ("the Jewish state"), demonyms, capitals
 * and cities of {@code countries.tsv} (demonyms as listed: CoreNLP's step leaves plurals such as "Palestinians"
 * MISC); phrases of {@code titles.tsv}; religions, ideologies and the titles
 * titles.tsv does not list of {@code fine-classes.tsv} (this package). Immutable and thread-safe.
 */
public final class FineClasses {
    public static final String RESOURCE = "/org/annals/core/annotate/fine-classes.tsv";

    /** The classes this step gives, in the order that breaks ties between phrases of the same length. */
    enum FineClass {
        COUNTRY(Set.of("O", "MISC", "LOCATION")),
        NATIONALITY(Set.of("O", "MISC", "LOCATION", "COUNTRY")),
        CITY(Set.of("MISC", "LOCATION")),
        TITLE(Set.of("O", "MISC")),
        RELIGION(Set.of("O", "MISC", "ORGANIZATION", "PERSON")),
        IDEOLOGY(Set.of("O", "MISC"));

        final Set<String> overwrites;

        FineClass(Set<String> overwrites) {
            this.overwrites = overwrites;
        }
    }

    /** @param phrase the phrase as listed, whose capitals the text must have for a place or nationality */
    private record Entry(FineClass type, boolean exactCase, String phrase) {}

    private static final class Holder {
        static final FineClasses STANDARD = new FineClasses(CountryLexicon.standard(), TitleLexicon.standard(),
                TsvTable.load(RESOURCE));
    }

    /** Phrase (words joined by one space, folded unless exact-case) → its class; the first listed class wins. */
    private final Map<String, Entry> folded = new HashMap<>();
    private final Map<String, Entry> exact = new HashMap<>();
    private final int maxWords;

    /** The step over the lexicons shipped in this jar. */
    public static FineClasses standard() {
        return Holder.STANDARD;
    }

    FineClasses(CountryLexicon countries, TitleLexicon titles, TsvTable own) {
        own.requireColumns("id", "phrase", "class");
        for (Country c : countries.all()) {
            c.demonyms().forEach(d -> add(d, FineClass.NATIONALITY));
        }
        for (Country c : countries.all()) {
            add(c.name(), FineClass.COUNTRY);
            c.aliases().forEach(a -> add(a, FineClass.COUNTRY));
            c.descriptors().forEach(d -> add("the " + d, FineClass.COUNTRY));
        }
        for (Country c : countries.all()) {
            c.capital().ifPresent(x -> add(x, FineClass.CITY));
            c.cities().forEach(x -> add(x, FineClass.CITY));
        }
        for (Title t : titles.all()) {
            add(t.phrase(), FineClass.TITLE);
        }
        for (TsvTable.Row row : own.rows()) {
            FineClass k;
            try {
                k = FineClass.valueOf(row.get("class"));
            } catch (IllegalArgumentException e) {
                throw row.fail("class must be RELIGION, IDEOLOGY or TITLE, found '" + row.get("class") + "'");
            }
            if (k != FineClass.RELIGION && k != FineClass.IDEOLOGY && k != FineClass.TITLE) {
                throw row.fail("class must be RELIGION, IDEOLOGY or TITLE, found '" + k + "'");
            }
            add(row.get("phrase"), k);
        }
        int max = 0;
        for (String p : folded.keySet()) {
            max = Math.max(max, p.split(" ").length);
        }
        for (String p : exact.keySet()) {
            max = Math.max(max, p.split(" ").length);
        }
        this.maxWords = max;
    }

    private void add(String phrase, FineClass type) {
        String words = String.join(" ", phrase.strip().split("\\s+"));
        if (words.isEmpty()) {
            return;
        }
        // acronyms ("US", "UAE", "DRC") match with their case, as countries.tsv says, so that "us" is no country
        boolean acronym = type == FineClass.COUNTRY && words.chars().noneMatch(Character::isLowerCase)
                && words.chars().anyMatch(Character::isLetter);
        if (acronym) {
            exact.putIfAbsent(words, new Entry(type, true, words));
        } else {
            folded.putIfAbsent(fold(words), new Entry(type, false, words));
        }
    }

    /** The folding of {@link Surface#fold}: the lexicons' own, case, diacritics and apostrophes. */
    static String fold(String s) {
        return Surface.fold(s);
    }

    /**
     * The tokens of one sentence with the fine-grained classes given (a new list; tokens not relabelled are
     * the same objects).
     */
    public List<Token> relabel(List<Token> tokens) {
        List<int[]> words = words(tokens);
        // each word as written (apostrophes unified) and folded, once: a window of n words joins n of them
        String[] written = new String[words.size()];
        String[] foldedWords = new String[words.size()];
        for (int k = 0; k < words.size(); k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = words.get(k)[0]; i < words.get(k)[1]; i++) {
                sb.append(tokens.get(i).word());
            }
            written[k] = Surface.unifyApostrophes(sb.toString());
            foldedWords[k] = fold(sb.toString());
        }
        String[] labels = new String[tokens.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = tokens.get(i).ner();
        }
        String[] original = labels.clone();
        int w = 0;
        while (w < words.size()) {
            int matched = 0;
            Entry entry = null;
            for (int n = Math.min(maxWords, words.size() - w); n >= 1 && entry == null; n--) {
                entry = lookup(written, foldedWords, w, n);
                matched = n;
            }
            if (entry == null) {
                w++;
                continue;
            }
            int begin = words.get(w)[0];
            int end = words.get(w + matched - 1)[1];
            if (applies(entry, tokens, original, begin, end)) {
                for (int i = begin; i < end; i++) {
                    labels[i] = entry.type().name();
                }
            }
            w += matched;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            out.add(labels[i].equals(t.ner()) ? t
                    : new Token(t.index(), t.start(), t.end(), t.word(), t.lemma(), t.pos(), labels[i]));
        }
        return out;
    }

    private Entry lookup(String[] written, String[] foldedWords, int w, int n) {
        Entry e = exact.get(String.join(" ", java.util.Arrays.asList(written).subList(w, w + n)));
        return e != null ? e : folded.get(String.join(" ", java.util.Arrays.asList(foldedWords).subList(w, w + n)));
    }

    private static boolean applies(Entry entry, List<Token> tokens, String[] original, int begin, int end) {
        boolean nounOrAdjective = entry.exactCase();
        for (int i = begin; i < end; i++) {
            if (!entry.type().overwrites.contains(original[i]) && !original[i].equals(entry.type().name())
                    && !(entry.type() == FineClass.TITLE && original[i].equals("ORGANIZATION") && end - begin > 1)) {
                return false; // a title of several words may hold what the tagger took for a name: "Secretary of State"
            }
            String pos = tokens.get(i).pos();
            nounOrAdjective |= pos.startsWith("NN") || pos.startsWith("JJ");
        }
        if (!nounOrAdjective || !capitalsAsListed(entry, tokens, begin, end)) {
            return false;
        }
        // the whole of a tagged run or nothing: "Iran" inside "Iran Air" (ORGANIZATION) is no country
        String first = original[begin];
        String last = original[end - 1];
        return (cuttable(first) || begin == 0 || !original[begin - 1].equals(first))
                && (cuttable(last) || end == tokens.size() || !original[end].equals(last));
    }

    private static boolean cuttable(String label) {
        return label.equals("O") || label.equals("MISC");
    }

    /** A place or nationality has the capitals of its listed name: "Reunion" the island, not a "reunion". */
    private static boolean capitalsAsListed(Entry entry, List<Token> tokens, int begin, int end) {
        if (entry.type() != FineClass.COUNTRY && entry.type() != FineClass.NATIONALITY
                && entry.type() != FineClass.CITY) {
            return true;
        }
        StringBuilder text = new StringBuilder();
        for (int i = begin; i < end; i++) {
            if (i > begin && tokens.get(i - 1).end() < tokens.get(i).start()) {
                text.append(' ');
            }
            text.append(tokens.get(i).word());
        }
        String[] listed = entry.phrase().split(" ");
        String[] written = text.toString().split(" ");
        if (listed.length != written.length) {
            return true;
        }
        for (int k = 0; k < listed.length; k++) {
            if (Character.isUpperCase(listed[k].codePointAt(0)) && !Character.isUpperCase(written[k].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words as the text writes them: runs of tokens with no space between them that a hyphen joins ("Guinea",
     * "-", "Bissau") are one word. Each word is {@code [firstToken, endToken)}.
     */
    static List<int[]> words(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i + 1;
            while (j + 1 < tokens.size() && isHyphen(tokens.get(j)) && tokens.get(j - 1).end() == tokens.get(j).start()
                    && tokens.get(j).end() == tokens.get(j + 1).start()) {
                j += 2;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static boolean isHyphen(Token t) {
        return t.word().equals("-") || t.word().equals("\u2010") || t.word().equals("\u2011");
    }

    /**
     * The NER spans of one sentence after {@link #relabel}: the runs of tokens with the same class. Where a
     * token kept the taggers' class, the taggers' span boundaries stay (two adjacent PERSON spans stay two).
     *
     * @param coarse the taggers' tokens of this sentence, before {@link #relabel}
     * @param spans  the taggers' spans of this sentence (not the time expressions)
     */
    public static List<NerSpan> spans(int sentence, List<Token> coarse, List<Token> fine, List<NerSpan> spans,
                                      String body) {
        boolean[] startsSpan = new boolean[fine.size() + 1];
        boolean[] inSpan = new boolean[fine.size()];
        for (NerSpan n : spans) {
            startsSpan[n.tokenBegin()] = true;
            startsSpan[n.tokenEnd()] = true;
            for (int i = n.tokenBegin(); i < n.tokenEnd(); i++) {
                inSpan[i] = true;
            }
        }
        List<NerSpan> out = new ArrayList<>();
        int i = 0;
        while (i < fine.size()) {
            String type = fine.get(i).ner();
            if (type.equals("O") || type.equals(coarse.get(i).ner()) && !inSpan[i]) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < fine.size() && fine.get(j).ner().equals(type)) {
                boolean kept = type.equals(coarse.get(j).ner());
                boolean bothKept = kept && type.equals(coarse.get(j - 1).ner());
                if (bothKept && startsSpan[j] || kept && !inSpan[j]) {
                    break; // a boundary of the taggers' spans between unchanged tokens, or a token of no span
                }
                j++;
            }
            int start = fine.get(i).start();
            int end = fine.get(j - 1).end();
            out.add(new NerSpan(sentence, i, j, start, end, body.substring(start, end), type));
            i = j;
        }
        return out;
    }
}
