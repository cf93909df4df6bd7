package org.annals.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Internal: bytes to text, rejecting what is not UTF-8 text. Stateless. */
final class TextDecoding {

  /** How much of the start is inspected for control characters. */
  static final int SNIFF_BYTES = 8192;

  private TextDecoding() {}

  /**
   * The text of {@code bytes}, without a UTF-8 byte order mark.
   *
   * @throws ReadProblem "empty document", "binary content, not text", "invalid UTF-8 at byte N" (N
   *     is the 0-based offset into {@code bytes}) or a UTF-16 notice
   */
  static String decode(byte[] bytes) throws ReadProblem {
    if (bytes.length == 0) {
      throw new ReadProblem("empty document");
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new ReadProblem("UTF-16 text, not UTF-8: save it as UTF-8");
    }
    if (isBinary(bytes)) {
      throw new ReadProblem("binary content, not text");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    String text = decodeUtf8(bytes, start);
    if (text.isBlank()) {
      throw new ReadProblem("empty document");
    }
    return text;
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  /** NUL bytes anywhere, or more than 10% control characters in the first 8 KB. */
  static boolean isBinary(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      boolean isControl =
          (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
      if (isControl) {
        control++;
      }
    }
    return control * 10L > n;
  }

  private static String decodeUtf8(byte[] bytes, int start) throws ReadProblem {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new ReadProblem("invalid UTF-8 at byte " + in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new ReadProblem("invalid UTF-8 at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }
}
