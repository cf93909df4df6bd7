package org.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.EventDetail;
import org.annals.store.EventQuery;
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreCsv;
import org.annals.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals timeline}: the merged events of the knowledge base by date, with their reports. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Prints the merged events of the knowledge base by date, one line each:",
      "DATE  TYPE/mode  SOURCE → TARGET  @PLACE  [status]  \\\"evidence\\\"  (article, or N reports: articles)"
    })
final class TimelineCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DbOption db;

  @Mixin private EventFilter filter;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv")
  private OutputStyle format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "" + EventQuery.DEFAULT_LIMIT,
      description = "at most N events (default: ${DEFAULT-VALUE})")
  private int limit;

  @Override
  public Integer call() {
    EventQuery q = filter.query(spec, Math.max(1, limit));
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = db.openExisting()) {
      List<EventDetail> events = kb.eventDetails(q);
      print(out, events, format);
      if (format == OutputStyle.TEXT) {
        long total = kb.countEvents(q);
        if (total > events.size()) {
          out.println("… " + (total - events.size()) + " more (use --limit, --from/--to or a filter)");
        }
      }
    }
    out.flush();
    return Failures.EXIT_OK;
  }

  static void print(PrintWriter out, List<EventDetail> events, OutputStyle format) {
    switch (format) {
      case TEXT -> events.forEach(d -> out.println(StoreText.timelineLine(d)));
      case JSON -> {
        ArrayNode arr = StoreJson.mapper().createArrayNode();
        events.forEach(d -> arr.add(StoreJson.eventDetail(d)));
        out.println(StoreJson.write(arr, true));
      }
      case CSV -> {
        out.println(StoreCsv.header());
        events.forEach(d -> out.println(StoreCsv.row(d.event())));
      }
    }
  }
}
