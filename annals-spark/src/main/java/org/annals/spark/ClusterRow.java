package org.annals.spark;

import java.io.Serializable;

/** A row of the {@code event_clusters} table: which cluster (happening) an event belongs to. A JavaBean for Spark's encoder. */
public class ClusterRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** the event */
    private String eventId;
    /** its article */
    private String docId;
    /** {@code H} + 20 hex digits from the cluster's first event id */
    private String clusterId;

    public ClusterRow() {
    }

    public String getEventId() { return eventId; }

    public void setEventId(String eventId) { this.eventId = eventId; }

    public String getDocId() { return docId; }

    public void setDocId(String docId) { this.docId = docId; }

    public String getClusterId() { return clusterId; }

    public void setClusterId(String clusterId) { this.clusterId = clusterId; }
}
