package org.opencounter.platform.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * House rules of the platform, each configurable.
 *
 * @param maxFailedLogins     wrong passwords in a row that lock an account
 * @param lockout             how long a locked account stays locked
 * @param passwordHistory     how many earlier passwords may not be reused
 * @param approvalLifetime    how long a maker-checker request waits before it expires
 */
@ConfigurationProperties("opencounter")
public record PlatformProperties(@DefaultValue("5") int maxFailedLogins,
                                 @DefaultValue("15m") Duration lockout,
                                 @DefaultValue("5") int passwordHistory,
                                 @DefaultValue("7d") Duration approvalLifetime) {
}
