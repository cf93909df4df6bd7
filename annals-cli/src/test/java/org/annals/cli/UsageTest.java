package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and usage errors: no document is read, no model loaded. */
class UsageTest {

  @ParameterizedTest
  @ValueSource(strings = {"--help", "extract --help", "demo --help", "-h", "extract -h"})
  void helpOnEveryCommandExitsZero(String args) {
    Cli.Run run = Cli.run(args.split(" "));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Usage: annals");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void extractHelpListsOptionsAndExitCodes() {
    String help = Cli.run("extract", "--help").out();
    assertThat(help).contains("--date", "--format", "json, jsonl, timeml", "--out", "--no-text",
        "--max-chars", "--threads", "Exit codes:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "extract --version", "-V"})
  void versionPrintsTheProjectVersion(String args) {
    Cli.Run run = Cli.run(args.split(" "));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("annals 0.1.0-SNAPSHOT");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "frobnicate",
      "extract",
      "extract --bogus a.txt",
      "extract --format xml a.txt",
      "extract --date 2023-02-30 a.txt",
      "extract --date 22/02/2023 a.txt",
      "extract --threads 0 a.txt",
      "extract --threads many a.txt",
      "extract --max-chars 0 a.txt",
      "extract a.txt b.txt",
      "extract --format timeml a.txt b.txt",
      "demo --threads -1",
      "demo surplus"
  })
  void usageErrorsExitTwoWithOneMessageAndAHint(String args) {
    Cli.Run run = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith("annals: ");
    assertThat(run.err()).contains("--help' for more information").doesNotContain("Exception", "\tat ");
  }

  @Test
  void severalFilesAsJsonSuggestJsonlOrOut() {
    Cli.Run run = Cli.run("extract", "a.txt", "b.txt");
    assertThat(run.err()).contains("--format jsonl", "--out DIR");
  }
}
