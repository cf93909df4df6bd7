/**
 * Reading: a file or bytes in, dated {@link org.annals.model.Document}s out.
 *
 * <p><b>Entry point.</b> {@link org.annals.core.read.DocumentReaders#read(java.nio.file.Path,
 * ReadOptions)} and {@link org.annals.core.read.DocumentReaders#read(String, byte[], ReadOptions)}
 * return a non-empty list of {@link org.annals.core.read.ReadOutcome}s: one for a file, one per
 * non-blank line for JSON Lines, one per item of a feed, one per HTML page of a WARC archive.
 * {@link org.annals.core.read.Sources#read(java.nio.file.Path, ReadOptions,
 * java.util.function.Consumer)} hands the same outcomes on one at a time (a WARC archive is
 * streamed, never held in memory) and counts them. Bad input never throws; it gives a {@link
 * org.annals.core.read.ReadOutcome.Failed} whose {@code message()} is one line, {@code SOURCE:
 * problem}. Only {@code null} arguments (and a blank source name) throw.
 *
 * <p><b>Inputs.</b> UTF-8 text (a byte order mark is accepted and stripped). The format is detected
 * from the content, not the file extension:
 *
 * <ul>
 *   <li><b>JSON Lines</b> when the first non-blank character is <code>{</code>: one article object
 *       a line, <code>{"id", "date", "title", "text"}</code>. {@code id} is a non-blank string (or
 *       an integer); absent, it is {@code FILE:LINE}. {@code date} is {@code YYYY-MM-DD} (a
 *       timestamp gives its day); absent, {@code --date} is used. {@code title} is optional, {@code
 *       text} required and non-blank. Each document's source is {@code PATH:LINE}; each bad line
 *       fails alone, naming its line, and the good lines are still read. A duplicate id is a
 *       warning. A single object pretty-printed over several lines is read as one article.
 *   <li><b>TimeML</b> (TempEval {@code .tml}) when the text starts with {@code <?xml}, or starts
 *       with {@code <} and contains {@code <TimeML}: the date is the {@code value} (first 10
 *       characters) of the {@code TIMEX3} with {@code functionInDocument="CREATION_TIME"}, wherever
 *       it is (usually inside {@code DCT}); without one, {@code --date}. The body is the character
 *       content of the first {@code TEXT} element with inner tags removed and entities decoded,
 *       exactly as an XML parser reports it (including the line breaks next to the tags). The title
 *       is the {@code DOCID}, else the file name. Parsed with the JDK's StAX parser with DTDs and
 *       external entities disabled.
 *   <li><b>Seed format</b> when the first non-blank line, stripped, is {@code date YYYY-MM-DD
 *       title}: the title is the rest of that line, stripped; the body is exactly the text after
 *       that line and the blank line following it, byte for byte (nothing trimmed), so offsets
 *       point into it. Without the blank line the body starts on the next line, with a warning. A
 *       date written in the file wins over {@code --date}. A first line {@code date} + a token with
 *       a digit that is not {@code YYYY-MM-DD} fails ("malformed date line"); an impossible date
 *       such as 2023-02-30 fails ("impossible date").
 *   <li><b>WARC</b> (checked first, on the bytes) when the file starts with {@code WARC/}, or is
 *       gzip whose content starts so: read record by record with jwarc; each HTTP {@code 200}
 *       response with an HTML payload is a web page (below), with the record's target URL as the
 *       page URL and its date as the last-resort date (with a warning). Other records are skipped
 *       and counted ({@link org.annals.core.read.Sources.Counts#skipped()}). A page that cannot
 *       be read fails alone, named {@code FILE[record N]}; a malformed WARC header ends the archive
 *       with one such line. The document id is {@code FILE:N} (N the record number).
 *   <li><b>Feeds</b> (RSS 0.9x/1.0/2.0, Atom; Rome, DOCTYPEs refused) when the first element is
 *       {@code rss}, {@code feed} or {@code rdf:RDF}: each item is a document: id its {@code
 *       guid}/{@code id} (else link), title, source its link, body its full content ({@code
 *       content:encoded}, Atom {@code content}) as text when present, else its description; date
 *       from {@code pubDate}/{@code published}/{@code dc:date}/{@code updated} as written (the
 *       publisher's local date), else the link's URL, else {@code --date}. A bad item fails alone
 *       as {@code FILE[item N GUID]}.
 *   <li><b>Web pages</b> (jsoup; any charset the page declares) when the text has an HTML doctype
 *       or its first element is an HTML element ({@code html}, {@code head}, {@code body}, {@code
 *       div}, {@code article} ...): the body is the article's paragraphs, one blank line apart,
 *       from {@code itemprop=articleBody}, else the {@code <article>} with the most text, else the
 *       JSON-LD {@code articleBody}, else the element with the densest paragraph text; navigation,
 *       asides, footers, forms, dialogs and elements whose class or id names boilerplate
 *       (comments, cookie banners, related lists, share bars, ads, newsletters) are removed. The
 *       title is JSON-LD {@code headline}, {@code og:title}, {@code h1}, then {@code <title>}; the
 *       date JSON-LD {@code datePublished}, publication meta tags, {@code <time datetime>}, the
 *       URL, in that order, as written in its own offset; the source is the canonical URL when
 *       the page gives one. {@link org.annals.core.read.ReadOutcome.Ok#origin()} says where the
 *       date came from ({@link org.annals.core.read.Origin.DateSource}); the output contract has
 *       no field for it.
 *   <li><b>Plain text</b> otherwise: the whole text is the body, dated by {@code --date} (without
 *       it, "no date: ..."); the title is the first non-blank line, stripped, at most 200
 *       characters.
 * </ul>
 *
 * <p><b>Outputs.</b> {@link org.annals.core.read.ReadOutcome.Ok}: the document (id: the JSON Lines
 * {@code id}, else the file name without its directory; source: the path as given; sha256 of the
 * body) and warnings, e.g. {@link org.annals.core.read.EnglishCheck#WARNING} when {@link
 * org.annals.core.read.EnglishCheck#looksEnglish(String)} says no.
 *
 * <p><b>Failure modes</b> ({@link org.annals.core.read.ReadOutcome.Failed#problem()}): "empty
 * document" (empty or only whitespace); "binary content, not text" (a NUL byte, or more than 10%
 * control characters in the first 8 KB); "invalid UTF-8 at byte N" (0-based offset into the file);
 * "UTF-16 text, not UTF-8: ..."; "document too large: N characters, limit M (use --max-chars)" (for
 * JSON Lines, per article text; a file whose byte size alone rules it out says "N bytes"); "cannot
 * read: no such file" / "permission denied" / "is a directory"; "malformed JSON (...)"; "malformed
 * XML at line L, column C: ..."; the date problems above.
 *
 * <p><b>Feeds over time.</b> {@link org.annals.core.read.FeedWatcher} polls feed URLs (conditional
 * GETs by {@link org.annals.core.read.FeedFetcher}) or files and hands on only new items; network
 * errors are retried with a doubling, logged backoff. It takes an injected clock and sleeper.
 *
 * <p><b>Fuzzing.</b> {@code ReadersFuzzTest} (Jazzer) fuzzes every reader; see its Javadoc for the
 * command. Every build replays its inputs and runs a short deterministic mutation budget.
 *
 * <p><b>Thread-safety.</b> Stateless and thread-safe: all methods are static, shared objects are
 * immutable or thread-safe (Jackson's {@code ObjectMapper}), and an XML parser factory is made per
 * call.
 */
package org.annals.core.read;
