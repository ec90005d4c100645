package org.opencounter.compliance;

/** What is going out to the public: a research report, marketing material, an announcement, investor education. */
public enum Material {
    RESEARCH_REPORT, MARKETING, ANNOUNCEMENT, INVESTOR_EDUCATION
}
