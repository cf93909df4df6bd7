package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.store.EventQuery;
import org.annals.store.ExportFormat;
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code annals export}: the merged events to a file for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Writes the merged events (all, or those of the filters) to a file:",
      "  csv      one row per event, columns like the ICEWS/POLECAT event files",
      "  jsonl    one JSON object per event with every report",
      "  parquet  the CSV columns as Apache Parquet",
      "  graphml  actors as nodes, events as directed edges, for Gephi"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DbOption db;

  @Mixin private EventFilter filter;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv, jsonl, parquet or graphml")
  private ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "the file to write (default: events.csv, events.jsonl, … in the current directory)")
  private Path out;

  @Override
  public Integer call() {
    EventQuery q = filter.query(spec, EventQuery.DEFAULT_LIMIT);
    Path file = out != null ? out : Path.of("events." + format.name().toLowerCase(Locale.ROOT));
    if (Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), "--out " + file + " is a directory; give a file name");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    try (KnowledgeBase kb = db.openExisting()) {
      long n = kb.export(q, format, file);
      stdout.println(n + " events written to " + file + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
    } catch (StoreException e) {
      throw new CliException(e.getMessage(), Failures.EXIT_FAILED);
    }
    stdout.flush();
    return Failures.EXIT_OK;
  }
}
