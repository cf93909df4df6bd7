package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

  @Test
  void progressLine() {
    assertThat(Reporter.progressLine(0, 40, Duration.ofSeconds(3))).isEqualTo("0/40 docs");
    assertThat(Reporter.progressLine(12, 40, Duration.ofMillis(9231))).isEqualTo("12/40 docs, 1.3 docs/s, ETA 0:22");
    assertThat(Reporter.progressLine(40, 40, Duration.ofSeconds(20))).isEqualTo("40/40 docs, 2.0 docs/s");
    assertThat(Reporter.progressLine(1, 2, Duration.ofSeconds(21))).isEqualTo("1/2 docs, 0.05 docs/s, ETA 0:21");
    assertThat(Reporter.clock(3723)).isEqualTo("1:02:03");
  }

  @Test
  void progressOnlyOnATerminal() {
    StringWriter err = new StringWriter();
    Reporter quiet = new Reporter(new PrintWriter(err), false);
    quiet.startProgress(10);
    quiet.advance();
    quiet.note("loading");
    quiet.error("x: broken");
    quiet.endProgress();
    assertThat(err.toString()).isEqualTo("annals: x: broken" + System.lineSeparator());

    StringWriter tty = new StringWriter();
    Reporter shown = new Reporter(new PrintWriter(tty), true);
    shown.startProgress(2);
    shown.advance();
    shown.error("x: broken");
    shown.endProgress();
    assertThat(tty.toString()).contains("\r1/2 docs", "annals: x: broken");
  }

  @Test
  void outputNames() {
    OutputNames names = new OutputNames(".json");
    assertThat(names.next("000_102f5456afe50154.txt")).isEqualTo("000_102f5456afe50154.json");
    assertThat(names.next("a.tml")).isEqualTo("a.json");
    assertThat(names.next("A.txt")).isEqualTo("A-2.json");
    assertThat(names.next("news.jsonl:3")).isEqualTo("news.jsonl_3.json");
    assertThat(names.next("../etc/passwd")).isEqualTo(".._etc_passwd.json".replaceFirst("^\\.", "_"));
    assertThat(names.next("-")).isEqualTo("stdin.json");
  }

  @Test
  void failuresDescribeWithoutClassNames() {
    assertThat(Failures.describe(new RuntimeException(new IllegalStateException("models missing"))))
        .isEqualTo("models missing");
    assertThat(Failures.describe(new NullPointerException())).startsWith("internal error (")
        .contains("ANNALS_DEBUG=1");
    assertThat(Failures.describe(new java.nio.file.NoSuchFileException("x.txt")))
        .isEqualTo("x.txt: no such file or directory");
  }
}
