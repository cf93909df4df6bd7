/**
 * Reading: a file or bytes in, dated {@link org.annals.model.Document}s out.
 *
 * <p><b>Entry point.</b> {@link org.annals.core.read.DocumentReaders#read(java.nio.file.Path,
 * ReadOptions)} and {@link org.annals.core.read.DocumentReaders#read(String, byte[], ReadOptions)}
 * return a non-empty list of {@link org.annals.core.read.ReadOutcome}s: one for a file, one per
 * non-blank line for JSON Lines. Bad input never throws; it gives a {@link
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
 * <p><b>Thread-safety.</b> Stateless and thread-safe: all methods are static, shared objects are
 * immutable or thread-safe (Jackson's {@code ObjectMapper}), and an XML parser factory is made per
 * call.
 */
package org.annals.core.read;
