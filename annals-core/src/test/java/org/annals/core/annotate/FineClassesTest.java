package org.annals.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.core.lexicon.CountryLexicon;
import org.annals.core.lexicon.LexiconException;
import org.annals.core.lexicon.TitleLexicon;
import org.annals.core.lexicon.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fine-grained classes from Annals' lexicons, on invented sentences tagged by hand as the CRFs would. */
class FineClassesTest {
    private final FineClasses fine = FineClasses.standard();

    /** Tokens of {@code text}: each spec is "word/POS/NER", in order; a word glued to the previous one is "+word". */
    private static List<Token> tokens(String... specs) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String spec : specs) {
            boolean glued = spec.startsWith("+");
            String[] p = (glued ? spec.substring(1) : spec).split("/");
            int start = out.isEmpty() || glued ? offset : offset + 1;
            out.add(new Token(out.size(), start, start + p[0].length(), p[0], p[0].toLowerCase(), p[1], p[2]));
            offset = start + p[0].length();
        }
        return out;
    }

    private static String body(List<Token> ts) {
        StringBuilder sb = new StringBuilder();
        for (Token t : ts) {
            while (sb.length() < t.start()) {
                sb.append(' ');
            }
            sb.append(t.word());
        }
        return sb.toString();
    }

    private static List<String> labels(List<Token> ts) {
        return ts.stream().map(Token::ner).toList();
    }

    @Test
    void countriesDemonymsCitiesAndTitlesGetTheirClasses() {
        List<Token> ts = fine.relabel(tokens("The/DT/O", "Peruvian/JJ/MISC", "president/NN/O", "flew/VBD/O",
                "from/IN/O", "Lima/NNP/LOCATION", "to/TO/O", "Chile/NNP/LOCATION", "./PUNCT/O"));
        assertThat(labels(ts)).containsExactly("O", "NATIONALITY", "TITLE", "O", "O", "CITY", "O", "COUNTRY", "O");
    }

    @Test
    void multiWordNamesAndSingularDemonymsOnly() {
        // the plural "Moroccans" keeps the tagger's MISC, as CoreNLP's own step leaves it
        List<Token> ts = fine.relabel(tokens("Angry/JJ/O", "Moroccans/NNPS/MISC", "marched/VBD/O", "in/IN/O",
                "Sierra/NNP/LOCATION", "Leone/NNP/LOCATION"));
        assertThat(labels(ts)).containsExactly("O", "MISC", "O", "O", "COUNTRY", "COUNTRY");
    }

    @Test
    void aWordThatIsBothDemonymAndNameIsANationality() {
        List<Token> ts = fine.relabel(tokens("Saudi/JJ/MISC", "officials/NNS/O"));
        assertThat(labels(ts)).containsExactly("NATIONALITY", "O");
    }

    @Test
    void aMiscRunMayBeCutButANamedRunMayNot() {
        // "Peruvian Nobel" tagged as one MISC run: the nationality is cut out of it
        List<Token> ts = fine.relabel(tokens("a/DT/O", "Peruvian/JJ/MISC", "Nobel/NNP/MISC", "laureate/NN/O"));
        assertThat(labels(ts)).containsExactly("O", "NATIONALITY", "MISC", "O");
    }

    @Test
    void placesNeedTheCapitalsOfTheirNames() {
        // "Reunion" is a territory in countries.tsv; a family reunion is not
        List<Token> ts = fine.relabel(tokens("a/DT/O", "family/NN/O", "reunion/NN/O"));
        assertThat(labels(ts)).containsExactly("O", "O", "O");
    }

    @Test
    void acronymsKeepTheirCaseAndPronounsAreNoCountry() {
        List<Token> ts = fine.relabel(tokens("The/DT/O", "US/NNP/LOCATION", "told/VBD/O", "us/PRP/O"));
        assertThat(labels(ts)).containsExactly("O", "COUNTRY", "O", "O");
    }

    @Test
    void aCityNeverRelabelsAnUntaggedWordAndNothingRelabelsANamedOrganisation() {
        // "Nice" as an adjective (O) stays O; "Kenya" inside the organisation "Kenya Airways" stays ORGANIZATION
        List<Token> ts = fine.relabel(tokens("a/DT/O", "nice/JJ/O", "day/NN/O", "for/IN/O", "Kenya/NNP/ORGANIZATION",
                "Airways/NNPS/ORGANIZATION"));
        assertThat(labels(ts)).containsExactly("O", "O", "O", "O", "ORGANIZATION", "ORGANIZATION");
    }

    @Test
    void aCountryInsideALongerPlaceNameStaysThePlace() {
        // "Guinea" alone would be a country; here it starts the tagged run "Guinea Coast"
        List<Token> ts = fine.relabel(tokens("the/DT/O", "Guinea/NNP/LOCATION", "Coast/NNP/LOCATION"));
        assertThat(labels(ts)).containsExactly("O", "LOCATION", "LOCATION");
    }

    @Test
    void aHyphenatedWordIsMatchedWhole() {
        // "Peruvian-Chilean" is one word of the text: neither half becomes a nationality
        List<Token> ts = fine.relabel(tokens("the/DT/O", "Peruvian/JJ/MISC", "+-/HYPH/MISC", "+Chilean/JJ/MISC",
                "border/NN/O"));
        assertThat(labels(ts)).containsExactly("O", "MISC", "MISC", "MISC", "O");
        // a country name written with a hyphen matches as one word
        List<Token> gb = fine.relabel(tokens("in/IN/O", "Guinea/NNP/LOCATION", "+-/HYPH/LOCATION",
                "+Bissau/NNP/LOCATION"));
        assertThat(labels(gb)).containsExactly("O", "COUNTRY", "COUNTRY", "COUNTRY");
    }

    @Test
    void aTitleOfSeveralWordsTakesBackWhatTheTaggerCalledAnOrganisation() {
        List<Token> ts = fine.relabel(tokens("Secretary/NNP/O", "of/IN/O", "State/NNP/ORGANIZATION",
                "Ana/NNP/PERSON", "Soto/NNP/PERSON"));
        assertThat(labels(ts)).containsExactly("TITLE", "TITLE", "TITLE", "PERSON", "PERSON");
        // a one-word title does not: "Minister" as the name of a company stays the company's
        assertThat(labels(fine.relabel(tokens("Minister/NNP/ORGANIZATION", "shares/NNS/O"))))
                .containsExactly("ORGANIZATION", "O");
    }

    @Test
    void titlesOfTheOwnTableThatTitlesTsvLacks() {
        List<Token> ts = fine.relabel(tokens("Commerce/NNP/O", "Secretary/NNP/O", "Ana/NNP/PERSON", "Soto/NNP/PERSON"));
        assertThat(labels(ts)).containsExactly("TITLE", "TITLE", "PERSON", "PERSON");
    }

    @Test
    void religionsAndIdeologies() {
        List<Token> ts = fine.relabel(tokens("Sunni/JJ/MISC", "clerics/NNS/O", "and/CC/O", "communist/JJ/O",
                "veterans/NNS/O"));
        assertThat(labels(ts)).containsExactly("RELIGION", "O", "O", "IDEOLOGY", "O");
    }

    @Test
    void aCountryDescriptorIsACountry() {
        List<Token> ts = fine.relabel(tokens("the/DT/O", "Jewish/JJ/MISC", "state/NN/O", "said/VBD/O"));
        assertThat(labels(ts)).containsExactly("COUNTRY", "COUNTRY", "COUNTRY", "O");
    }

    @Test
    void aDescriptorMadeOfSeveralSpansIsOneSpan() {
        List<Token> coarse = tokens("the/DT/O", "Jewish/JJ/MISC", "state/NN/O", "said/VBD/O");
        List<Token> ts = fine.relabel(coarse);
        List<NerSpan> spans = FineClasses.spans(0, coarse, ts,
                List.of(new NerSpan(0, 1, 2, 4, 10, "Jewish", "MISC")), body(coarse));
        assertThat(spans).extracting(NerSpan::text, NerSpan::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the Jewish state", "COUNTRY"));
    }

    @Test
    void adjacentSpansOfTheTaggersStayApart() {
        List<Token> coarse = tokens("told/VBD/O", "Ana/NNP/PERSON", "Soto/NNP/PERSON", "Luis/NNP/PERSON");
        List<NerSpan> spans = FineClasses.spans(0, coarse, fine.relabel(coarse), List.of(
                new NerSpan(0, 1, 3, 5, 13, "Ana Soto", "PERSON"), new NerSpan(0, 3, 4, 14, 18, "Luis", "PERSON")),
                body(coarse));
        assertThat(spans).extracting(NerSpan::text).containsExactly("Ana Soto", "Luis");
    }

    @Test
    void spansSplitWhereTheClassesChangeAndNewRunsBecomeSpans() {
        List<Token> coarse = tokens("Peruvian/JJ/MISC", "Foreign/NNP/O", "Minister/NNP/O", "Ana/NNP/PERSON",
                "Soto/NNP/PERSON", "visited/VBD/O", "Chile/NNP/LOCATION");
        List<Token> ts = fine.relabel(coarse);
        String body = body(coarse);
        List<NerSpan> spans = FineClasses.spans(0, coarse, ts, List.of(
                new NerSpan(0, 0, 1, 0, 8, "Peruvian", "MISC"),
                new NerSpan(0, 3, 5, coarse.get(3).start(), coarse.get(4).end(), "Ana Soto", "PERSON"),
                new NerSpan(0, 6, 7, coarse.get(6).start(), coarse.get(6).end(), "Chile", "LOCATION")), body);
        assertThat(spans).extracting(NerSpan::text, NerSpan::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Peruvian", "NATIONALITY"),
                org.assertj.core.groups.Tuple.tuple("Foreign Minister", "TITLE"),
                org.assertj.core.groups.Tuple.tuple("Ana Soto", "PERSON"),
                org.assertj.core.groups.Tuple.tuple("Chile", "COUNTRY"));
    }

    @Test
    void aRowOfAnUnknownClassFailsWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fine-classes.tsv");
        Files.writeString(f, "# version: 1\nid\tphrase\tclass\nF0001\tmuslim\tRELIGION\nF0002\tparis\tCITY\n");
        TsvTable table = TsvTable.loadFile(f);
        assertThatThrownBy(() -> new FineClasses(CountryLexicon.standard(), TitleLexicon.standard(), table))
                .isInstanceOf(LexiconException.class).hasMessageContaining(":4:");
    }
}
