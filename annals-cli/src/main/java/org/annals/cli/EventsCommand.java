package org.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.EventDetail;
import org.annals.store.EventQuery;
import org.annals.store.EventReport;
import org.annals.store.EventSummary;
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreCsv;
import org.annals.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals events}: the merged events with their ids and counts, or one event with every report. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Lists the merged events (id, date, coding, actors, number of reports and sources), or, given",
      "an event id, that event with every report of it: article, sentence, trigger, why it was merged."
    })
final class EventsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DbOption db;

  @Mixin private EventFilter filter;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "an event id (from the list) to show in full")
  private Long id;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv")
  private OutputStyle format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "" + EventQuery.DEFAULT_LIMIT,
      description = "at most N events (default: ${DEFAULT-VALUE})")
  private int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "skip the first N events")
  private int offset;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EventQuery q = filter.query(spec, Math.max(1, limit)).withOffset(Math.max(0, offset));
    try (KnowledgeBase kb = db.openExisting()) {
      if (id != null) {
        EventDetail d = kb.event(id).orElseThrow(() -> new CliException("no event #" + id + " in " + kb.location(),
            Failures.EXIT_FAILED));
        detail(out, d);
      } else {
        List<EventSummary> events = kb.events(q);
        switch (format) {
          case TEXT -> events.forEach(e -> out.println(StoreText.eventLine(e)));
          case JSON -> {
            ArrayNode arr = StoreJson.mapper().createArrayNode();
            events.forEach(e -> arr.add(StoreJson.event(e)));
            out.println(StoreJson.write(arr, true));
          }
          case CSV -> {
            out.println(StoreCsv.header());
            events.forEach(e -> out.println(StoreCsv.row(e)));
          }
        }
      }
    }
    out.flush();
    return Failures.EXIT_OK;
  }

  private void detail(PrintWriter out, EventDetail d) {
    if (format == OutputStyle.JSON) {
      out.println(StoreJson.write(StoreJson.eventDetail(d), true));
      return;
    }
    if (format == OutputStyle.CSV) {
      out.println(StoreCsv.header());
      out.println(StoreCsv.row(d.event()));
      return;
    }
    EventSummary e = d.event();
    out.println(StoreText.eventLine(e));
    out.println("  CAMEO " + e.cameo() + ", Goldstein " + e.goldstein() + ", quad class " + e.quadClass()
        + ", date " + e.earliest().map(Object::toString).orElse("…") + " to "
        + e.latest().map(Object::toString).orElse("…"));
    int n = 0;
    for (EventReport r : d.reports()) {
      out.println("  report " + (++n) + ": " + r.documentKey() + " (" + r.documentDate() + ") " + r.localId() + " "
          + r.type() + " " + r.cameo() + " [" + r.status() + "] date " + r.dateValue()
          + r.dateText().map(t -> " \"" + t + "\"").orElse("") + ", trigger \"" + r.triggerText() + "\" at "
          + r.triggerStart());
      out.println("    \"" + r.evidenceText().strip().replaceAll("\\s+", " ") + "\" [" + r.evidenceStart() + ", "
          + r.evidenceEnd() + ")");
      r.mergedBecause().ifPresent(w -> out.println("    merged because: " + w));
    }
  }
}
