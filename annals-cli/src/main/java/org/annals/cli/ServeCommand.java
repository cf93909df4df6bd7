package org.annals.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.store.KnowledgeBase;
import org.annals.web.Analyzer;
import org.annals.web.AnnalsServer;
import org.annals.web.WebOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annals serve}: the knowledge base in the browser and over HTTP (annals-web). Loads the
 * pipeline once, before it listens, so the first {@code POST /api/extract} is as fast as the rest.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Serves the knowledge base: a web UI (timeline, events with their evidence, actors, annotated"
          + " articles, analyze an article) and the HTTP API described at /openapi.json.",
      "Listens on 127.0.0.1 unless --host says otherwise. POST /api/documents needs the token"
          + " printed at start (or given with --token). Stop it with Ctrl-C."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "1:the database or the port could not be opened", "2:usage error"})
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Mixin private DbOption db;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  private String host = WebOptions.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "N", description = "the TCP port (default: ${DEFAULT-VALUE}; 0 for any free one)")
  private int port = WebOptions.DEFAULT_PORT;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "the token write requests must send (Authorization: Bearer TOKEN); default: a random one, printed at start")
  private String token;

  @Option(names = "--max-body", paramLabel = "BYTES",
      description = "largest request body accepted, larger ones get 413 (default: ${DEFAULT-VALUE}; suffixes k, m)")
  private String maxBody = "2m";

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WebOptions options;
    try {
      options = new WebOptions(host, port, token == null ? randomToken() : token, bytes(maxBody),
          Runtime.getRuntime().availableProcessors());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!options.loopbackOnly()) {
      err.println("annals: warning: listening on " + host + ": other machines can reach this server;"
          + " the API has no encryption (put it behind a TLS proxy) and reads need no token");
      err.flush();
    }
    Reporter reporter = main.reporter(err);
    Extractor extractor = main.extractor();
    reporter.note("loading language models…");
    extractor.warmUp();
    KnowledgeBase kb = db.open();
    AnnalsServer server;
    try {
      server = AnnalsServer.start(kb, article -> extractor.extract(article.document(), article.warnings()), options, err);
    } catch (RuntimeException e) {
      kb.close();
      throw new CliException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      kb.close();
      stopped.countDown();
    }, "annals-serve-stop"));
    out.println("annals: serving " + kb.location() + " (" + kb.backend() + ") at " + server.url());
    out.println("annals: write token (POST /api/documents): " + options.token());
    out.println("annals: Ctrl-C stops the server");
    out.flush();
    stopped.await();
    return Failures.EXIT_OK;
  }

  private static String randomToken() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** {@code 2m}, {@code 512k}, {@code 1048576}. */
  static long bytes(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("k") || v.endsWith("kb")) {
      unit = 1024;
    } else if (v.endsWith("m") || v.endsWith("mb")) {
      unit = 1024 * 1024;
    }
    String digits = v.replaceAll("[kmb]+$", "");
    try {
      return Math.multiplyExact(Long.parseLong(digits), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("--max-body '" + value + "' is not a size such as 2m, 512k or 1048576");
    }
  }
}
