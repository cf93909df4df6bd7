package org.annals.store;

import java.nio.file.Path;

/** Writes events to files (see {@link ExportFormat}). */
final class Exporter {
  private final Queries queries;

  Exporter(Queries queries) {
    this.queries = queries;
  }

  long export(EventQuery query, ExportFormat format, Path out) {
    throw new StoreException("export " + format + " is not written yet");
  }
}
