/**
 * Compliance: anti-money-laundering monitoring and post-trade surveillance (rules with versioned parameters, scans of
 * the books, alerts, cases and reports), sanctions screening, restricted and insider lists with their pre-trade
 * check, staff conduct, the regulation library, and disclosure review - which other modules use through
 * {@link org.opencounter.compliance.PublicationReview} for the material they publish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package org.opencounter.compliance;
