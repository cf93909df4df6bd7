package org.annals.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches a feed over HTTP with conditional requests: the {@code ETag} and {@code Last-Modified}
 * of the previous answer are sent back ({@code If-None-Match}, {@code If-Modified-Since}), so an
 * unchanged feed costs a {@code 304} and no body. Uses {@link java.net.http.HttpClient}, follows
 * redirects, and refuses bodies over a size limit. Thread-safe.
 */
public final class FeedFetcher {

  /** The validators of the last answer, sent back on the next request. */
  public record Validators(Optional<String> etag, Optional<String> lastModified) {
    public Validators {
      Objects.requireNonNull(etag, "etag");
      Objects.requireNonNull(lastModified, "lastModified");
    }

    /** None yet: the first request is unconditional. */
    public static Validators none() {
      return new Validators(Optional.empty(), Optional.empty());
    }
  }

  /** What a request gave. */
  public sealed interface Fetched permits NotModified, Body {}

  /** {@code 304 Not Modified}: nothing new since the validators were given. */
  public record NotModified() implements Fetched {}

  /** A {@code 200} answer: the feed and the validators to send next time. */
  public record Body(byte[] bytes, Validators validators) implements Fetched {
    public Body {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(validators, "validators");
    }
  }

  /**
   * An answer that retrying may cure (5xx, 429) is an {@link IOException}; this one will not be
   * cured by retrying now (404, 410, 401 ...), so the watcher waits for the next poll.
   */
  public static final class HttpStatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpStatusException(int status) {
      super("HTTP status " + status);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** The largest feed accepted, in bytes. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private final HttpClient client;
  private final Duration timeout;

  /** A fetcher with its own client; {@code timeout} bounds connecting and each request. */
  public FeedFetcher(Duration timeout) {
    this(
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        timeout);
  }

  public FeedFetcher(HttpClient client, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * One conditional GET.
   *
   * @throws HttpStatusException for a status that retrying now will not change (4xx but 408, 429)
   * @throws IOException for network errors and statuses worth retrying (5xx, 408, 429)
   */
  public Fetched fetch(URI url, Validators previous) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
            .header("User-Agent", "annals-feed-watcher")
            .GET();
    previous.etag().ifPresent(e -> request.header("If-None-Match", e));
    previous.lastModified().ifPresent(m -> request.header("If-Modified-Since", m));
    HttpResponse<InputStream> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status == 304) {
        return new NotModified();
      }
      if (status >= 500 || status == 408 || status == 429) {
        throw new IOException("HTTP status " + status);
      }
      if (status != 200) {
        throw new HttpStatusException(status);
      }
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new HttpStatusException(413);
      }
      Validators next =
          new Validators(
              response.headers().firstValue("ETag"),
              response.headers().firstValue("Last-Modified"));
      return new Body(bytes, next);
    }
  }
}
