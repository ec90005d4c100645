package org.opencounter.clients.messaging;

import org.opencounter.clients.ClientMessageSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Records messages only, unless a real {@link ClientMessageSender} is provided. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    @ConditionalOnMissingBean(ClientMessageSender.class)
    ClientMessageSender recordOnlySender() {
        return new RecordOnlySender();
    }
}
