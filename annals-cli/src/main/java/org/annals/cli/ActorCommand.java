package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.ActorProfile;
import org.annals.store.ActorRef;
import org.annals.store.ActorSummary;
import org.annals.store.EventSummary;
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals actor NAME}: the profile of one entity. */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Shows what the knowledge base knows about one actor: names, titles, affiliations, members,",
      "events and the actors it dealt with most. NAME is a name, an alias or #ID from 'annals actors';",
      "when several actors match, the one in most events is shown and the others are listed."
    })
final class ActorCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DbOption db;

  @Parameters(paramLabel = "NAME", description = "a name or alias (case and accents ignored), or #ID")
  private String name;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json")
  private OutputStyle format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = db.openExisting()) {
      long id;
      List<ActorSummary> others = List.of();
      if (name.matches("#?\\d+")) {
        id = Long.parseLong(name.replace("#", ""));
      } else {
        List<ActorSummary> found = kb.actors(name, 20);
        if (found.isEmpty()) {
          throw new CliException("no actor matches '" + name + "' in " + kb.location(), Failures.EXIT_FAILED);
        }
        // an exact name wins over a longer name that contains the query
        ActorSummary pick = found.stream()
            .filter(a -> a.actor().name().equalsIgnoreCase(name.strip())).findFirst().orElse(found.get(0));
        id = pick.actor().id();
        others = found.stream().filter(a -> a != pick).toList();
      }
      long wanted = id;
      ActorProfile p = kb.actor(id).orElseThrow(() -> new CliException("no actor #" + wanted, Failures.EXIT_FAILED));
      if (format == OutputStyle.JSON) {
        out.println(StoreJson.write(StoreJson.profile(p), true));
      } else {
        text(out, p, others);
      }
    }
    out.flush();
    return Failures.EXIT_OK;
  }

  private static void text(PrintWriter out, ActorProfile p, List<ActorSummary> others) {
    ActorRef a = p.actor();
    out.println(a.label() + "  #" + a.id() + "  " + a.kind() + a.sector().map(s -> ", " + s).orElse("")
        + "  (" + p.documents() + " documents, " + p.events().size() + " events)");
    if (!p.aliases().isEmpty()) {
      out.println("  names:        " + String.join("; ", p.aliases()));
    }
    if (!p.titles().isEmpty()) {
      out.println("  titles:       " + String.join("; ", p.titles()));
    }
    if (!p.formerTitles().isEmpty()) {
      out.println("  former:       " + String.join("; ", p.formerTitles()));
    }
    if (!p.affiliations().isEmpty()) {
      out.println("  member of:    " + StoreText.actors(p.affiliations()).replace(" & ", "; "));
    }
    if (!p.members().isEmpty()) {
      out.println("  members:      " + StoreText.actors(p.members()).replace(" & ", "; "));
    }
    if (!p.partners().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (ActorProfile.Partner pa : p.partners().subList(0, Math.min(10, p.partners().size()))) {
        sb.append(sb.length() == 0 ? "" : "; ").append(pa.actor().label()).append(" ×").append(pa.events());
      }
      out.println("  partners:     " + sb);
    }
    if (!p.events().isEmpty()) {
      out.println("  events:");
      for (EventSummary e : p.events()) {
        out.println("    " + StoreText.eventLine(e));
      }
    }
    if (!others.isEmpty()) {
      out.println("  also matching: " + String.join("; ",
          others.stream().limit(10).map(o -> o.actor().label() + " #" + o.actor().id()).toList()));
    }
  }
}
