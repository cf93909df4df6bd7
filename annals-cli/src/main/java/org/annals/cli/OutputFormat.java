package org.annals.cli;

import org.annals.core.output.RecordJson;
import org.annals.model.ArticleRecord;

/** What {@code annals extract --format} writes for one record. */
enum OutputFormat {
  /** The record as pretty-printed JSON (one document, or one file per document with --out). */
  json(".json") {
    @Override
    String render(ArticleRecord record, boolean includeText) {
      return RecordJson.write(record, includeText, true);
    }
  },
  /** The record as JSON on one line: any number of documents on stdout, one per line. */
  jsonl(".json") {
    @Override
    String render(ArticleRecord record, boolean includeText) {
      return RecordJson.write(record, includeText, false);
    }
  },
  /** The body as TimeML with the times found as TIMEX3 tags (the text is always included). */
  timeml(".tml") {
    @Override
    String render(ArticleRecord record, boolean includeText) {
      return TimeMlWriter.write(record);
    }
  };

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The extension of the files written with {@code --out}. */
  String extension() {
    return extension;
  }

  /** Whether stdout can hold many documents in this format. */
  boolean streams() {
    return this == jsonl;
  }

  /** The text of one record, without a final line break. */
  abstract String render(ArticleRecord record, boolean includeText);
}
