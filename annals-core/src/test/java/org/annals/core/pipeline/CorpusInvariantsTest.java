package org.annals.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.annals.core.output.RecordJson;
import org.annals.core.output.RecordJsonReader;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.annals.testkit.RecordInvariants;
import org.annals.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every record the pipeline makes must satisfy the output contract's invariants: checked on our example
 * articles and on the 72 real Wikinews articles of ../shared/data/news (skipped when absent). No document may
 * make the pipeline throw, and every record's JSON must read back into the same record.
 */
class CorpusInvariantsTest {
    @Test
    void examplesGiveValidRecordsWithEvents() throws Exception {
        Path examples = Path.of(System.getProperty("annals.repo", "..")).resolve("examples");
        List<ArticleRecord> records = extractAll(list(examples));
        assertThat(records).hasSizeGreaterThanOrEqualTo(5);
        for (ArticleRecord r : records) {
            assertThat(r.events()).as("events of %s", r.document().id()).isNotEmpty();
            assertThat(r.entities()).as("entities of %s", r.document().id()).isNotEmpty();
        }
    }

    @Test
    void sharedNewsArticlesGiveValidRecords() throws Exception {
        Path news = SharedData.require("data/news");
        List<ArticleRecord> records = extractAll(list(news));
        assertThat(records).hasSize(72);
        long withTimes = records.stream().filter(r -> !r.times().isEmpty()).count();
        assertThat(withTimes).isGreaterThan(60);
    }

    /**
     * The record's JSON reads back into the same record (what {@code annals ingest --parquet} relies on): exactly
     * when the confidences are written unrounded, and to the same JSON when they are rounded as usual.
     */
    static void assertRoundTrips(ArticleRecord r) {
        ObjectNode exact = RecordJson.tree(r, true);
        for (int i = 0; i < r.events().size(); i++) {
            ((ObjectNode) exact.get("events").get(i)).put("confidence", r.events().get(i).confidence());
        }
        assertThat(RecordJsonReader.read(exact)).as("round trip of %s", r.document().id()).isEqualTo(r);
        String json = RecordJson.write(r, true, false);
        assertThat(RecordJson.write(RecordJsonReader.read(json), true, false)).isEqualTo(json);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static List<ArticleRecord> extractAll(List<Path> files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ArticleRecord>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    List<ReadOutcome> read = DocumentReaders.read(f, ReadOptions.defaults());
                    assertThat(read).as(f.toString()).hasSize(1).first().isInstanceOf(ReadOutcome.Ok.class);
                    ArticleRecord r = SharedPipeline.get().extract(((ReadOutcome.Ok) read.get(0)).document());
                    RecordInvariants.assertValid(r);
                    assertRoundTrips(r);
                    return r;
                }));
            }
            List<ArticleRecord> out = new ArrayList<>();
            for (Future<ArticleRecord> fu : futures) {
                out.add(fu.get());
            }
            return Collections.unmodifiableList(out);
        } finally {
            pool.shutdownNow();
        }
    }
}
