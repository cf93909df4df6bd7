package org.annals.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.core.output.RecordJson;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.Document;
import org.annals.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The cascade (dependency parse only where the gate lets a sentence through) gives exactly the records of the
 * full path (every sentence parsed): on the seed, the example articles and a sample of the shared news.
 */
class CascadeEquivalenceTest {
    private static final int NEWS_SAMPLE = 4;

    @Test
    void examplesMatchTheFullPath() throws IOException {
        Path examples = Path.of(System.getProperty("annals.repo", "..")).resolve("examples");
        assertSame(documents(txt(examples, Integer.MAX_VALUE)));
    }

    @Test
    void seedAndNewsSampleMatchTheFullPath() throws IOException {
        List<Path> files = new ArrayList<>(txt(SharedData.require("seed"), Integer.MAX_VALUE));
        files.addAll(txt(SharedData.require("data/news"), NEWS_SAMPLE));
        assertSame(documents(files));
    }

    private static void assertSame(List<Document> docs) {
        assertThat(docs).isNotEmpty();
        Pipeline full = Pipeline.fullParse();
        Pipeline cascade = SharedPipeline.get();
        for (Document d : docs) {
            String want = RecordJson.write(full.extract(d), false, true);
            String got = RecordJson.write(cascade.extract(d), false, true);
            assertThat(got).as("record of %s through the cascade", d.id()).isEqualTo(want);
        }
    }

    private static List<Path> txt(Path dir, int limit) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(limit).toList();
        }
    }

    private static List<Document> documents(List<Path> files) {
        List<Document> out = new ArrayList<>();
        for (Path f : files) {
            for (ReadOutcome o : DocumentReaders.read(f, ReadOptions.defaults())) {
                if (o instanceof ReadOutcome.Ok ok) {
                    out.add(ok.document());
                }
            }
        }
        return out;
    }
}
