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
    /** the file the article was read from (a local path, or the URI of another file system) */
    private String input;
    /** its position in that file: the line of JSON Lines, the outcome's number in a WARC archive, else 1 */
    private long ordinal;
    /**
     * the whole record as the JSON of the output contract ({@code RecordJson}, text included), with the event
     * confidences unrounded; null when the article could not be read or extracted
     */
    private String record;

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

    public String getInput() { return input; }

    public void setInput(String input) { this.input = input; }

    public long getOrdinal() { return ordinal; }

    public void setOrdinal(long ordinal) { this.ordinal = ordinal; }

    public String getRecord() { return record; }

    public void setRecord(String record) { this.record = record; }
}
