package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annals}: the command line. Commands parse, call the core and format (see the package
 * documentation); {@link Failures} turns every problem into one line and an exit code.
 *
 * <p>Tests run it in-process with {@link #execute(PrintWriter, PrintWriter, String...)}, or with
 * {@link #run(Main, PrintWriter, PrintWriter, String...)} to put a stand-in {@link Extractor} in
 * place of the CoreNLP pipeline.
 */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    subcommands = {
      ExtractCommand.class, DemoCommand.class, IngestCommand.class, TimelineCommand.class,
      EventsCommand.class, ActorsCommand.class, ActorCommand.class, ExportCommand.class,
      BenchStoreCommand.class, ServeCommand.class, WatchCommand.class, EvalCommand.class,
      BenchCommand.class
    },
    description = {
      "Turns dated news articles into a record of events between actors:",
      "who did what to whom, when and where, with the evidence in the text."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {"Run 'annals COMMAND --help' for the options of a command."})
public final class Main implements Callable<Integer> {

  @Spec private CommandSpec spec;

  private final Supplier<Extractor> extractors;
  private final boolean interactive;
  private final InputStream stdin;
  private Extractor extractor;

  /** The command line with the standard pipeline, reading stdin, interactive when on a terminal. */
  public Main() {
    this(Extractor::standard, System.console() != null, System.in);
  }

  /**
   * @param extractors makes the extractor, once, when the first document needs it
   * @param interactive whether stderr is a terminal (progress lines and notes are shown)
   * @param stdin what the file name {@code -} reads
   */
  public Main(Supplier<Extractor> extractors, boolean interactive, InputStream stdin) {
    this.extractors = extractors;
    this.interactive = interactive;
    this.stdin = stdin;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs {@code annals ARGS} on the process's stdout and stderr; returns the exit code. */
  public static int execute(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return run(new Main(), out, err, args);
  }

  /**
   * Runs {@code annals ARGS} with the standard pipeline, writing to {@code out} and {@code err},
   * never interactive; returns the exit code.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return run(new Main(Extractor::standard, false, InputStream.nullInputStream()), out, err, args);
  }

  /** Runs {@code annals ARGS} as {@code main} is configured; returns the exit code. */
  public static int run(Main main, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(main, out, err);
    try {
      return cl.execute(args);
    } catch (Error e) {
      // picocli passes only Exceptions to the handler; an Error (out of memory, models that
      // cannot load) still ends the run with one line
      Failures.report(err, e);
      return Failures.EXIT_FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured picocli command line (exposed for completion scripts and tests). */
  public static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err) {
    Failures failures = new Failures();
    CommandLine cl = new CommandLine(main);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(failures);
    cl.setParameterExceptionHandler(failures);
    cl.setOut(out);
    cl.setErr(err);
    return cl;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "missing command: one of " + String.join(", ", spec.commandLine().getSubcommands().keySet()));
  }

  /** The shared extractor, made on first use (the pipeline is thread-safe). */
  synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = extractors.get();
    }
    return extractor;
  }

  Reporter reporter(PrintWriter err) {
    return new Reporter(err, interactive);
  }

  InputStream stdin() {
    return stdin;
  }

  /** {@code annals 0.1.0-SNAPSHOT}, the version Maven wrote into version.properties. */
  static final class VersionInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"annals " + version()};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the annals-cli jar");
        }
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version");
    }
  }
}
