package org.annals.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.Document;

/**
 * A posted article: one JSON object {@code {"date": "YYYY-MM-DD", "text": …, "title"?: …, "id"?: …}},
 * read by the same reader as a JSON Lines file (same checks, same messages).
 *
 * <p>Why JSON only: a browser sends JSON to another origin only after a CORS preflight, which this
 * server never grants, so a page elsewhere cannot make a user's browser post articles here.
 */
final class ArticleInput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleInput() {}

  /**
   * The article in {@code body}; without an {@code id}, it gets {@code upload-} and the first 12
   * hex digits of its text's SHA-256, so the same text posted twice is the same document.
   *
   * @throws ApiException 400 when the body is not one valid article
   */
  static ReadOutcome.Ok read(byte[] body, ReadOptions opts) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not JSON: " + oneLine(e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw ApiException.badRequest("the body cannot be read: " + oneLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest(
          "send one JSON object {\"date\": \"YYYY-MM-DD\", \"text\": \"…\", \"title\": \"…\", \"id\": \"…\"}");
    }
    ObjectNode article = (ObjectNode) node;
    JsonNode text = article.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw ApiException.badRequest("the article has no \"text\" (a non-empty string)");
    }
    if (!article.hasNonNull("id")) {
      article.put("id", "upload-" + Document.sha256(text.asText()).substring(0, 12));
    }
    byte[] line;
    try {
      line = JSON.writeValueAsBytes(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write back a parsed JSON object", e);
    }
    List<ReadOutcome> outcomes = DocumentReaders.read("api", line, opts);
    if (outcomes.size() != 1) {
      throw ApiException.badRequest("send one article per request, got " + outcomes.size());
    }
    ReadOutcome outcome = outcomes.get(0);
    if (outcome instanceof ReadOutcome.Failed failed) {
      throw ApiException.badRequest(failed.problem());
    }
    return (ReadOutcome.Ok) outcome;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
