package org.annals.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.core.actor.ActorResolver;
import org.annals.core.actor.Actors;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.FineClasses;
import org.annals.core.annotate.Sentence;
import org.annals.core.lexicon.CountryLexicon;
import org.annals.core.lexicon.TitleLexicon;
import org.annals.core.time.TimeResolver;
import org.annals.core.time.Timeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Our own hot paths after CoreNLP: the fine-grained NER classes from our lexicons (which replace CoreNLP's KBP
 * step), actor resolution (lexicon matching over every token window), time normalization, and the lexicon
 * look-ups under them. Input: a hand-tagged invented article
 * ({@link HandTagged}), so no model loads. Run: see annals-bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StageBenchmarks {
    private AnnotatedDocument article;
    private ActorResolver actors;
    private TimeResolver time;
    private CountryLexicon countries;
    private TitleLexicon titles;
    private FineClasses fine;
    private final List<String> names = List.of("Indonesia", "Turkey", "United Arab Emirates", "Ankara", "Morocco",
            "Kyrgyz Republic", "Nowhere Land", "Bahrain", "Lithuania", "Belarus");
    private final List<List<String>> titlePhrases = List.of(List.of("defence", "minister", "sari"),
            List.of("chief", "of", "staff"), List.of("foreign", "minister"), List.of("the", "ministry"));

    @Setup
    public void setUp() {
        article = HandTagged.article();
        actors = new ActorResolver();
        time = new TimeResolver();
        countries = CountryLexicon.standard();
        titles = TitleLexicon.standard();
        fine = FineClasses.standard();
    }

    @Benchmark
    public void fineClasses(Blackhole bh) {
        for (Sentence s : article.sentences()) {
            bh.consume(fine.relabel(s.tokens()));
        }
    }

    @Benchmark
    public Actors actorResolution() {
        return actors.resolve(article);
    }

    @Benchmark
    public Timeline timeNormalization() {
        return time.resolve(article);
    }

    @Benchmark
    public void countryByName(Blackhole bh) {
        for (String n : names) {
            bh.consume(countries.byName(n));
            bh.consume(countries.byCity(n));
        }
    }

    @Benchmark
    public void titleLongestPrefix(Blackhole bh) {
        for (List<String> p : titlePhrases) {
            bh.consume(titles.longestPrefix(p));
        }
    }
}
