package org.annals.core.read;

import static org.annals.core.read.Fixtures.onlyFailed;
import static org.annals.core.read.Fixtures.onlyOk;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.core.read.Origin.DateSource;
import org.annals.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages written to look like real news sites (navigation, cookie banners, ads, related-article
 * lists, comment threads, several date formats and time zones): the body is the article's
 * paragraphs and nothing else, the title and date are right and say where the date came from.
 */
class HtmlReaderTest {

  private static ReadOutcome.Ok page(String name) {
    return onlyOk(DocumentReaders.read(Fixtures.page(name), ReadOptions.defaults()));
  }

  private static void assertBodyIsExactly(Document doc, List<String> paragraphStarts, List<String> absent) {
    String[] paragraphs = doc.text().split("\n\n");
    assertThat(paragraphs).hasSize(paragraphStarts.size());
    for (int i = 0; i < paragraphs.length; i++) {
      assertThat(paragraphs[i]).startsWith(paragraphStarts.get(i));
    }
    for (String a : absent) {
      assertThat(doc.text()).doesNotContainIgnoringCase(a);
    }
  }

  @Test
  void jsonLdDateInItsOwnTimeZoneWinsOverMetaAndTime() {
    ReadOutcome.Ok ok = page("harbour-ledger.html");
    Document doc = ok.document();
    // 2023-03-13T22:40:00-05:00: the publisher's date, not the UTC one (14 March)
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 3, 13));
    assertThat(doc.title()).isEqualTo("Velmora and Ostrand agree to deepen the northern channel");
    assertThat(doc.source())
        .isEqualTo("https://harbourledger.example/world/velmora-ostrand-dredging-pact");
    assertThat(doc.id()).isEqualTo("harbour-ledger.html");
    assertThat(ok.origin()).isPresent();
    assertThat(ok.origin().get().dateSource()).isEqualTo(DateSource.JSON_LD);
    assertThat(ok.origin().get().format()).isEqualTo(DocumentReaders.Format.HTML);
    assertThat(ok.origin().get().url()).contains(doc.source());
    assertBodyIsExactly(
        doc,
        List.of(
            "The port authority of Velmora signed",
            "Under the deal, Ostrand will pay",
            "\"The channel has silted up",
            "Environmental groups in both countries"),
        List.of(
            "cookie", "Accept all", "Markets", "Advertisement", "Related", "Grain prices",
            "Share on social", "More from World", "Ferry strike", "Lighthouse", "harbourwatcher",
            "silt, the barges", "Copyright", "Ilse Marrow", "14 March 2023"));
  }

  @Test
  void rfc1123MetaDateWithoutArticleElementUsesTextDensity() {
    ReadOutcome.Ok ok = page("daily-courier.html");
    Document doc = ok.document();
    // 23:15 in +09:00 on 7 June; in UTC it would still be 7 June, the same calendar day
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 6, 7));
    assertThat(ok.origin().get().dateSource()).isEqualTo(DateSource.META);
    assertThat(doc.title()).isEqualTo("Drought relief convoy reaches Kessar valley");
    assertThat(doc.source()).isEqualTo("https://dailycourier.example/news/drought-relief-kessar");
    assertBodyIsExactly(
        doc,
        List.of(
            "A convoy of forty trucks",
            "The regional council had asked",
            "Drivers said the last stretch",
            "Mira Solvang, a council member"),
        List.of(
            "Opinion", "morning briefing", "Most read", "Council votes", "two hundred letters",
            "Load comments", "disgrace", "Daily Courier", "Published June"));
  }

  @Test
  void dateOnlyInTheCanonicalUrl() {
    ReadOutcome.Ok ok = page("metro-wire.html");
    Document doc = ok.document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 11, 5));
    assertThat(ok.origin().get().dateSource()).isEqualTo(DateSource.URL);
    assertThat(doc.title()).isEqualTo("City council approves night bus trial");
    assertBodyIsExactly(
        doc,
        List.of(
            "The city council approved a six-month trial",
            "The routes will link the hospital district",
            "Councillor Anouk Feld",
            "Opponents argued"),
        List.of("Culture", "small files", "preferences", "Posted by", "Tram fares", "cycle lanes"));
  }

  @Test
  void articleBodyMarkupAndTimeElement() {
    ReadOutcome.Ok ok = page("valley-times.html");
    Document doc = ok.document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2022, 8, 19));
    assertThat(ok.origin().get().dateSource()).isEqualTo(DateSource.TIME_ELEMENT);
    assertThat(doc.title()).isEqualTo("Rescue teams free miners trapped near Orlic");
    assertThat(doc.source()).endsWith("valley-times.html"); // no canonical URL: the path
    assertBodyIsExactly(
        doc,
        List.of(
            "Rescue teams freed eleven miners",
            "The men had taken shelter",
            "\"We could hear them knocking",
            "The mine's owner said"),
        List.of("download our app", "Region", "Last updated", "Thank goodness", "ten years ago"));
  }

  @Test
  void detectedFromContentWhateverTheExtension() {
    String html =
        "<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service"
            + " resumes</h1><p>"
            + Fixtures.ENGLISH
            + "</p></article></body></html>";
    ReadOutcome.Ok ok =
        onlyOk(Fixtures.read("page.txt", html, ReadOptions.defaults().withDate(LocalDate.of(2021, 1, 2))));
    assertThat(ok.document().text()).isEqualTo(Fixtures.ENGLISH);
    assertThat(ok.document().title()).isEqualTo("Ferry service resumes");
    assertThat(ok.origin().get().dateSource()).isEqualTo(DateSource.OPTION);
    assertThat(DocumentReaders.detect(html)).isEqualTo(DocumentReaders.Format.HTML);
  }

  @Test
  void jsonLdArticleBodyWhenThePageHasNoArticleMarkup() {
    String html =
        "<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"@type\":"
            + " [\"NewsArticle\"], \"headline\": \"Library opens\", \"datePublished\": \"2020-05-04\","
            + " \"articleBody\": \""
            + Fixtures.ENGLISH
            + "\\n\\nThe second paragraph is short.\"}</script></head><body><div id=app></div></body></html>";
    ReadOutcome.Ok ok = onlyOk(Fixtures.read("app.html", html, ReadOptions.defaults()));
    assertThat(ok.document().text()).isEqualTo(Fixtures.ENGLISH + "\n\nThe second paragraph is short.");
    assertThat(ok.document().date()).isEqualTo(LocalDate.of(2020, 5, 4));
    assertThat(ok.document().title()).isEqualTo("Library opens");
  }

  @Test
  void articleWrapperWhoseClassMentionsSocialToolsIsKept() {
    String html =
        "<html><head><meta name=\"date\" content=\"2021-06-30\"></head><body><h1>Orchard sale</h1>"
            + "<div class=\"story-body has-social-tools\"><p>"
            + Fixtures.ENGLISH
            + "</p><p>The sale of the old orchard raised enough to pay for the new roof.</p></div>"
            + "<div class=\"social-links\"><p><a href=\"#\">Share</a></p></div></body></html>";
    ReadOutcome.Ok ok = onlyOk(Fixtures.read("orchard.html", html, ReadOptions.defaults()));
    assertThat(ok.document().text())
        .isEqualTo(Fixtures.ENGLISH + "\n\nThe sale of the old orchard raised enough to pay for the new roof.");
  }

  @Test
  void pageWithoutDateOrTextFailsWithOneLine() {
    ReadOutcome.Failed noDate =
        onlyFailed(
            Fixtures.read(
                "nodate.html", "<html><body><p>" + Fixtures.ENGLISH + "</p></body></html>",
                ReadOptions.defaults()));
    assertThat(noDate.message()).startsWith("nodate.html: no date:");
    ReadOutcome.Failed noText =
        onlyFailed(
            Fixtures.read(
                "empty.html", "<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                ReadOptions.defaults().withDate(LocalDate.of(2020, 1, 1))));
    assertThat(noText.message()).isEqualTo("empty.html: no article text found in the page");
  }

  @Test
  void webDates() {
    assertThat(WebDates.parse("2023-02-21T23:30:00-05:00")).contains(LocalDate.of(2023, 2, 21));
    assertThat(WebDates.parse("2023-02-22T04:30:00Z")).contains(LocalDate.of(2023, 2, 22));
    assertThat(WebDates.parse("Tue, 21 Feb 2023 23:30:00 -0500")).contains(LocalDate.of(2023, 2, 21));
    assertThat(WebDates.parse("February 22, 2023")).contains(LocalDate.of(2023, 2, 22));
    assertThat(WebDates.parse("22 Feb. 2023")).contains(LocalDate.of(2023, 2, 22));
    assertThat(WebDates.parse("20230222")).contains(LocalDate.of(2023, 2, 22));
    assertThat(WebDates.parse("2023-02-30")).isEmpty();
    assertThat(WebDates.parse("Marching 22, 2023")).isEmpty();
    assertThat(WebDates.fromUrl("https://x.example/world/2023/02/22/slug")).contains(LocalDate.of(2023, 2, 22));
    assertThat(WebDates.fromUrl("https://x.example/2023-02-22/slug")).contains(LocalDate.of(2023, 2, 22));
    assertThat(WebDates.fromUrl("https://x.example/story/12345678")).isEqualTo(Optional.empty());
  }
}
