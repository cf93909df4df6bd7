package org.annals.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.annals.core.annotate.corenlp.CoreNlpAnnotator;
import org.annals.core.pipeline.Pipeline;
import org.annals.store.KnowledgeBase;

/**
 * Benchmark: warm {@code POST /api/extract} latency on loopback. A load loop, bounded in count:
 * it starts a server with the standard pipeline (loaded once, before the clock starts) on a free
 * port of 127.0.0.1, or targets {@code --url} of a running one, sends {@code --warmup} untimed
 * requests, then {@code --requests} timed ones from {@code --clients} clients, and prints p50, p95
 * and max, and (in-process) the CPU time each extraction took on its thread.
 *
 * <pre>
 * java -Xmx3g -Xss4m -cp 'annals-cli/target/annals-cli.jar:annals-cli/target/lib/*' \
 *     org.annals.web.ExtractLoad [--requests 40] [--warmup 5] [--clients 1] [--article FILE] [--url URL]
 * </pre>
 *
 * The default article is an invented one of about 600 words shipped in this jar ({@code bench/article-600.txt}).
 */
public final class ExtractLoad {

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final List<Long> CPU = Collections.synchronizedList(new ArrayList<>());

  private ExtractLoad() {}

  public static void main(String[] args) throws Exception {
    int requests = 40;
    int warmup = 5;
    int clients = 1;
    String url = null;
    String article = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--requests" -> { requests = Integer.parseInt(v); i++; }
        case "--warmup" -> { warmup = Integer.parseInt(v); i++; }
        case "--clients" -> { clients = Integer.parseInt(v); i++; }
        case "--url" -> { url = v; i++; }
        case "--article" -> { article = Files.readString(Path.of(v)); i++; }
        default -> {
          System.err.println("usage: ExtractLoad [--requests N] [--warmup N] [--clients N] [--article FILE] [--url URL]");
          System.exit(2);
        }
      }
    }
    if (requests < 1 || requests > 10_000 || warmup < 0 || clients < 1 || clients > 16) {
      System.err.println("ExtractLoad: --requests 1..10000, --warmup >= 0, --clients 1..16");
      System.exit(2);
    }
    String text = article != null ? article : Page.resource("/org/annals/web/bench/article-600.txt");
    String body = body(text);
    int words = text.strip().split("\\s+").length;

    KnowledgeBase kb = null;
    AnnalsServer server = null;
    if (url == null) {
      long t0 = System.nanoTime();
      CoreNlpAnnotator.preload();
      Pipeline pipeline = Pipeline.standard();
      System.out.printf(Locale.ROOT, "pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      kb = KnowledgeBase.open(":memory:");
      Analyzer timed = Analyzer.of(pipeline);
      // CPU time of each extraction on its request thread: what the request costs regardless of
      // how busy the machine is (on a shared machine wall-clock latency also measures the others)
      Analyzer measured = a -> {
        long c0 = THREADS.getCurrentThreadCpuTime();
        try {
          return timed.analyze(a);
        } finally {
          CPU.add(THREADS.getCurrentThreadCpuTime() - c0);
        }
      };
      server = AnnalsServer.start(kb, measured,
          WebOptions.defaults("bench-token-unused").withPort(0), new PrintWriter(System.err, true));
      url = server.url();
    }
    URI target = URI.create(url.replaceAll("/+$", "") + "/api/extract");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      System.out.printf(Locale.ROOT, "POST %s, article of %d words, %d warm-up + %d timed requests, %d client(s)%n",
          target, words, warmup, requests, clients);
      for (int i = 0; i < warmup; i++) {
        send(client, target, body);
      }
      CPU.clear();
      List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
      int perClient = (requests + clients - 1) / clients;
      List<Thread> threads = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int n = Math.min(perClient, requests - c * perClient);
        Thread t = new Thread(() -> {
          for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            send(client, target, body);
            nanos.add(System.nanoTime() - s);
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      double wall = (System.nanoTime() - start) / 1e9;
      List<Long> sorted = new ArrayList<>(nanos);
      sorted.sort(null);
      System.out.printf(Locale.ROOT, "p50 %.3f s  p95 %.3f s  max %.3f s  mean %.3f s  (%d requests in %.1f s, %.2f req/s)%n",
          pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1) / 1e9,
          sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e9, sorted.size(), wall, sorted.size() / wall);
      if (!CPU.isEmpty()) {
        List<Long> cpu = new ArrayList<>(CPU);
        cpu.sort(null);
        System.out.printf(Locale.ROOT, "extraction CPU time per request: p50 %.3f s  p95 %.3f s  max %.3f s%n",
            pct(cpu, 50), pct(cpu, 95), cpu.get(cpu.size() - 1) / 1e9);
      }
      System.out.printf(Locale.ROOT, "load average at the end: %.1f on %d cores%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    } finally {
      if (server != null) {
        server.close();
      }
      if (kb != null) {
        kb.close();
      }
    }
  }

  /** The nearest-rank percentile, in seconds. */
  static double pct(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e9;
  }

  private static String body(String seedFormat) {
    String date = "2024-09-12";
    String text = seedFormat;
    if (seedFormat.startsWith("date ")) {
      date = seedFormat.substring(5, 15);
      int blank = seedFormat.indexOf("\n\n");
      text = blank < 0 ? seedFormat : seedFormat.substring(blank + 2);
    }
    ObjectNode o = Views.JSON.createObjectNode();
    o.put("date", date).put("title", "benchmark article").put("text", text);
    return o.toString();
  }

  private static void send(HttpClient client, URI target, String body) {
    HttpRequest req = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
