package org.opencounter.compliance.casework;

/** The report a case files with the PBOC's monitoring centre: large-value (大额交易) or suspicious (可疑交易). */
public enum ReportKind {
    LARGE_VALUE, SUSPICIOUS
}
