package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class TimeMlWriterTest {

  private static TimeMention time(String body, String text, int from, String value) {
    int at = body.indexOf(text, from);
    return new TimeMention(text, at, at + text.length(), TimeType.DATE, value, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  @Test
  void tagsTimesEscapesAndSkipsOverlaps() throws Exception {
    String body = "On Tuesday <the> chiefs met; \"a year after that\" in November 2021 & later.\r\nEnd.";
    Document doc = Document.of("x&y.tml", java.time.LocalDate.parse("2023-02-22"), "T", "x", body);
    List<TimeMention> times = List.of(
        time(body, "November 2021", 0, "2021-11"),
        time(body, "Tuesday", 0, "2023-02-21"),
        time(body, "November", 0, "XXXX-11"), // inside the previous one: left out
        new TimeMention("bad", 500, 503, TimeType.DATE, "2020", Optional.empty(), Optional.empty(),
            Optional.empty())); // outside the body: left out
    ArticleRecord r = new ArticleRecord(doc, List.of(), times, List.of(), List.of(), List.of(), Records.PROVENANCE);

    String xml = TimeMlWriter.write(r);

    assertThat(xml).contains("<DOCID>x&amp;y.tml</DOCID>")
        .contains("functionInDocument=\"CREATION_TIME\">2023-02-22</TIMEX3></DCT>")
        .contains("<TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-02-21\">Tuesday</TIMEX3> &lt;the&gt;")
        .contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-11\">November 2021</TIMEX3> &amp; later.")
        .doesNotContain("XXXX-11", "t3");
    // an XML parser gives back the body exactly, so the record's offsets hold
    var parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
    assertThat(parsed.getElementsByTagName("TEXT").item(0).getTextContent()).isEqualTo(body);
  }
}
