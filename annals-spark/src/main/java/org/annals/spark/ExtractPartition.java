package org.annals.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * Turns the JSON Lines articles of one partition into rows, through the executor's one pipeline. A line that
 * cannot be read is skipped with one line on stderr (it has no date, so no stable document id); an article whose
 * extraction fails keeps a documents row that names the problem. The batch goes on either way.
 */
final class ExtractPartition implements MapPartitionsFunction<String, Extracted> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Extracted> call(Iterator<String> lines) {
        return new Iterator<>() {
            private final List<Extracted> ready = new ArrayList<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && lines.hasNext()) {
                    ready.addAll(extract(lines.next()));
                }
                return !ready.isEmpty();
            }

            @Override
            public Extracted next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return ready.remove(0);
            }
        };
    }

    static List<Extracted> extract(String line) {
        if (line.isBlank()) {
            return List.of();
        }
        List<Extracted> out = new ArrayList<>();
        for (ReadOutcome o : DocumentReaders.read("spark-input.jsonl", line.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults())) {
            if (o instanceof ReadOutcome.Failed f) {
                System.err.println("annals-spark: " + f.message());
            } else if (o instanceof ReadOutcome.Ok ok) {
                Document d = ok.document();
                try {
                    ArticleRecord r = PipelineHolder.get().extract(d, ok.warnings());
                    out.add(RecordRows.of(r));
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(RecordRows.failed(d, "extraction failed: " + e));
                }
            }
        }
        return out;
    }
}
