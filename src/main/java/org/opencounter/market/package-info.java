/**
 * Securities master, trading calendar and sessions, daily and latest prices, and the simulated price feed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market")
package org.opencounter.market;
