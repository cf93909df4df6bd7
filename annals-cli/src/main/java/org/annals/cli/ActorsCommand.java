package org.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.store.ActorSummary;
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals actors [QUERY]}: the entities of the knowledge base, those in most events first. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Lists the entities (merged across articles) whose name or alias contains QUERY, or all of them,",
      "those in most events first: id, name, kind, country, sector, events, documents."
    })
final class ActorsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DbOption db;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "part of a name (case and accents ignored) or a country code")
  private String query;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv")
  private OutputStyle format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "at most N actors (default: ${DEFAULT-VALUE})")
  private int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = db.openExisting()) {
      List<ActorSummary> actors = kb.actors(query == null ? "" : query, Math.max(1, limit));
      switch (format) {
        case TEXT -> actors.forEach(a -> out.println(String.format(Locale.ROOT, "#%-6d %-40s %-12s %-4s %-4s %5d events %5d docs",
            a.actor().id(), a.actor().name(), a.actor().kind(), a.actor().country().orElse("-"),
            a.actor().sector().orElse("-"), a.events(), a.documents())));
        case JSON -> {
          ArrayNode arr = StoreJson.mapper().createArrayNode();
          actors.forEach(a -> arr.add(StoreJson.actorSummary(a)));
          out.println(StoreJson.write(arr, true));
        }
        case CSV -> {
          out.println("actor_id,name,kind,country,sector,events,documents");
          actors.forEach(a -> out.println(String.join(",", Long.toString(a.actor().id()),
              org.annals.store.StoreCsv.quote(a.actor().name()), a.actor().kind(), a.actor().country().orElse(""),
              a.actor().sector().orElse(""), Integer.toString(a.events()), Integer.toString(a.documents()))));
        }
      }
    }
    out.flush();
    return Failures.EXIT_OK;
  }
}
