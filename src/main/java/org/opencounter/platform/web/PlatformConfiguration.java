package org.opencounter.platform.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Beans every module shares: the clock (all "now" comes from here) and the message bundles. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Chinese and English bundles only; anything else falls back to Chinese, never to the JVM's locale. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return messages;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(SHANGHAI);
    }
}
