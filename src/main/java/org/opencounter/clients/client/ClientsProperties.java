package org.opencounter.clients.client;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * House rules of the clients module, each configurable.
 *
 * @param highNetWorthThreshold  estimated financial assets from which a prospect counts as high-net-worth
 * @param largeTransferThreshold a client's bank transfers in a day from which compliance is told (AML large-value)
 */
@ConfigurationProperties("opencounter.clients")
public record ClientsProperties(@DefaultValue("5000000") BigDecimal highNetWorthThreshold,
                                @DefaultValue("50000") BigDecimal largeTransferThreshold) {
}
