package org.annals.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes small WARC archives for tests, record by record, the way a crawler lays them out
 * (warcinfo, request, response, metadata), so that readers meet the records they will meet in a
 * news crawl without the tests downloading one.
 */
public final class WarcFixtures {

  private final List<WarcRecord> records = new ArrayList<>();
  private final Instant date;

  /** An archive whose records are dated {@code date}. */
  public WarcFixtures(Instant date) {
    this.date = date;
    records.add(
        new Warcinfo.Builder()
            .date(date)
            .fields(Map.of("software", List.of("annals-testkit")))
            .build());
  }

  /** A GET request record for {@code url} (not a page: readers skip it). */
  public WarcFixtures request(String url) {
    byte[] http =
        ("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    records.add(
        new WarcRequest.Builder(url).date(date).body(MediaType.HTTP_REQUEST, http).build());
    return this;
  }

  /** An HTTP response record for {@code url}: status, content type, body. */
  public WarcFixtures response(String url, int status, String contentType, byte[] body) {
    byte[] head =
        ("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Other") + "\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] http = new byte[head.length + body.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    records.add(
        new WarcResponse.Builder(url).date(date).body(MediaType.HTTP_RESPONSE, http).build());
    return this;
  }

  /** An HTML page served with status 200. */
  public WarcFixtures page(String url, String html) {
    return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A metadata record about {@code url} (readers skip it). */
  public WarcFixtures metadata(String url) {
    records.add(
        new WarcMetadata.Builder()
            .targetURI(url)
            .date(date)
            .fields(Map.of("outlinks", List.of(url + "#more")))
            .build());
    return this;
  }

  /** Writes the archive, gzipped per record when {@code gzip}. */
  public Path writeTo(Path file, boolean gzip) {
    try (WarcWriter writer =
        new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (WarcRecord r : records) {
        writer.write(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Every record, for tests that write an archive themselves. */
  public void forEach(Consumer<WarcRecord> action) {
    records.forEach(action);
  }
}
