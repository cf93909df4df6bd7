package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishCheckTest {

  @Test
  void englishProseLooksEnglish() {
    assertThat(EnglishCheck.looksEnglish(Fixtures.ENGLISH)).isTrue();
  }

  @Test
  void otherLatinScriptLanguagesDoNot() {
    String french =
        "Le conseil municipal a décidé jeudi de rénover le vieux pont sur la rivière. Les travaux"
            + " doivent commencer en automne et durer environ deux ans, selon la mairie de la"
            + " ville.";
    String spanish =
        "El ayuntamiento decidió el jueves renovar el viejo puente sobre el río. Las obras"
            + " comenzarán en otoño y durarán unos dos años, según informó la alcaldía de la"
            + " ciudad.";
    String dutch =
        "De gemeenteraad heeft donderdag besloten de oude brug over de rivier te vernieuwen. De"
            + " werkzaamheden beginnen in de herfst en duren ongeveer twee jaar, meldde de stad"
            + " in een verklaring.";
    assertThat(EnglishCheck.looksEnglish(french)).isFalse();
    assertThat(EnglishCheck.looksEnglish(spanish)).isFalse();
    assertThat(EnglishCheck.looksEnglish(dutch)).isFalse();
  }

  @Test
  void otherScriptsDoNot() {
    String greek =
        "Το δημοτικό συμβούλιο αποφάσισε την Πέμπτη να ανακαινίσει την παλιά γέφυρα πάνω από το"
            + " ποτάμι.";
    assertThat(EnglishCheck.looksEnglish(greek)).isFalse();
  }

  @Test
  void shortTextsAreNotJudged() {
    assertThat(EnglishCheck.looksEnglish("Der Rat tagt heute.")).isTrue();
    assertThat(EnglishCheck.looksEnglish("")).isTrue();
    assertThat(EnglishCheck.looksEnglish("12 34 56 -- ** 7.8")).isTrue();
  }

  @Test
  void warningsHelper() {
    assertThat(EnglishCheck.warnings(Fixtures.ENGLISH)).isEmpty();
    assertThat(EnglishCheck.warnings("Το δημοτικό συμβούλιο αποφάσισε την Πέμπτη να ανακαινίσει"))
        .containsExactly(EnglishCheck.WARNING);
  }
}
