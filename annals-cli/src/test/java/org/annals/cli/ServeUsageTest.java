package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code annals serve}'s options are checked before anything loads (the server itself: annals-web's tests). */
class ServeUsageTest {

  @Test
  void bad_options_are_usage_errors() {
    Cli.Run shortToken = Cli.run("serve", "--token", "abc");
    assertThat(shortToken.exitCode()).as(shortToken.toString()).isEqualTo(2);
    assertThat(shortToken.err()).contains("at least 8 characters").doesNotContain("Exception");

    Cli.Run badSize = Cli.run("serve", "--max-body", "lots");
    assertThat(badSize.exitCode()).as(badSize.toString()).isEqualTo(2);
    assertThat(badSize.err()).contains("--max-body 'lots'");

    Cli.Run badPort = Cli.run("serve", "--port", "70000");
    assertThat(badPort.exitCode()).isEqualTo(2);
    assertThat(badPort.err()).contains("70000");
  }

  @Test
  void sizes() {
    assertThat(ServeCommand.bytes("2m")).isEqualTo(2L * 1024 * 1024);
    assertThat(ServeCommand.bytes("512k")).isEqualTo(512L * 1024);
    assertThat(ServeCommand.bytes("4096")).isEqualTo(4096);
  }

  @Test
  void help_names_the_command() {
    Cli.Run help = Cli.run("serve", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--host", "--token", "--max-body", "127.0.0.1");
  }
}
