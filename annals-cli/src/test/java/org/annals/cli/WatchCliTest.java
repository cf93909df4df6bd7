package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals watch} with a stand-in pipeline, on a feed file and on a loopback feed. */
class WatchCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String rss(String... guids) {
    StringBuilder sb =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>");
    for (String g : guids) {
      sb.append("<item><title>")
          .append(g)
          .append("</title><link>http://news.example/")
          .append(g)
          .append("</link><guid>")
          .append(g)
          .append("</guid><pubDate>Wed, 03 Jan 2024 10:00:00 +0000</pubDate><description>The")
          .append(" harbour master reported that the ferry ")
          .append(g)
          .append(" left on time.</description></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static List<String> ids(String jsonl) throws IOException {
    List<String> ids = new java.util.ArrayList<>();
    for (String line : jsonl.split("\\R")) {
      if (!line.isBlank()) {
        ids.add(JSON.readTree(line).at("/document/id").asText());
      }
    }
    return ids;
  }

  @Test
  void newItemsOfAFeedFileBecomeJsonLinesRecords() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.xml"), rss("f1", "f2"));
    Cli.Run run = Cli.run(new BatchTest.FakeExtractor(), "watch", "--rounds", "1", feed.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(ids(run.out())).containsExactly("f1", "f2");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void loopbackFeedPolledTwiceWritesEachItemOnceToOut() throws IOException {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/rss",
        ex -> {
          // the second poll sees one more item
          byte[] body =
              (hits.incrementAndGet() == 1 ? rss("n1") : rss("n1", "n2")).getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss";
      Path out = dir.resolve("out");
      Path state = dir.resolve("seen.txt");
      Cli.Run run =
          Cli.run(new BatchTest.FakeExtractor(), "watch", "--every", "1s", "--rounds", "2",
              "--state", state.toString(), "--out", out.toString(), url);
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(ids(Files.readString(out.resolve("records.jsonl")))).containsExactly("n1", "n2");
      assertThat(hits.get()).isEqualTo(2);
      // a restart with the same state file hands nothing on again
      Cli.Run again =
          Cli.run(new BatchTest.FakeExtractor(), "watch", "--rounds", "1", "--state", state.toString(), url);
      assertThat(again.out()).isEmpty();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void badDurationIsAUsageError() {
    Cli.Run run = Cli.run(new BatchTest.FakeExtractor(), "watch", "--every", "soon", "x.xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'soon' is not a duration like 90s, 15m or 1h30m");
  }

  @Test
  void missingFeedFileIsOneLineAndTheWatchGoesOn() {
    Path missing = dir.resolve("nope.xml");
    Cli.Run run = Cli.run(new BatchTest.FakeExtractor(), "watch", "--rounds", "1", missing.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.errLines()).containsExactly("annals: " + missing + ": cannot read: NoSuchFileException: " + missing);
  }
}
