package org.annals.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval SUBCOMMAND}: scores Annals (or another system's output) against gold data. Each kind of gold
 * is a subcommand of its own class, listed in {@code subcommands} below (adding one is a one-line change); a
 * subcommand reaches the shared extractor through {@link #main()}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    subcommands = {EvalTimeMlCommand.class, EvalPloverCommand.class, EvalEntitiesCommand.class},
    description = "Scores Annals against gold-annotated data.",
    synopsisSubcommandLabel = "KIND",
    commandListHeading = "%nKinds:%n")
final class EvalCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  Main main() {
    return main;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing kind of evaluation: " + String.join(", ", spec.subcommands().keySet()));
  }
}
