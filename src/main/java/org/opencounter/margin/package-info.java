/**
 * Margin financing and securities lending (融资融券): the rules of the collateral ratio and the margin available,
 * credit applications with their eligibility, margin contracts, and (to come) margin trading, monitoring and forced
 * liquidation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Margin")
package org.opencounter.margin;
