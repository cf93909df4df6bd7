package org.annals.core.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Document;

/**
 * Internal: JSON Lines, one article object a line: {@code {"id", "date", "title", "text"}}. Every
 * non-blank line gives one outcome; a bad line fails alone. Stateless and thread-safe.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private JsonLinesReader() {}

  /** A line of the file, 1-based, without its line break. */
  private record NumberedLine(int number, String text) {}

  static List<ReadOutcome> read(String source, String fileName, String text, ReadOptions opts) {
    List<NumberedLine> lines = nonBlankLines(text);
    Optional<ReadOutcome> whole = readAsOneObject(source, fileName, text, lines, opts);
    if (whole.isPresent()) {
      return List.of(whole.get());
    }
    List<ReadOutcome> outcomes = new ArrayList<>(lines.size());
    Map<String, Integer> firstLineOfId = new HashMap<>();
    for (NumberedLine line : lines) {
      ReadOutcome outcome = line(source, fileName, line.number(), line.text(), opts);
      if (outcome instanceof ReadOutcome.Ok ok) {
        Integer earlier = firstLineOfId.putIfAbsent(ok.document().id(), line.number());
        if (earlier != null) {
          List<String> warnings = new ArrayList<>(ok.warnings());
          warnings.add("duplicate id '" + ok.document().id() + "' (first on line " + earlier + ")");
          outcome = new ReadOutcome.Ok(ok.document(), warnings);
        }
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  /**
   * Line {@code number} of a JSON Lines file: its source is {@code SOURCE:NUMBER} and, without an
   * {@code id}, its id {@code FILENAME:NUMBER}; a bad line fails alone.
   */
  static ReadOutcome line(String source, String fileName, long number, String text, ReadOptions opts) {
    String lineSource = source + ":" + number;
    try {
      return article(parseOneValue(text), fileName + ":" + number, lineSource, opts);
    } catch (ReadProblem p) {
      return new ReadOutcome.Failed(lineSource, p.getMessage());
    }
  }

  /**
   * A single pretty-printed article spread over several lines (its first line is an unfinished
   * object, the whole text one object) is read as one article with the file as its source.
   */
  private static Optional<ReadOutcome> readAsOneObject(
      String source, String fileName, String text, List<NumberedLine> lines, ReadOptions opts) {
    if (lines.size() < 2 || !endsEarly(lines.get(0).text())) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = parseOneValue(text);
    } catch (ReadProblem p) {
      return Optional.empty();
    }
    try {
      return Optional.of(article(node, fileName, source, opts));
    } catch (ReadProblem p) {
      return Optional.of(new ReadOutcome.Failed(source, p.getMessage()));
    }
  }

  /** Whether the whole text is one JSON array (a common mistake for JSON Lines). */
  static boolean isJsonArray(String text) {
    if (!text.stripLeading().startsWith("[")) {
      return false;
    }
    try {
      return parseOneValue(text).isArray();
    } catch (ReadProblem p) {
      return false;
    }
  }

  private static boolean endsEarly(String line) {
    try (JsonParser parser = JSON.createParser(line)) {
      while (parser.nextToken() != null) {
        // read to the end
      }
      return false;
    } catch (JsonEOFException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static JsonNode parseOneValue(String json) throws ReadProblem {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonNode node = JSON.readTree(parser);
      if (node == null) {
        throw new ReadProblem("malformed JSON (no value)");
      }
      JsonToken extra;
      try {
        extra = parser.nextToken();
      } catch (JsonProcessingException e) {
        extra = JsonToken.NOT_AVAILABLE;
      }
      if (extra != null) {
        throw new ReadProblem("malformed JSON (more than one value on the line)");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ReadProblem("malformed JSON (" + jacksonMessage(e) + ")");
    } catch (IOException e) {
      throw new ReadProblem("malformed JSON (" + ReadProblem.oneLine(e.getMessage()) + ")");
    }
  }

  /** Jackson's message without its source location and parser-internal detail. */
  private static String jacksonMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int detail = message.indexOf(" (start marker at");
    if (detail >= 0) {
      message = message.substring(0, detail);
    }
    int sourceRef = message.indexOf("[Source:");
    if (sourceRef >= 0) {
      message = message.substring(0, sourceRef);
    }
    return ReadProblem.oneLine(message);
  }

  private static ReadOutcome.Ok article(
      JsonNode node, String defaultId, String source, ReadOptions opts) throws ReadProblem {
    if (!node.isObject()) {
      throw new ReadProblem("expected a JSON object {\"id\", \"date\", \"title\", \"text\"}");
    }
    String id = id(node.get("id"), defaultId);
    LocalDate date = date(node.get("date"), opts);
    String title = title(node.get("title"));
    String body = text(node.get("text"), opts);
    Document doc = Document.of(id, date, title, source, body);
    return new ReadOutcome.Ok(doc, EnglishCheck.warnings(body));
  }

  private static boolean absent(JsonNode value) {
    return value == null || value.isNull();
  }

  private static String id(JsonNode value, String defaultId) throws ReadProblem {
    if (absent(value)) {
      return defaultId;
    }
    if (value.isIntegralNumber()) {
      return value.asText();
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      throw new ReadProblem("'id' must be a non-blank string");
    }
    return value.textValue();
  }

  private static LocalDate date(JsonNode value, ReadOptions opts) throws ReadProblem {
    if (absent(value)) {
      return opts.date()
          .orElseThrow(
              () -> new ReadProblem("no date: the article has no 'date' and no --date was given"));
    }
    if (!value.isTextual()) {
      throw new ReadProblem("'date' must be a string 'YYYY-MM-DD'");
    }
    String raw = value.textValue().strip();
    // a timestamp (2023-02-22T10:15:00Z) gives its calendar date
    String day = raw.length() > 10 && raw.charAt(10) == 'T' ? raw.substring(0, 10) : raw;
    if (!Dates.isIsoShaped(day)) {
      throw new ReadProblem(
          "malformed date '" + ReadProblem.oneLine(raw) + "': expected 'YYYY-MM-DD'");
    }
    return Dates.parse(day).orElseThrow(() -> new ReadProblem("impossible date '" + day + "'"));
  }

  private static String title(JsonNode value) throws ReadProblem {
    if (absent(value)) {
      return "";
    }
    if (!value.isTextual()) {
      throw new ReadProblem("'title' must be a string");
    }
    return value.textValue().strip();
  }

  private static String text(JsonNode value, ReadOptions opts) throws ReadProblem {
    if (absent(value)) {
      throw new ReadProblem("missing 'text'");
    }
    if (!value.isTextual()) {
      throw new ReadProblem("'text' must be a string");
    }
    String body = value.textValue();
    if (body.isBlank()) {
      throw new ReadProblem("empty document ('text' is empty)");
    }
    if (body.length() > opts.maxChars()) {
      throw ReadProblem.tooLarge(body.length(), opts.maxChars());
    }
    return body;
  }

  private static List<NumberedLine> nonBlankLines(String text) {
    List<NumberedLine> lines = new ArrayList<>();
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      String line =
          parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      if (!line.isBlank()) {
        lines.add(new NumberedLine(i + 1, line));
      }
    }
    return lines;
  }
}
