/**
 * Compliance: anti-money-laundering monitoring (rules with versioned parameters, scans of the books, alerts), and
 * to come cases and reports, sanctions screening, surveillance, restricted lists, staff conduct, the regulation
 * library and disclosure review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package org.opencounter.compliance;
