/**
 * Wealth planning: the risk tolerance questionnaire, the product catalogue, suitability (适当性) with its pre-trade
 * check, and (to come) allocation plans, campaigns, investor education and complaints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wealth")
package org.opencounter.wealth;
