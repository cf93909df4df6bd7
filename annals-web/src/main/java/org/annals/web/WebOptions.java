package org.annals.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to bind (127.0.0.1 by default: only this machine can connect)
 * @param port the TCP port, 0 for any free one
 * @param token what {@code POST /api/documents} must present ({@code Authorization: Bearer TOKEN})
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param extractThreads how many extractions may run at once (the rest wait their turn)
 */
public record WebOptions(String host, int port, String token, long maxBodyBytes, int extractThreads) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;

  public WebOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host is blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (token.length() < 8) {
      throw new IllegalArgumentException("the token must have at least 8 characters");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("the body limit must be at least 1024 bytes, got " + maxBodyBytes);
    }
    if (extractThreads < 1) {
      throw new IllegalArgumentException("extractThreads must be at least 1, got " + extractThreads);
    }
  }

  /** Loopback, the default port, the default body limit, one extraction per core. */
  public static WebOptions defaults(String token) {
    return new WebOptions(
        DEFAULT_HOST, DEFAULT_PORT, token, DEFAULT_MAX_BODY_BYTES, Runtime.getRuntime().availableProcessors());
  }

  public WebOptions withHost(String h) {
    return new WebOptions(h, port, token, maxBodyBytes, extractThreads);
  }

  public WebOptions withPort(int p) {
    return new WebOptions(host, p, token, maxBodyBytes, extractThreads);
  }

  public WebOptions withMaxBodyBytes(long n) {
    return new WebOptions(host, port, token, n, extractThreads);
  }

  /** Whether {@link #host} is a loopback address (no other machine can reach the server). */
  public boolean loopbackOnly() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
