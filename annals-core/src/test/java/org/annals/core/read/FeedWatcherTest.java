package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher against a feed served on loopback by the JDK's HTTP server: conditional requests,
 * new items only, retries with a logged backoff; the clock and the pauses are the test's own.
 * Nothing leaves the machine.
 */
class FeedWatcherTest {

  @TempDir Path dir;

  private HttpServer server;
  private final AtomicReference<String> feed = new AtomicReference<>();
  private final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
  private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToServe = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();

  /** Time that moves only when the watcher sleeps. */
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-01-01T00:00:00Z"));
  private final List<Duration> pauses = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private final List<ReadOutcome> handedOn = new ArrayList<>();

  private static String rss(String... items) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title>"
                + "<link>http://news.example/</link><description>test</description>");
    for (String item : items) {
      sb.append(item);
    }
    return sb.append("</channel></rss>").toString();
  }

  private static String item(String guid, String day, String text) {
    return "<item><title>" + guid + "</title><link>http://news.example/" + guid + "</link><guid>" + guid
        + "</guid><pubDate>" + day + "</pubDate><description>" + text + "</description></item>";
  }

  private static final String A =
      item("a1", "Mon, 01 Jan 2024 08:00:00 +0000", "The council opened a new footbridge over the canal.");
  private static final String B =
      item("b2", "Mon, 01 Jan 2024 09:00:00 +0000", "Snow closed the mountain pass for the whole day.");
  private static final String C =
      item("c3", "Tue, 02 Jan 2024 07:30:00 +0000", "The bakery on the square reopened after a fire.");

  @BeforeEach
  void serve() throws IOException {
    feed.set(rss(A, B));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml",
        exchange -> {
          requests.incrementAndGet();
          String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
          ifNoneMatch.add(String.valueOf(sent));
          if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.sendResponseHeaders(503, -1);
          } else if (etag.get().equals(sent)) {
            exchange.sendResponseHeaders(304, -1);
          } else {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", etag.get());
            exchange.getResponseHeaders().add("Last-Modified", "Mon, 01 Jan 2024 10:00:00 GMT");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/feed.xml";
  }

  private FeedWatcher watcher(List<String> feeds, FeedWatcher.SeenItems seen) {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    FeedWatcher.Sleeper sleeper =
        d -> {
          pauses.add(d);
          now.set(now.get().plus(d));
        };
    return new FeedWatcher(
        feeds,
        ReadOptions.defaults(),
        new FeedFetcher(Duration.ofSeconds(5)),
        new FeedWatcher.Settings(Duration.ofMinutes(15), 3, Duration.ofSeconds(2)),
        clock,
        sleeper,
        seen,
        log::add,
        handedOn::add);
  }

  private List<String> ids() {
    return handedOn.stream()
        .map(o -> o instanceof ReadOutcome.Ok ok ? ok.document().id() : "FAILED " + o.source())
        .toList();
  }

  @Test
  void conditionalRequestsAndOnlyNewItems() throws InterruptedException {
    FeedWatcher w = watcher(List.of(url()), FeedWatcher.SeenItems.inMemory());
    assertThat(w.pollOnce()).isEqualTo(new FeedWatcher.Poll(2, 0, 0, 0));
    assertThat(ids()).containsExactly("a1", "b2");
    // unchanged: the ETag goes back, the server answers 304
    assertThat(w.pollOnce()).isEqualTo(new FeedWatcher.Poll(0, 0, 1, 0));
    assertThat(ifNoneMatch).containsExactly("null", "\"v1\"");
    // a new item appears (and the oldest drops out of the feed)
    feed.set(rss(B, C));
    etag.set("\"v2\"");
    assertThat(w.pollOnce()).isEqualTo(new FeedWatcher.Poll(1, 0, 0, 0));
    assertThat(ids()).containsExactly("a1", "b2", "c3");
    ReadOutcome.Ok c = (ReadOutcome.Ok) handedOn.get(2);
    assertThat(c.document().date()).isEqualTo(java.time.LocalDate.of(2024, 1, 2));
    assertThat(c.document().source()).isEqualTo("http://news.example/c3");
    assertThat(log).isEmpty();
  }

  @Test
  void runPollsEveryIntervalAndKeepsGoingThroughNetworkErrors() throws InterruptedException {
    FeedWatcher w = watcher(List.of(url()), FeedWatcher.SeenItems.inMemory());
    failuresToServe.set(2); // the first two requests get 503
    w.run(2);
    assertThat(ids()).containsExactly("a1", "b2");
    assertThat(log)
        .containsExactly(
            url() + ": network error (IOException: HTTP status 503); retry 1 of 3 in 2s",
            url() + ": network error (IOException: HTTP status 503); retry 2 of 3 in 4s");
    // backoff 2 s, 4 s, then the rest of the 15 minutes until the second poll
    assertThat(pauses)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofMinutes(15).minusSeconds(6));
    assertThat(requests.get()).isEqualTo(4);
  }

  @Test
  void unreachableFeedIsLoggedAndTheOthersGoOn() throws IOException, InterruptedException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + closedPort + "/feed.xml";
    Path file = Files.writeString(dir.resolve("local.xml"), rss(C));
    FeedWatcher w = watcher(List.of(dead, file.toString()), FeedWatcher.SeenItems.inMemory());
    FeedWatcher.Poll poll = w.pollOnce();
    assertThat(poll).isEqualTo(new FeedWatcher.Poll(1, 0, 0, 1));
    assertThat(ids()).containsExactly("c3");
    assertThat(log).hasSize(4);
    assertThat(log.get(0)).startsWith(dead + ": network error (").endsWith("retry 1 of 3 in 2s");
    assertThat(log.get(3)).startsWith(dead + ": network error (").endsWith("giving up until the next poll");
    assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void seenItemsInAFileSurviveARestartAndBadItemsAreReportedOnce() throws Exception {
    Path state = dir.resolve("seen.txt");
    String undated =
        "<item><title>x</title><link>http://news.example/x</link><description>No date here at all.</description></item>";
    Path file = Files.writeString(dir.resolve("f.xml"), rss(A, undated));
    watcher(List.of(file.toString()), FeedWatcher.SeenItems.file(state)).run(2);
    assertThat(ids()).containsExactly("a1", "FAILED " + file + "[item 2 http://news.example/x]");
    handedOn.clear();
    Files.writeString(file, rss(A, B, undated));
    watcher(List.of(file.toString()), FeedWatcher.SeenItems.file(state)).pollOnce();
    assertThat(ids()).containsExactly("b2");
  }

  @Test
  void humanDurations() {
    assertThat(FeedWatcher.human(Duration.ofSeconds(5))).isEqualTo("5s");
    assertThat(FeedWatcher.human(Duration.ofSeconds(150))).isEqualTo("2m30s");
    assertThat(FeedWatcher.human(Duration.ofHours(1))).isEqualTo("1h");
  }
}
