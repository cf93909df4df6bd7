package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.core.event.PloverGold;
import org.annals.core.event.PloverScorer;
import org.annals.core.lexicon.TriggerCalibration;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.EntityId;
import org.annals.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval plover}: event-type and actor-country scores against PLOVER gold sentences.
 *
 * <p>Each gold sentence runs as a one-sentence article dated with the record's date (or {@code --date}), all
 * with one shared pipeline, in parallel; {@link PloverScorer} defines the numbers. Why it finds {@link Main}
 * through the root of the command tree rather than {@code @ParentCommand}: it works unchanged as a top-level
 * command or as a subcommand of {@code eval}.
 */
@Command(
    name = "plover",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Scores the events coded for PLOVER gold-standard sentences (JSON Lines: id, date, text, event,"
          + " source, target): per-type precision/recall/F1, top-1 type accuracy, the confusion matrix,"
          + " events per sentence and source/target country accuracy.",
      "0.5b1 type names are mapped: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT.",
      "top-1: the type of the sentence's highest-confidence event against the gold type (no event = wrong).",
      "country accuracy: among sentences where an event has the gold type, one gold code among the"
          + " countries of that event's source (target) entities."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every gold record was read and run",
      "1:some record could not be read or extracted (scored as no event), or the file cannot be read",
      "2:usage error"
    })
final class EvalPloverCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl",
      description = "PLOVER gold records, one JSON object a line")
  private Path gold;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json")
  private String format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "date of records that carry none (default: 2000-01-01)")
  private LocalDate date;

  @Option(names = "--threads", paramLabel = "N",
      description = "sentences extracted in parallel (default: the number of cores)")
  private Integer threads;

  @Option(names = "--details", paramLabel = "FILE.jsonl",
      description = "also write one line per sentence: gold, top-1, every event's type, rules, confidence and"
          + " source/target actors (name kind country/sector), and the entities")
  private Path details;

  @Option(names = "--calibrate", paramLabel = "TRIGGERS.tsv",
      description = "rewrite the dev column of this trigger lexicon with each row's counts on the gold"
          + " (events coded / of the gold type); the row's confidence derives from them")
  private Path calibrate;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
    }
    if (threads != null && threads <= 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    Main main = (Main) spec.root().userObject();
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = main.reporter(spec.commandLine().getErr());

    List<String> lines;
    try {
      lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot read " + Failures.describe(gold.toString(), e), e);
    }
    List<PloverGold> golds = new ArrayList<>();
    List<ReadOutcome.Ok> docs = new ArrayList<>();
    int failed = 0;
    int records = (int) lines.stream().filter(l -> !l.isBlank()).count();
    LocalDate fallback = date != null ? date : LocalDate.of(2000, 1, 1);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String where = gold + ":" + (n + 1);
      try {
        PloverGold g = PloverGold.parse(line, "line" + (n + 1));
        golds.add(g);
        docs.add(ReadOutcome.Ok.of(
            Document.of("gold-" + golds.size(), g.date().orElse(fallback), "", where, g.text())));
      } catch (IllegalArgumentException e) {
        reporter.error(where + ": " + e.getMessage());
        failed++;
      }
    }
    if (golds.isEmpty()) {
      throw new CliException(gold + ": no gold records in it", Failures.EXIT_FAILED);
    }
    Extractor extractor = main.extractor();
    reporter.note("loading language models…");
    extractor.warmUp();
    Map<String, ArticleRecord> bySource = new HashMap<>();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    failed += Batch.run(docs, extractor, n, reporter, e -> bySource.put(e.input().source(), e.record()));

    PloverScorer scorer = new PloverScorer();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < golds.size(); k++) {
      Optional<ArticleRecord> rec = Optional.ofNullable(bySource.get(docs.get(k).source()));
      PloverScorer.Outcome o = scorer.add(golds.get(k), rec);
      if (details != null) {
        rows.add(detail(o, rec));
      }
    }
    if (calibrate != null) {
      calibrate(golds, docs, bySource, reporter);
    }
    ObjectMapper json = new ObjectMapper();
    if (details != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
        for (Map<String, Object> row : rows) {
          w.println(json.writeValueAsString(row));
        }
      } catch (IOException e) {
        throw new CliException("cannot write " + Failures.describe(details.toString(), e), e);
      }
    }
    if (format.equals("json")) {
      try {
        out.println(json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(scorer.json()));
      } catch (IOException e) {
        throw new CliException("cannot write JSON: " + e.getMessage(), e);
      }
    } else {
      out.print(scorer.text());
    }
    out.flush();
    if (failed > 0) {
      reporter.error(failed + " of " + records + " gold records failed");
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  /** Counts, per trigger row (the first rule of an event), the events it coded and those of the gold type. */
  private void calibrate(List<PloverGold> golds, List<ReadOutcome.Ok> docs, Map<String, ArticleRecord> bySource,
      Reporter reporter) {
    Map<String, int[]> n = new HashMap<>();
    for (int k = 0; k < golds.size(); k++) {
      ArticleRecord rec = bySource.get(docs.get(k).source());
      if (rec == null) {
        continue;
      }
      for (Event e : rec.events()) {
        if (e.rules().isEmpty()) {
          continue;
        }
        int[] c = n.computeIfAbsent(e.rules().get(0), x -> new int[2]);
        c[1]++;
        if (e.type() == golds.get(k).type()) {
          c[0]++;
        }
      }
    }
    Map<String, TriggerCalibration.Counts> counts = new HashMap<>();
    n.forEach((id, c) -> counts.put(id, new TriggerCalibration.Counts(c[0], c[1])));
    try {
      String text = Files.readString(calibrate, StandardCharsets.UTF_8);
      Files.writeString(calibrate, TriggerCalibration.rewrite(text, counts), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot rewrite " + Failures.describe(calibrate.toString(), e), e);
    }
    reporter.note("wrote the dev counts of " + counts.size() + " rows into " + calibrate);
  }

  /** "name kind country/sector", for reading the details file. */
  private static String describe(ArticleRecord r, EntityId id) {
    return r.entity(id).map(en -> en.name() + " " + en.kind() + " " + en.country().orElse("-") + "/"
        + en.sector().orElse("-")).orElse(id.toString());
  }

  private static Map<String, Object> detail(PloverScorer.Outcome o, Optional<ArticleRecord> rec) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.gold().id());
    m.put("gold", o.gold().type().name());
    m.put("top", o.top().map(Enum::name).orElse("NONE"));
    m.put("found", o.found());
    m.put("goldSource", o.gold().sourceCodes());
    m.put("goldTarget", o.gold().targetCodes());
    m.put("source", o.sourceCountries());
    m.put("target", o.targetCountries());
    m.put("sourceSectors", o.sourceSectors());
    List<Map<String, Object>> events = new ArrayList<>();
    for (Event e : rec.map(ArticleRecord::events).orElse(List.of())) {
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("type", e.type().name());
      ev.put("cameo", e.cameo());
      ev.put("trigger", e.trigger().text());
      ev.put("status", e.status().name());
      ev.put("confidence", e.confidence());
      ev.put("rules", e.rules());
      ev.put("sourceActors", e.source().stream().map(id -> describe(rec.get(), id)).toList());
      ev.put("targetActors", e.target().stream().map(id -> describe(rec.get(), id)).toList());
      events.add(ev);
    }
    m.put("events", events);
    m.put("entities", rec.map(r -> r.entities().stream().map(en -> describe(r, en.id())).toList())
        .orElse(List.of()));
    m.put("text", o.gold().text());
    return m;
  }
}
