package org.annals.core.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.core.read.Origin.DateSource;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;

/**
 * Internal: RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome; each item becomes a document: its title,
 * its link as the source, its {@code guid}/{@code id} (else the link) as the id, its date, and its
 * full content ({@code content:encoded}, Atom {@code content}) when the feed carries it, else its
 * description, as text. DOCTYPEs are refused (no entity expansion, no external access).
 *
 * <p>Why the date is read from the XML rather than from Rome: Rome turns it into a {@link Date},
 * losing the offset it was written in; the item's date is its publisher's local date, as for web
 * pages (see {@link WebDates}).
 */
final class FeedReader {

  private static final String[] DATE_ELEMENTS = {
    "pubDate", "published", "date", "issued", "created", "updated", "modified"
  };

  private FeedReader() {}

  /**
   * Reads every item, handing each outcome to {@code sink}.
   *
   * @return how many items there were
   */
  static int read(
      String source, String fileName, byte[] bytes, ReadOptions opts, Consumer<ReadOutcome> sink)
      throws ReadProblem {
    org.jdom2.Document xml = parse(bytes);
    List<Optional<String>> rawDates = rawDates(xml);
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(xml);
    } catch (FeedException | RuntimeException e) {
      throw new ReadProblem("not a feed: " + ReadProblem.oneLine(String.valueOf(e.getMessage())));
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new ReadProblem("the feed has no items");
    }
    for (int i = 0; i < entries.size(); i++) {
      String itemSource = source + "[item " + (i + 1) + itemKey(entries.get(i)) + "]";
      Optional<String> raw = i < rawDates.size() ? rawDates.get(i) : Optional.empty();
      try {
        sink.accept(item(entries.get(i), itemSource, fileName + ":" + (i + 1), raw, opts));
      } catch (ReadProblem p) {
        sink.accept(new ReadOutcome.Failed(itemSource, p.getMessage()));
      } catch (RuntimeException e) {
        sink.accept(
            new ReadOutcome.Failed(
                itemSource,
                "unexpected error while reading the item ("
                    + e.getClass().getSimpleName()
                    + ": "
                    + ReadProblem.oneLine(e.getMessage())
                    + ")"));
      }
    }
    return entries.size();
  }

  /** " GUID-or-LINK" for naming an item in a failure line (items move as a feed changes). */
  private static String itemKey(SyndEntry entry) {
    Optional<String> key = blankToEmpty(entry.getUri()).or(() -> blankToEmpty(entry.getLink()));
    return key.map(k -> " " + ReadProblem.oneLine(k).replace("]", "%5D")).orElse("");
  }

  private static ReadOutcome item(
      SyndEntry entry, String itemSource, String defaultId, Optional<String> rawDate, ReadOptions opts)
      throws ReadProblem {
    String link = blankToEmpty(entry.getLink()).orElse("");
    String id = blankToEmpty(entry.getUri()).or(() -> blankToEmpty(entry.getLink())).orElse(defaultId);
    String title = blankToEmpty(entry.getTitle()).map(t -> Jsoup.parse(t).text()).orElse("");
    String body = "";
    for (SyndContent c : entry.getContents()) {
      body = joinParagraphs(body, contentText(c));
    }
    if (body.isBlank() && entry.getDescription() != null) {
      body = contentText(entry.getDescription());
    }
    if (body.isBlank()) {
      throw new ReadProblem("empty document: the item has neither content nor a description");
    }
    if (body.length() > opts.maxChars()) {
      throw ReadProblem.tooLarge(body.length(), opts.maxChars());
    }
    HtmlReader.Dated dated = date(entry, rawDate, link, opts);
    String source = link.matches("(?i)https?://\\S+") ? link : itemSource;
    org.annals.model.Document doc = org.annals.model.Document.of(id, dated.date(), title, source, body);
    Optional<String> url = source.equals(link) ? Optional.of(link) : Optional.empty();
    return new ReadOutcome.Ok(
        doc,
        EnglishCheck.warnings(body),
        Optional.of(new Origin(DocumentReaders.Format.FEED, dated.source(), url)));
  }

  private static HtmlReader.Dated date(
      SyndEntry entry, Optional<String> raw, String link, ReadOptions opts) throws ReadProblem {
    Optional<LocalDate> d = raw.flatMap(WebDates::parse);
    if (d.isEmpty()) {
      Date parsed = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      if (parsed != null) {
        d = Optional.of(parsed.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
      }
    }
    if (d.isPresent()) {
      return new HtmlReader.Dated(d.get(), DateSource.FEED);
    }
    Optional<LocalDate> inUrl = WebDates.fromUrl(link);
    if (inUrl.isPresent()) {
      return new HtmlReader.Dated(inUrl.get(), DateSource.URL);
    }
    return opts.date()
        .map(x -> new HtmlReader.Dated(x, DateSource.OPTION))
        .orElseThrow(() -> new ReadProblem("no date: the item has no date and no --date was given"));
  }

  private static String contentText(SyndContent c) {
    String value = c.getValue() == null ? "" : c.getValue();
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return value.strip();
    }
    return HtmlReader.fragmentText(value);
  }

  private static String joinParagraphs(String a, String b) {
    if (a.isBlank()) {
      return b;
    }
    return b.isBlank() ? a : a + "\n\n" + b;
  }

  private static Optional<String> blankToEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  /** The XML, with DOCTYPE declarations refused (no entities, nothing fetched). */
  private static org.jdom2.Document parse(byte[] bytes) throws ReadProblem {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setExpandEntities(false);
    try {
      return builder.build(new ByteArrayInputStream(bytes));
    } catch (JDOMException e) {
      throw new ReadProblem("malformed feed XML: " + ReadProblem.oneLine(String.valueOf(e.getMessage())));
    } catch (IOException | RuntimeException e) {
      throw new ReadProblem("cannot parse the feed: " + ReadProblem.oneLine(String.valueOf(e.getMessage())));
    }
  }

  /** The raw date text of each item or entry, in document order (the order Rome keeps). */
  private static List<Optional<String>> rawDates(org.jdom2.Document xml) {
    List<Optional<String>> dates = new ArrayList<>();
    for (Element el : xml.getRootElement().getDescendants(Filters.element())) {
      String name = el.getName();
      if (!name.equals("item") && !name.equals("entry")) {
        continue;
      }
      Optional<String> found = Optional.empty();
      for (String want : DATE_ELEMENTS) {
        for (Element child : el.getChildren()) {
          if (child.getName().equals(want) && !child.getTextTrim().isEmpty()) {
            found = Optional.of(child.getTextTrim());
            break;
          }
        }
        if (found.isPresent()) {
          break;
        }
      }
      dates.add(found);
    }
    return dates;
  }
}
