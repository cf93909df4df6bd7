package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

  @Test
  void defaultsHaveNoDateAndTwoMillionChars() {
    ReadOptions opts = ReadOptions.defaults();
    assertThat(opts.date()).isEmpty();
    assertThat(opts.maxChars()).isEqualTo(2_000_000L);
  }

  @Test
  void withersReturnChangedCopies() {
    LocalDate day = LocalDate.of(2024, 1, 2);
    ReadOptions base = ReadOptions.defaults();
    ReadOptions dated = base.withDate(day);
    assertThat(dated.date()).contains(day);
    assertThat(base.date()).isEmpty();
    assertThat(dated.withMaxChars(10)).isEqualTo(new ReadOptions(Optional.of(day), 10));
    assertThat(dated.withoutDate().date()).isEmpty();
    assertThat(base.withDate(Optional.of(day))).isEqualTo(dated);
  }

  @Test
  void rejectsNonPositiveLimitAndNullDate() {
    assertThatThrownBy(() -> ReadOptions.defaults().withMaxChars(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReadOptions(null, 5)).isInstanceOf(NullPointerException.class);
  }
}
