package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.core.actor.EntityScorer;
import org.annals.core.actor.GoldMention;
import org.annals.core.actor.MeantimeGold;
import org.annals.core.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval entities}: entity mentions and their linking scored against the MEANTIME entity layer
 * (see {@link EntityScorer} for what is matched and how).
 *
 * <p>The directory holds {@code meantime-en-ID.txt} articles and their gold in
 * {@code annotations/meantime-cat/meantime-en-ID.xml} with the token map {@code .tokens.tsv}. An article
 * without gold, or whose gold cannot be read, is reported on one line and left out of the scores.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Scores entity mention detection (strict and head match, per type) and linking (B-cubed over"
          + " the matched mentions) against the MEANTIME entity annotations."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was scored",
      "1:some article could not be read, extracted or matched with its gold",
      "2:usage error"
    })
final class EvalEntitiesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private EvalCommand eval;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "MEANTIME news directory: meantime-en-*.txt and annotations/meantime-cat/"
              + " (default: ../shared/data/news beside the Annals checkout)")
  private Path dir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "articles extracted in parallel (default: the number of cores)")
  private Integer threads;

  @Option(
      names = "--misses",
      paramLabel = "FILE",
      description = "also write every unmatched mention (spurious or missed) to FILE as TSV")
  private Path missesFile;

  @Override
  public Integer call() {
    if (threads != null && threads <= 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    Path newsDir = dir != null ? dir : defaultDir();
    List<Path> files = articles(newsDir);
    PrintWriter out = spec.commandLine().getOut();
    Main main = eval.main();
    Reporter reporter = main.reporter(spec.commandLine().getErr());
    Inputs inputs = Inputs.report(Inputs.read(files, ReadOptions.defaults(), main.stdin()), reporter);
    EntityScorer scorer = new EntityScorer();
    int[] failed = {inputs.failed()};
    if (!inputs.documents().isEmpty()) {
      Extractor extractor = main.extractor();
      reporter.note("loading language models…");
      extractor.warmUp();
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      failed[0] +=
          Batch.run(
              inputs.documents(),
              extractor,
              n,
              reporter,
              e -> {
                Path txt = Paths.get(e.input().source());
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path cat = newsDir.resolve("annotations").resolve("meantime-cat");
                try {
                  String file = Files.readString(txt, StandardCharsets.UTF_8);
                  String body = e.record().document().text();
                  int bodyStart = file.indexOf(body);
                  if (bodyStart < 0) {
                    throw new IOException(txt + ": the body read is not in the file as written");
                  }
                  List<GoldMention> gold =
                      MeantimeGold.read(
                          cat.resolve(name + ".xml"),
                          cat.resolve(name + ".tokens.tsv"),
                          bodyStart,
                          body.length());
                  scorer.add(name, body, gold, e.record().entities());
                } catch (IOException | RuntimeException x) {
                  reporter.error(txt + ": no usable gold: " + Failures.describe(x));
                  failed[0]++;
                }
              });
    }
    report(out, scorer);
    out.flush();
    if (missesFile != null) {
      List<String> lines = new ArrayList<>();
      lines.add("document\twhat\ttype\tstart\tend\ttext");
      for (EntityScorer.Miss m : scorer.misses()) {
        lines.add(String.join("\t", m.document(), m.what(), m.type(), "" + m.start(), "" + m.end(),
            m.text().replaceAll("\\s+", " ")));
      }
      try {
        Files.write(missesFile, lines, StandardCharsets.UTF_8);
      } catch (IOException x) {
        throw new CliException("cannot write " + Failures.describe(missesFile.toString(), x), x);
      }
    }
    if (failed[0] > 0) {
      reporter.error(failed[0] + " of " + files.size() + " articles failed");
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  static void report(PrintWriter out, EntityScorer s) {
    out.printf(
        Locale.ROOT,
        "MEANTIME entities: %d articles, %d gold actor mentions (PER, ORG, LOC), %d system mentions%n%n",
        s.documents(), s.strict().gold(), s.strict().system());
    out.printf(Locale.ROOT, "%-22s %7s %7s %7s %8s %8s %8s%n", "mentions", "P", "R", "F1", "matched", "system", "gold");
    line(out, "strict (same span)", s.strict());
    line(out, "relaxed (head match)", s.relaxed());
    for (Map.Entry<String, EntityScorer.Prf> t : s.perType().entrySet()) {
      line(out, "  " + t.getKey() + " (relaxed)", t.getValue());
    }
    out.printf(
        Locale.ROOT,
        "%nlinking, B-cubed over %d matched mentions: P %.3f  R %.3f  F1 %.3f%n",
        s.b3Mentions(), s.b3Precision(), s.b3Recall(), s.b3F1());
  }

  private static void line(PrintWriter out, String label, EntityScorer.Prf p) {
    out.printf(
        Locale.ROOT,
        "%-22s %7.3f %7.3f %7.3f %8d %8d %8d%n",
        label, p.precision(), p.recall(), p.f1(), p.tp(), p.system(), p.gold());
  }

  /** {@code ../shared/data/news} beside the checkout named by {@code annals.home}, else the current directory. */
  static Path defaultDir() {
    String home = System.getProperty(DemoCommand.HOME_PROPERTY);
    Path root = home == null || home.isBlank() ? Paths.get("") : Paths.get(home);
    return root.toAbsolutePath().resolve("..").resolve("shared").resolve("data").resolve("news").normalize();
  }

  private static List<Path> articles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CliException(dir + ": no such directory (give one with --dir)", Failures.EXIT_FAILED);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> txt = Files.newDirectoryStream(dir, "meantime-en-*.txt")) {
      txt.forEach(files::add);
    } catch (IOException e) {
      throw new CliException("cannot list " + Failures.describe(dir.toString(), e), e);
    }
    if (files.isEmpty()) {
      throw new CliException(dir + ": no meantime-en-*.txt articles in it", Failures.EXIT_FAILED);
    }
    files.sort(null);
    return files;
  }
}
