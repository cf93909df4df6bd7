package org.annals.core.read;

import java.util.Objects;
import java.util.Optional;

/**
 * What a reader of web formats knows about a document beyond {@link org.annals.model.Document}:
 * the format it came in, where its date came from, and its URL. Kept in {@link ReadOutcome.Ok},
 * not in the record: the output contract has no field for it.
 *
 * @param format the format of the input the document came from
 * @param dateSource where the document's date was found
 * @param url the page's canonical URL (or the feed item's link, the WARC record's target), when
 *     known; it is also the document's {@code source}
 */
public record Origin(DocumentReaders.Format format, DateSource dateSource, Optional<String> url) {

  /** Where a web document's date came from, strongest first. */
  public enum DateSource {
    /** schema.org JSON-LD {@code datePublished} (or {@code dateCreated}). */
    JSON_LD,
    /** A meta tag: {@code article:published_time}, {@code date}, {@code pubdate}, Dublin Core... */
    META,
    /** A {@code <time datetime>} element of the article. */
    TIME_ELEMENT,
    /** The date written in the page's URL, e.g. {@code /2023/02/22/}. */
    URL,
    /** A feed item's {@code pubDate}, {@code published}, {@code updated} or {@code dc:date}. */
    FEED,
    /** The WARC record's capture date (a page with no date of its own). */
    CAPTURE,
    /** The {@code --date} option. */
    OPTION
  }

  public Origin {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(url, "url");
    url.ifPresent(
        u -> {
          if (u.isBlank()) {
            throw new IllegalArgumentException("url is blank");
          }
        });
  }
}
