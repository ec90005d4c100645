/**
 * Order entry, pre-trade checks, the exchange gateway (simulated exchange, FIX), executions, fees, positions,
 * settlement and statements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package org.opencounter.orders;
