package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.testkit.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals extract DIR} on a directory mixing every input format (seed text, JSON Lines,
 * TimeML, a web page, an RSS feed in a subfolder, a gzipped WARC, a page saved as .txt, a broken
 * feed), with a stand-in pipeline: formats come from the content, the batch goes on past the bad
 * file.
 */
class SourcesCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path mixedDirectory() throws IOException, URISyntaxException {
    Path from = Path.of(SourcesCliTest.class.getResource("/mixed").toURI());
    Path to = dir.resolve("inbox");
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    new WarcFixtures(Instant.parse("2023-05-10T12:00:00Z"))
        .request("https://larkgazette.example/2023/05/10/ferry")
        .page(
            "https://larkgazette.example/2023/05/10/ferry",
            "<html><body><article><p>The ferry to the island will run twice a day from next week,"
                + " the operator said, after a new boat was delivered.</p></article></body></html>")
        .response("https://larkgazette.example/style.css", 200, "text/css", "p{}".getBytes())
        .page(
            "https://larkgazette.example/weather",
            "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"datePublished\": \"2023-05-11T07:00:00+01:00\", \"headline\": \"Storm warning\"}"
                + "</script></head><body><main><p>A storm warning was issued for the coast on"
                + " Thursday as winds were expected to reach gale force overnight.</p></main></body></html>")
        .writeTo(to.resolve("g-crawl.warc.gz"), true);
    Files.createDirectories(to.resolve(".git"));
    Files.writeString(to.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    return to;
  }

  @Test
  void extractReadsADirectoryMixingAllFormats() throws Exception {
    Path inbox = mixedDirectory();
    Cli.Run run = Cli.run(new BatchTest.FakeExtractor(), "extract", "--format", "jsonl", inbox.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> ids = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode record = JSON.readTree(line);
      ids.add(record.at("/document/id").asText());
      dates.add(record.at("/document/date").asText());
    }
    assertThat(ids)
        .containsExactly(
            "a-seed.txt", "jl-1", "jl-2", "c-tiny.tml", "d-page.html", "f-saved-page.txt",
            "g-crawl.warc.gz:3", "g-crawl.warc.gz:5", "lg-501", "lg-502");
    assertThat(dates)
        .containsExactly(
            "2023-05-02", "2023-05-03", "2023-05-04", "2023-05-05", "2023-05-06", "2023-05-09",
            "2023-05-10", "2023-05-11", "2023-05-07", "2023-05-08");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .startsWith("annals: " + inbox.resolve("z-broken-feed.xml") + ": malformed feed XML:");
    assertThat(run.errLines().get(1)).isEqualTo("annals: 1 of 11 documents failed");
  }

  @Test
  void expandKeepsFilesAndStdinAndWalksDirectoriesInPathOrder() throws Exception {
    Path inbox = mixedDirectory();
    List<Path> files = Inputs.expand(List.of(Path.of("-"), inbox.resolve("nested"), inbox.resolve("a-seed.txt")));
    assertThat(files)
        .containsExactly(Path.of("-"), inbox.resolve("nested/e-feed.xml"), inbox.resolve("a-seed.txt"));
  }
}
