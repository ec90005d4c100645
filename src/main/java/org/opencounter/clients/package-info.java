/**
 * Prospects, onboarding with KYC, clients and their fund, securities and bank accounts, the cash ledger kept in
 * double entry, and the client 360 page that other modules add panels to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients")
package org.opencounter.clients;
