package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.model.Document;
import org.junit.jupiter.api.Test;

/** Reads the real data in the shared folder; skipped when it is absent. */
class SharedDataTest {

  private static Path sharedOrSkip(String relative) {
    Path path = Fixtures.shared().map(s -> s.resolve(relative)).orElse(Path.of("/nonexistent"));
    assumeTrue(Files.exists(path), "shared data not available: " + relative);
    return path;
  }

  @Test
  void realSeedReads() throws IOException {
    Path seed = sharedOrSkip("seed/000_102f5456afe50154.txt");
    ReadOutcome.Ok ok = Fixtures.onlyOk(DocumentReaders.read(seed, ReadOptions.defaults()));
    Document doc = ok.document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 2, 22));
    assertThat(doc.id()).isEqualTo("000_102f5456afe50154.txt");
    assertThat(doc.text()).startsWith("The commander");
    assertThat(ok.warnings()).isEmpty();

    String content = Files.readString(seed, StandardCharsets.UTF_8);
    int headerEnd = content.indexOf('\n');
    assertThat(content.substring(0, headerEnd).strip()).startsWith("date 2023-02-22 ");
    assertThat(content.substring(headerEnd + 1, headerEnd + 2)).isEqualTo("\n");
    assertThat(doc.text()).isEqualTo(content.substring(headerEnd + 2));
    assertThat(doc.title())
        .isEqualTo(content.substring(0, headerEnd).strip().substring(16).strip());
  }

  @Test
  void allSharedTimeMlFilesParse() throws IOException {
    Path root = sharedOrSkip("data/timeml/tbaq");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no .tml files under " + root);
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      List<ReadOutcome> outcomes = DocumentReaders.read(file, ReadOptions.defaults());
      assertThat(outcomes).hasSize(1);
      if (outcomes.get(0) instanceof ReadOutcome.Failed failed) {
        failures.add(failed.message());
      } else {
        Document doc = ((ReadOutcome.Ok) outcomes.get(0)).document();
        assertThat(doc.text()).as(file.toString()).isNotBlank().doesNotContain("<EVENT", "<TIMEX3");
        assertThat(doc.date().getYear()).as(file.toString()).isBetween(1980, 2030);
      }
    }
    assertThat(failures).isEmpty();
  }
}
