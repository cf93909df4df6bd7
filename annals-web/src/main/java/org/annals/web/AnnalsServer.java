package org.annals.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.annals.store.KnowledgeBase;

/**
 * The Javalin server: routes, security headers, the body limit, the token and the one place where
 * exceptions become JSON errors. Handlers are in {@link Api}; they parse, call the knowledge base
 * or the analyzer, and format.
 *
 * <p>Tests start it on port 0 ({@code WebOptions.withPort(0)}) and talk to it over loopback.
 */
public final class AnnalsServer implements AutoCloseable {

  /**
   * The one inline stylesheet the page may apply: the few rules cytoscape injects for its container
   * (by its SHA-256, so no other inline style can apply). A new cytoscape version may change it; the
   * browser test fails on any CSP violation in the console, which names the new hash.
   */
  static final String CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

  /** Allows this origin's scripts, styles, images and requests only; no inline script, no frames. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' " + CYTOSCAPE_STYLE_HASH + "; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final WebOptions options;
  private final PrintWriter log;

  private AnnalsServer(Javalin app, WebOptions options, PrintWriter log) {
    this.app = app;
    this.options = options;
    this.log = log;
  }

  /**
   * Starts a server on {@code options.host():options.port()}. The caller keeps ownership of {@code
   * kb} (closing the server does not close it).
   *
   * @param log where one-line notes go (a 500's cause); never the client
   */
  public static AnnalsServer start(KnowledgeBase kb, Analyzer analyzer, WebOptions options, PrintWriter log) {
    Objects.requireNonNull(kb, "kb");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(log, "log");
    Api api = new Api(kb, analyzer, new Semaphore(options.extractThreads(), true), options.maxBodyBytes());
    Page page = Page.load();
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = options.maxBodyBytes();
              config.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = "/org/annals/web/public";
                    sf.location = Location.CLASSPATH;
                    sf.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff");
                  });
              config.staticFiles.enableWebjars();
            });
    app.before(ctx -> securityHeaders(ctx));
    app.before("/api/*", ctx -> refuseLargeBody(ctx, options.maxBodyBytes()));
    app.before("/api/documents", ctx -> {
      if (ctx.method().name().equals("POST")) {
        requireToken(ctx, options.token());
      }
    });

    app.get("/", ctx -> ctx.html(page.html()));
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.json()));
    for (Route r : routes(api)) {
      app.addHttpHandler(r.method(), r.path(), r.handler());
    }

    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      log.println("annals: serve: " + ctx.method() + " " + ctx.path() + " failed: " + e.getClass().getSimpleName()
          + ": " + ArticleInput.oneLine(e.getMessage()));
      log.flush();
      if (System.getenv("ANNALS_DEBUG") != null) {
        e.printStackTrace(log);
      }
      error(ctx, 500, "internal error (see the server's log)");
    });
    // statuses Javalin sets itself (no route, wrong method) get the same JSON body
    app.error(404, ctx -> { if (ctx.result() == null || ctx.result().isEmpty() || !isJson(ctx)) {
      error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path()); } });
    app.error(405, ctx -> { if (!isJson(ctx)) {
      error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()); } });
    app.error(413, ctx -> { if (!isJson(ctx)) {
      error(ctx, 413, "the request body is larger than " + options.maxBodyBytes() + " bytes"); } });

    app.start(options.host(), options.port());
    return new AnnalsServer(app, options, log);
  }

  /** One API endpoint; {@code openapi.json} describes exactly these (a test holds it). */
  record Route(HandlerType method, String path, Handler handler) {}

  /** The API's endpoints, in the order of the documentation. */
  static List<Route> routes(Api api) {
    return List.of(
        new Route(HandlerType.GET, "/api/events", api::events),
        new Route(HandlerType.GET, "/api/events/{id}", api::event),
        new Route(HandlerType.GET, "/api/actors", api::actors),
        new Route(HandlerType.GET, "/api/actors/{id}", api::actor),
        new Route(HandlerType.GET, "/api/documents", api::documents),
        new Route(HandlerType.GET, "/api/documents/{id}", api::document),
        new Route(HandlerType.GET, "/api/timeline", api::timeline),
        new Route(HandlerType.GET, "/api/stats", api::stats),
        new Route(HandlerType.POST, "/api/extract", api::extract),
        new Route(HandlerType.POST, "/api/documents", api::ingest));
  }

  /** The port the server listens on (the real one when started on port 0). */
  public int port() {
    return app.port();
  }

  /** {@code http://HOST:PORT/}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
    log.flush();
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json") && ctx.result() != null && !ctx.result().isEmpty();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** 413 from the declared length, before anything is read; chunked bodies are bounded when read. */
  private static void refuseLargeBody(Context ctx, long max) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      // the client may still be sending: close the connection rather than read the rest
      ctx.header("Connection", "close");
      throw new ApiException(413, "the request body is larger than " + max + " bytes");
    }
  }

  private static void requireToken(Context ctx, String token) {
    String auth = ctx.header("Authorization");
    String given = null;
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).strip();
    } else if (ctx.header("X-Annals-Token") != null) {
      given = ctx.header("X-Annals-Token").strip();
    }
    if (given == null) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "this endpoint needs the server's token: send 'Authorization: Bearer TOKEN'");
    }
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "wrong token");
    }
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status);
    json(ctx, Views.error(status, message));
  }

  static void json(Context ctx, JsonNode node) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(Views.JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Reads at most {@code max} bytes of the request body; more is a 413 (for bodies of unknown length). */
  static byte[] body(Context ctx, long max) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, max + 1));
      if (bytes.length > max) {
        ctx.header("Connection", "close");
        throw new ApiException(413, "the request body is larger than " + max + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
