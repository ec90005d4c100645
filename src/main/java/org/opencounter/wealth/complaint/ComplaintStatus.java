package org.opencounter.wealth.complaint;

/** A complaint is received, acknowledged to the client, then closed with an answer; a closed one may be reopened. */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, CLOSED
}
