package org.annals.cli;

/** {@code --format} of the query commands. */
enum OutputStyle {
  /** aligned lines for a person */
  TEXT,
  /** one JSON document (an array, or an object for a single item) */
  JSON,
  /** CSV with a header row */
  CSV
}
