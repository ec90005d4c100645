package org.opencounter.compliance.aml;

/** Which monitoring raised an alert: anti-money laundering over cash movements, or surveillance of trading. */
public enum AlertSource {
    AML, SURVEILLANCE
}
