package org.annals.spark;

import java.io.Serializable;
import java.util.List;

/** A row of the {@code event_reports} table: one place in an article that reports an event. A JavaBean: Spark's bean encoder needs a no-argument constructor and setters. */
public class EventReportRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** {@code eventId/R<n>}, n from 1 in the record's order (the evidence first) */
    private String reportId;
    /** the event */
    private String eventId;
    /** the article */
    private String docId;
    /** start offset in the body */
    private int start;
    /** end offset in the body */
    private int end;
    /** the reporting sentence */
    private String text;

    public EventReportRow() {
    }

    public String getReportId() { return reportId; }

    public void setReportId(String reportId) { this.reportId = reportId; }

    public String getEventId() { return eventId; }

    public void setEventId(String eventId) { this.eventId = eventId; }

    public String getDocId() { return docId; }

    public void setDocId(String docId) { this.docId = docId; }

    public int getStart() { return start; }

    public void setStart(int start) { this.start = start; }

    public int getEnd() { return end; }

    public void setEnd(int end) { this.end = end; }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }
}
