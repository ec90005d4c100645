package org.opencounter.compliance.disclosure;

/** What is going out: a research report, marketing material, or an announcement. */
public enum Material {
    RESEARCH_REPORT, MARKETING, ANNOUNCEMENT
}
