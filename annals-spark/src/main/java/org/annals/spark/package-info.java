/**
 * Annals on Apache Spark 3.5: {@link org.annals.spark.AnnalsJob} reads articles from any Hadoop-compatible path
 * (JSON Lines, one {@code {"id", "date", "title", "text"}} object a line, split by line with {@code --input}; WARC
 * archives, plain or gzipped and streamed a record at a time, and any other format of {@code annals extract}, one
 * task a file, with {@code --files}; see {@link org.annals.spark.ReadArticles}), extracts each with one pipeline per
 * executor JVM (built lazily, never serialized) and writes Parquet tables under the output directory. Ids are
 * deterministic (from the article's date and body SHA-256), so a re-run overwrites with the same rows.
 * {@code annals ingest --parquet DIR} stores the records of an output directory in a knowledge base.
 *
 * <h2>Tables (the contract for {@code annals ingest --parquet DIR})</h2>
 * All offsets are character offsets into the article body; lists are Parquet lists; null means "none".
 * <ul>
 * <li>{@code documents}: docId (string, {@code D} + 20 hex), sourceId (the record's document id), date
 *     (yyyy-MM-dd), title, source, sha256, chars (int), entityCount (int), eventCount (int), warnings (list of
 *     string), error (string, null when extracted), input (the file read: a local path, or the URI of another file
 *     system), ordinal (long: the line of JSON Lines, the outcome's number in a WARC archive, else 1), record (the
 *     record as the JSON of the output contract, text included, event confidences unrounded; null when not
 *     extracted). One row per article or input read, failed ones included: an input that could not be read (a
 *     malformed JSON line, a page without a date) has docId {@code U} + 20 hex digits of its source, its source
 *     ({@code FILE:LINE}, {@code FILE[record N]}), input, ordinal and error only.</li>
 * <li>{@code entities}: entityId ({@code docId/E<n>}), docId, localId, kind (EntityKind), name, country
 *     (alpha-3 or IGO), sector, titles (list), memberOf (entityId), members (list of entityId), mentionCount
 *     (int), mentionStarts (list of int).</li>
 * <li>{@code events}: eventId ({@code docId/V<n>}), docId, localId, type (PLOVER), mode, cameo, goldstein
 *     (double), quadClass (int), source and target (lists of entityId), sourceCountries and targetCountries
 *     (sorted lists of alpha-3, GROUP members included), location (entityId), dateValue (TIMEX3), earliest and
 *     latest (yyyy-MM-dd, null when open), status, trigger, triggerStart, triggerEnd (int), confidence
 *     (double), rules (list).</li>
 * <li>{@code event_reports}: reportId ({@code eventId/R<n>}, the evidence is R1), eventId, docId, start, end
 *     (int), text.</li>
 * <li>{@code event_clusters}: eventId, docId, clusterId ({@code H} + 20 hex): reports of one happening across
 *     articles (same type, same participant countries, intervals within the window; see
 *     {@link org.annals.spark.EventMerge}).</li>
 * <li>{@code happenings}: clusterId, type, countries (list), earliest, latest, reports (long), docIds (list).</li>
 * </ul>
 */
package org.annals.spark;
