package org.annals.core.read;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Polls feeds (URLs or files) and hands on only the items not seen before, as {@link ReadOutcome}s:
 * the core of {@code annals watch} and {@code annals ingest --feed}. URLs are fetched with
 * conditional requests ({@link FeedFetcher}); a network error is retried with a doubling backoff,
 * each retry logged; after the last retry the feed waits for the next poll, and the others go on.
 * Nothing is thrown for a bad feed: problems are log lines and failed outcomes.
 *
 * <p>An item is known by its id (the feed's {@code guid}/{@code id}, else its link) and by its
 * link; one that was seen under either is not handed on again. A failed item is handed on once.
 * The seen keys live in a {@link SeenItems} (in memory, or a file that survives restarts).
 *
 * <p>Why an injected {@link Clock} and {@link Sleeper}: polling and backoff are tested without
 * waiting. Not thread-safe: one thread polls.
 */
public final class FeedWatcher {

  /** Waits; tests pass one that records the pauses instead. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    /** {@link Thread#sleep}. */
    static Sleeper system() {
      return d -> Thread.sleep(d.toMillis());
    }
  }

  /**
   * How polling goes.
   *
   * @param every the time from the start of one poll to the start of the next
   * @param retries how many times a network error is retried within one poll
   * @param firstBackoff the pause before the first retry; each next one doubles it
   */
  public record Settings(Duration every, int retries, Duration firstBackoff) {
    public Settings {
      Objects.requireNonNull(every, "every");
      Objects.requireNonNull(firstBackoff, "firstBackoff");
      if (every.isNegative() || every.isZero()) {
        throw new IllegalArgumentException("every must be positive, got " + every);
      }
      if (retries < 0) {
        throw new IllegalArgumentException("retries must be >= 0, got " + retries);
      }
      if (firstBackoff.isNegative()) {
        throw new IllegalArgumentException("firstBackoff must be >= 0, got " + firstBackoff);
      }
    }

    /** Every 15 minutes, 3 retries from 5 seconds. */
    public static Settings defaults() {
      return new Settings(Duration.ofMinutes(15), 3, Duration.ofSeconds(5));
    }
  }

  /** The item keys already handed on. */
  public interface SeenItems {
    boolean contains(String key);

    void add(String key);

    /** Kept in memory, forgotten when the process ends. */
    static SeenItems inMemory() {
      return backedBy(new HashSet<>(), key -> {});
    }

    /**
     * Kept in {@code file}, one key a line, read at start and appended to; so a restarted watcher
     * does not hand on old items again.
     */
    static SeenItems file(Path file) throws IOException {
      Set<String> keys = new HashSet<>();
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            keys.add(line.strip());
          }
        }
      }
      return backedBy(keys, key -> {
        try {
          Files.writeString(
              file,
              key.replaceAll("\\s+", " ") + "\n",
              java.nio.charset.StandardCharsets.UTF_8,
              java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
      });
    }

    /** The keys in {@code keys}; {@code onNew} is told of each key added that was not there. */
    private static SeenItems backedBy(Set<String> keys, java.util.function.Consumer<String> onNew) {
      return new SeenItems() {
        @Override
        public boolean contains(String key) {
          return keys.contains(key);
        }

        @Override
        public void add(String key) {
          if (keys.add(key)) {
            onNew.accept(key);
          }
        }
      };
    }
  }

  /** What one poll of all feeds gave. */
  public record Poll(int newItems, int failedItems, int unchangedFeeds, int failedFeeds) {}

  private final List<String> feeds;
  private final ReadOptions opts;
  private final FeedFetcher fetcher;
  private final Settings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private final SeenItems seen;
  private final Consumer<String> log;
  private final Consumer<ReadOutcome> sink;
  private final Map<String, FeedFetcher.Validators> validators = new HashMap<>();

  /**
   * @param feeds feed URLs ({@code http:}/{@code https:}) or file paths
   * @param log one line per notable event (retries, errors), without the {@code annals:} prefix
   * @param sink receives each new item (and each failed item, once)
   */
  public FeedWatcher(
      List<String> feeds,
      ReadOptions opts,
      FeedFetcher fetcher,
      Settings settings,
      Clock clock,
      Sleeper sleeper,
      SeenItems seen,
      Consumer<String> log,
      Consumer<ReadOutcome> sink) {
    this.feeds = List.copyOf(feeds);
    if (this.feeds.isEmpty()) {
      throw new IllegalArgumentException("no feed to watch");
    }
    this.opts = Objects.requireNonNull(opts, "opts");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.seen = Objects.requireNonNull(seen, "seen");
    this.log = Objects.requireNonNull(log, "log");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** Whether {@code feed} names a URL rather than a file. */
  public static boolean isUrl(String feed) {
    String f = feed.toLowerCase(Locale.ROOT);
    return f.startsWith("http://") || f.startsWith("https://");
  }

  /**
   * Polls {@code rounds} times (forever when {@code rounds <= 0}), {@link Settings#every()} apart.
   */
  public void run(int rounds) throws InterruptedException {
    for (int round = 1; rounds <= 0 || round <= rounds; round++) {
      Instant start = clock.instant();
      pollOnce();
      if (rounds > 0 && round == rounds) {
        break;
      }
      Duration left = settings.every().minus(Duration.between(start, clock.instant()));
      if (!left.isNegative() && !left.isZero()) {
        sleeper.sleep(left);
      }
    }
  }

  /** Polls every feed once, handing on the new items. */
  public Poll pollOnce() throws InterruptedException {
    int fresh = 0;
    int failed = 0;
    int unchanged = 0;
    int feedFailures = 0;
    for (String feed : feeds) {
      byte[] bytes;
      try {
        bytes = isUrl(feed) ? fetchWithRetries(feed) : Files.readAllBytes(Path.of(feed));
      } catch (FeedUnavailable e) {
        feedFailures++;
        continue;
      } catch (IOException | RuntimeException e) {
        log.accept(feed + ": cannot read: " + describe(e));
        feedFailures++;
        continue;
      }
      if (bytes == null) {
        unchanged++;
        continue;
      }
      List<ReadOutcome> outcomes = new ArrayList<>();
      Sources.read(feed, bytes, opts, outcomes::add);
      for (ReadOutcome o : outcomes) {
        if (o instanceof ReadOutcome.Ok ok) {
          String id = "id " + ok.document().id();
          String link = ok.origin().flatMap(Origin::url).map(u -> "link " + u).orElse(id);
          if (seen.contains(id) || seen.contains(link)) {
            continue;
          }
          seen.add(id);
          seen.add(link);
          fresh++;
          sink.accept(ok);
        } else {
          ReadOutcome.Failed f = (ReadOutcome.Failed) o;
          // the item's position changes as the feed moves on; its guid or link does not
          String key = "failed " + f.message().replaceFirst("\\[item \\d+ ", "[item ");
          if (!seen.contains(key)) {
            seen.add(key);
            failed++;
            sink.accept(f);
          }
        }
      }
    }
    return new Poll(fresh, failed, unchanged, feedFailures);
  }

  /** Thrown inside a poll when a feed gave up for this round (already logged). */
  private static final class FeedUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    FeedUnavailable() {
      super(null, null, false, false);
    }
  }

  /** The feed's bytes, or null when unchanged since the last poll. */
  private byte[] fetchWithRetries(String feed) throws InterruptedException, FeedUnavailable {
    URI uri;
    try {
      uri = URI.create(feed);
    } catch (IllegalArgumentException e) {
      log.accept(feed + ": not a valid URL: " + ReadProblem.oneLine(e.getMessage()));
      throw new FeedUnavailable();
    }
    Duration backoff = settings.firstBackoff();
    for (int attempt = 0; ; attempt++) {
      try {
        FeedFetcher.Fetched fetched =
            fetcher.fetch(uri, validators.getOrDefault(feed, FeedFetcher.Validators.none()));
        if (fetched instanceof FeedFetcher.Body body) {
          validators.put(feed, body.validators());
          return body.bytes();
        }
        return null;
      } catch (FeedFetcher.HttpStatusException e) {
        log.accept(feed + ": " + e.getMessage() + "; trying again at the next poll");
        throw new FeedUnavailable();
      } catch (IOException e) {
        if (attempt >= settings.retries()) {
          log.accept(
              feed + ": network error (" + describe(e) + "); giving up until the next poll");
          throw new FeedUnavailable();
        }
        log.accept(
            feed
                + ": network error ("
                + describe(e)
                + "); retry "
                + (attempt + 1)
                + " of "
                + settings.retries()
                + " in "
                + human(backoff));
        sleeper.sleep(backoff);
        backoff = backoff.multipliedBy(2);
      }
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return ReadProblem.oneLine(
        m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m);
  }

  /** {@code 5s}, {@code 2m30s}, {@code 1h}. */
  static String human(Duration d) {
    long s = d.toSeconds();
    if (s == 0 && !d.isZero()) {
      return d.toMillis() + "ms";
    }
    StringBuilder sb = new StringBuilder();
    if (s >= 3600) {
      sb.append(s / 3600).append('h');
    }
    if (s % 3600 >= 60) {
      sb.append(s % 3600 / 60).append('m');
    }
    if (s % 60 != 0 || sb.length() == 0) {
      sb.append(s % 60).append('s');
    }
    return sb.toString();
  }
}
