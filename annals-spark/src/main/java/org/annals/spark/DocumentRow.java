package org.annals.spark;

import java.io.Serializable;
import java.util.List;

/** A row of the {@code documents} table: one article. A JavaBean: Spark's bean encoder needs a no-argument constructor and setters. */
public class DocumentRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** deterministic id: {@code D} + the first 20 hex digits of SHA-256(date, body) */
    private String docId;
    /** the article's own id (JSON Lines {@code id}) */
    private String sourceId;
    /** publication date, ISO yyyy-MM-dd */
    private String date;
    /** title */
    private String title;
    /** where it was read from */
    private String source;
    /** SHA-256 of the body */
    private String sha256;
    /** body length in characters */
    private int chars;
    /** entities found */
    private int entityCount;
    /** events found */
    private int eventCount;
    /** reader and pipeline warnings */
    private List<String> warnings;
    /** why the article could not be read or extracted; null when it was */
    private String error;

    public DocumentRow() {
    }

    public String getDocId() { return docId; }

    public void setDocId(String docId) { this.docId = docId; }

    public String getSourceId() { return sourceId; }

    public void setSourceId(String sourceId) { this.sourceId = sourceId; }

    public String getDate() { return date; }

    public void setDate(String date) { this.date = date; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getSource() { return source; }

    public void setSource(String source) { this.source = source; }

    public String getSha256() { return sha256; }

    public void setSha256(String sha256) { this.sha256 = sha256; }

    public int getChars() { return chars; }

    public void setChars(int chars) { this.chars = chars; }

    public int getEntityCount() { return entityCount; }

    public void setEntityCount(int entityCount) { this.entityCount = entityCount; }

    public int getEventCount() { return eventCount; }

    public void setEventCount(int eventCount) { this.eventCount = eventCount; }

    public List<String> getWarnings() { return warnings; }

    public void setWarnings(List<String> warnings) { this.warnings = warnings; }

    public String getError() { return error; }

    public void setError(String error) { this.error = error; }
}
