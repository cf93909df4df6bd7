package org.annals.spark;

import static org.apache.spark.sql.functions.col;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.core.read.Sources;
import org.annals.model.Document;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The job's first stage: inputs on any Hadoop-compatible file system into {@link Article}s, read by the readers of
 * {@code annals extract}, with the source, id and order {@code annals ingest} would give them.
 *
 * <ul>
 * <li>JSON Lines ({@code --input}) are split by line, so one large file is read by many tasks. Every line keeps its
 *     line number in its file (one extra cheap pass counts the lines of each split), so a line gives the source
 *     {@code FILE:LINE} and, without an {@code id}, the id {@code NAME:LINE}, as when the file is read whole. Only
 *     the warning about an id repeated on two lines is not given (no task sees the whole file).</li>
 * <li>Whole files ({@code --files}) go through {@link Sources#read(String, java.io.InputStream, ReadOptions,
 *     java.util.function.Consumer)}, one task a file: a WARC archive, plain or gzipped, is streamed a record at a
 *     time (its pages are handed on as they are read, never all held at once); a text, HTML, TimeML or JSON Lines
 *     file is read as {@code annals ingest FILE} reads it.</li>
 * </ul>
 * Local files are named by their path (not a {@code file:} URI), exactly as the command line names them.
 */
final class ReadArticles {
    private ReadArticles() {
    }

    /** The articles of JSON Lines files, directories of them, or globs. */
    static Dataset<Article> jsonLines(SparkSession spark, List<String> paths) {
        Dataset<Row> lines = spark.read().text(paths.toArray(String[]::new))
                .select(col("value"), col("_metadata.file_path").as("file"),
                        col("_metadata.file_block_start").as("blockStart"));
        // how many lines the earlier splits of the same file hold
        Map<String, TreeMap<Long, Long>> perFile = new HashMap<>();
        for (Row r : lines.groupBy("file", "blockStart").count().collectAsList()) {
            perFile.computeIfAbsent(r.getString(0), f -> new TreeMap<>()).put(r.getLong(1), r.getLong(2));
        }
        HashMap<String, Long> before = new HashMap<>();
        perFile.forEach((file, splits) -> {
            long sum = 0;
            for (Map.Entry<Long, Long> s : splits.entrySet()) {
                before.put(file + "\n" + s.getKey(), sum);
                sum += s.getValue();
            }
        });
        return lines.mapPartitions(new NumberedLines(before), Encoders.bean(Article.class));
    }

    /** The articles of whole files (WARC archives and any other format the readers take), directories or globs. */
    static Dataset<Article> files(SparkSession spark, List<String> paths) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", paths));
        JavaRDD<Article> articles = files.flatMap(new WholeFile());
        return spark.createDataset(articles.rdd(), Encoders.bean(Article.class));
    }

    /** Lines in file order within each split; each split's lines numbered from the lines of the splits before. */
    private static final class NumberedLines implements MapPartitionsFunction<Row, Article> {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, Long> before;

        NumberedLines(HashMap<String, Long> before) {
            this.before = before;
        }

        @Override
        public Iterator<Article> call(Iterator<Row> rows) {
            Map<String, Long> seen = new HashMap<>();
            return new Iterator<>() {
                private Article next;

                @Override
                public boolean hasNext() {
                    while (next == null && rows.hasNext()) {
                        Row r = rows.next();
                        String key = r.getString(1) + "\n" + r.getLong(2);
                        long line = before.getOrDefault(key, 0L) + seen.merge(key, 1L, Long::sum);
                        String value = r.getString(0);
                        if (!value.isBlank()) {
                            next = line(local(URI.create(r.getString(1))), line, value);
                        }
                    }
                    return next != null;
                }

                @Override
                public Article next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Article a = next;
                    next = null;
                    return a;
                }
            };
        }
    }

    /** Line {@code line} of the JSON Lines file {@code file}, read as when the whole file is read. */
    static Article line(String file, long line, String json) {
        String source = file + ":" + line;
        if (!json.replace("\uFEFF", "").stripLeading().startsWith("{")) {
            // a line that is no JSON object (a plain-text line, an array)
            return unreadable(source, "malformed JSON (not an article object)", file, line);
        }
        ReadOutcome o = Sources.jsonLine(file, line, json, ReadOptions.defaults());
        if (o instanceof ReadOutcome.Ok ok) {
            return article(ok.document(), ok.warnings(), file, line);
        }
        return unreadable(source, ((ReadOutcome.Failed) o).problem(), file, line);
    }

    /** Every outcome of one whole file, streamed. */
    private static final class WholeFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Article> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Article> call(Tuple2<String, PortableDataStream> file) {
            String input = local(new org.apache.hadoop.fs.Path(file._1()).toUri());
            return Streamed.iterator(sink -> {
                long[] n = {0};
                try (DataInputStream in = file._2().open()) {
                    Sources.read(input, in, ReadOptions.defaults(), o -> {
                        n[0]++;
                        sink.accept(o instanceof ReadOutcome.Ok ok
                                ? article(ok.document(), ok.warnings(), input, n[0])
                                : unreadable(o.source(), ((ReadOutcome.Failed) o).problem(), input, n[0]));
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Article article(Document d, List<String> warnings, String input, long ordinal) {
        Article a = new Article();
        a.setInput(input);
        a.setOrdinal(ordinal);
        a.setId(d.id());
        a.setDate(d.date().toString());
        a.setTitle(d.title());
        a.setSource(d.source());
        a.setText(d.text());
        a.setSha256(d.sha256());
        a.setWarnings(List.copyOf(warnings));
        return a;
    }

    private static Article unreadable(String source, String problem, String input, long ordinal) {
        Article a = new Article();
        a.setInput(input);
        a.setOrdinal(ordinal);
        a.setSource(source);
        a.setWarnings(List.of());
        a.setProblem(problem);
        return a;
    }

    /** A local file by its path, as the command line names it; any other file system by its URI. */
    static String local(URI uri) {
        return uri.getScheme() == null || uri.getScheme().equals("file") ? uri.getPath() : uri.toString();
    }
}
