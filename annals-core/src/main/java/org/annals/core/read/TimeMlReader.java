package org.annals.core.read;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annals.model.Document;

/**
 * Internal: TimeML (TempEval style) with the JDK's StAX parser; DTDs and external entities are
 * disabled. The date is the {@code TIMEX3} with {@code functionInDocument="CREATION_TIME"}, the
 * body the character content of the first {@code TEXT} element with its tags removed and entities
 * decoded, the title the {@code DOCID}. Stateless and thread-safe (a parser factory per call).
 */
final class TimeMlReader {

  private TimeMlReader() {}

  /** What a pass over the XML found. */
  private static final class Found {
    final StringBuilder body = new StringBuilder();
    final StringBuilder docId = new StringBuilder();
    Optional<String> creationTime = Optional.empty();
    boolean sawText;
  }

  static ReadOutcome read(String source, String fileName, String xml, ReadOptions opts)
      throws ReadProblem {
    Found found = scan(xml);
    if (!found.sawText) {
      throw new ReadProblem("no <TEXT> element: not a TimeML document");
    }
    String body = found.body.toString();
    if (body.isBlank()) {
      throw new ReadProblem("empty document: the <TEXT> element is empty");
    }
    LocalDate date = creationDate(found.creationTime, opts);
    String docId = found.docId.toString().strip();
    String title = docId.isEmpty() ? fileName : docId;
    Document doc = Document.of(fileName, date, title, source, body);
    return new ReadOutcome.Ok(doc, EnglishCheck.warnings(body));
  }

  private static LocalDate creationDate(Optional<String> creationTime, ReadOptions opts)
      throws ReadProblem {
    if (creationTime.isEmpty()) {
      return opts.date()
          .orElseThrow(
              () ->
                  new ReadProblem(
                      "no creation time: no TIMEX3 with functionInDocument=\"CREATION_TIME\""
                          + " and no --date was given"));
    }
    String value = creationTime.get().strip();
    String day = value.length() >= 10 ? value.substring(0, 10) : value;
    if (!Dates.isIsoShaped(day)) {
      return opts.date()
          .orElseThrow(
              () ->
                  new ReadProblem(
                      "creation time value '"
                          + ReadProblem.oneLine(value)
                          + "' is not a date YYYY-MM-DD and no --date was given"));
    }
    return Dates.parse(day)
        .orElseThrow(() -> new ReadProblem("impossible creation time '" + day + "'"));
  }

  private static Found scan(String xml) throws ReadProblem {
    Found found = new Found();
    XMLStreamReader reader = null;
    try {
      reader = factory().createXMLStreamReader(new StringReader(xml));
      int textDepth = 0; // > 0 while inside the first TEXT element
      boolean inDocId = false;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            String name = reader.getLocalName();
            if (textDepth > 0) {
              textDepth++;
            } else if (name.equals("TEXT") && !found.sawText) {
              textDepth = 1;
              found.sawText = true;
            }
            if (name.equals("DOCID") && found.docId.length() == 0) {
              inDocId = true;
            }
            if (name.equals("TIMEX3") && found.creationTime.isEmpty()) {
              String function = reader.getAttributeValue(null, "functionInDocument");
              String value = reader.getAttributeValue(null, "value");
              if ("CREATION_TIME".equals(function) && value != null) {
                found.creationTime = Optional.of(value);
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (textDepth > 0) {
              textDepth--;
            }
            inDocId = false;
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (textDepth > 0) {
              found.body.append(reader.getText());
            }
            if (inDocId) {
              found.docId.append(reader.getText());
            }
          }
          default -> {
            // comments, processing instructions, DTD: not part of the text
          }
        }
      }
      return found;
    } catch (XMLStreamException e) {
      throw new ReadProblem(describe(e));
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // nothing held open: the input is a String
        }
      }
    }
  }

  /** The JDK's StAX parser, without DTDs, external entities or external access. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  /** "malformed XML at line L, column C: what", one line. */
  private static String describe(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int what = message.indexOf("Message:");
    if (what >= 0) {
      message = message.substring(what + "Message:".length());
    }
    Location at = e.getLocation();
    String where =
        at == null || at.getLineNumber() < 0
            ? ""
            : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    return "malformed XML" + where + ": " + ReadProblem.oneLine(message);
  }
}
