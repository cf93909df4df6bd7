package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Document;
import org.junit.jupiter.api.Test;

class ReadOutcomeTest {

  @Test
  void failedMessageIsSourceColonProblem() {
    ReadOutcome.Failed failed = new ReadOutcome.Failed("articles.jsonl:3", "malformed JSON (x)");
    assertThat(failed.message()).isEqualTo("articles.jsonl:3: malformed JSON (x)");
    assertThat(failed.source()).isEqualTo("articles.jsonl:3");
  }

  @Test
  void failedProblemIsFoldedToOneLine() {
    ReadOutcome.Failed failed = new ReadOutcome.Failed("f", "first\n  second\r\nthird ");
    assertThat(failed.problem()).isEqualTo("first second third");
  }

  @Test
  void okCopiesWarningsAndTakesSourceFromDocument() {
    Document doc = Document.of("id", LocalDate.of(2024, 1, 1), "t", "dir/file.txt", "body");
    List<String> warnings = new ArrayList<>(List.of("w"));
    ReadOutcome.Ok ok = new ReadOutcome.Ok(doc, warnings);
    warnings.add("later");
    assertThat(ok.warnings()).containsExactly("w");
    assertThat(ok.source()).isEqualTo("dir/file.txt");
    assertThat(ReadOutcome.Ok.of(doc).warnings()).isEmpty();
    assertThatThrownBy(() -> ok.warnings().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
