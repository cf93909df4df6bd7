package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.annals.core.read.DocumentReaders.Format;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

  @Test
  void detectsFormatFromContent() {
    assertThat(DocumentReaders.detect("  \n{\"a\": 1}")).isEqualTo(Format.JSON_LINES);
    assertThat(DocumentReaders.detect("\uFEFF{\"a\": 1}")).isEqualTo(Format.JSON_LINES);
    assertThat(DocumentReaders.detect("<?xml version=\"1.0\"?><x/>")).isEqualTo(Format.TIMEML);
    assertThat(DocumentReaders.detect("<!-- c --><TimeML></TimeML>")).isEqualTo(Format.TIMEML);
    assertThat(DocumentReaders.detect(" date 2023-02-22 T\n\nBody")).isEqualTo(Format.TEXT);
    assertThat(DocumentReaders.detect("A story mentioning <TimeML> tags.")).isEqualTo(Format.TEXT);
    assertThat(DocumentReaders.detect("")).isEqualTo(Format.TEXT);
  }

  @Test
  void idIsTheFileNameWithoutDirectory() {
    assertThat(DocumentReaders.fileName("a/b/c.txt")).isEqualTo("c.txt");
    assertThat(DocumentReaders.fileName("C:\\docs\\d.tml")).isEqualTo("d.tml");
    assertThat(DocumentReaders.fileName("-")).isEqualTo("-");
    assertThat(DocumentReaders.fileName("dir/")).isEqualTo("dir/");
  }

  @Test
  void sameResultsFromManyThreads() throws Exception {
    Path seed = Fixtures.resource("seed-visit.txt");
    Path jsonl = Fixtures.resource("articles.jsonl");
    Path tml = Fixtures.resource("tiny.tml");
    ReadOptions opts = ReadOptions.defaults().withDate(LocalDate.of(2024, 1, 1));
    List<ReadOutcome> expected =
        List.of(
            DocumentReaders.read(seed, opts).get(0),
            DocumentReaders.read(jsonl, opts).get(3),
            DocumentReaders.read(tml, opts).get(0));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ReadOutcome>>> futures =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  64,
                  () ->
                      List.of(
                          DocumentReaders.read(seed, opts).get(0),
                          DocumentReaders.read(jsonl, opts).get(3),
                          DocumentReaders.read(tml, opts).get(0))));
      for (Future<List<ReadOutcome>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void bytesAndFileGiveTheSameDocument() throws Exception {
    Path seed = Fixtures.resource("seed-visit.txt");
    byte[] bytes = java.nio.file.Files.readAllBytes(seed);
    ReadOutcome fromBytes =
        DocumentReaders.read(seed.toString(), bytes, ReadOptions.defaults()).get(0);
    assertThat(fromBytes).isEqualTo(DocumentReaders.read(seed, ReadOptions.defaults()).get(0));
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .endsWith(((ReadOutcome.Ok) fromBytes).document().text());
  }
}
