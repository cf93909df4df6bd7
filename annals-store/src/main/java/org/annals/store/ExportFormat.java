package org.annals.store;

/** The formats of {@link KnowledgeBase#export}. */
public enum ExportFormat {
  /** one JSON object per event with its reports */
  JSONL,
  /** one row per event, columns like the ICEWS/POLECAT event files */
  CSV,
  /** the CSV columns as Apache Parquet (written by DuckDB's COPY; DuckDB backend only) */
  PARQUET,
  /** actors as nodes, events as edges source → target, for Gephi */
  GRAPHML
}
