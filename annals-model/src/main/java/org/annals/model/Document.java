package org.annals.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One dated article as read. {@code text} is the body every offset points into;
 * {@code sha256} is the hex SHA-256 of the body's UTF-8 bytes.
 */
public record Document(String id, LocalDate date, String title, String source, String text, String sha256) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a hex SHA-256: '" + sha256 + "'");
        }
    }

    /** A document whose hash is computed from its body. */
    public static Document of(String id, LocalDate date, String title, String source, String text) {
        return new Document(id, date, title, source, text, sha256(text));
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
