package org.opencounter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The OpenCounter back office: one Spring Boot application made of Spring Modulith modules. Modules hear each other's
 * events after the publishing transaction commits, on the task executor, with the event publication registry keeping
 * each hand-over until the listener finishes.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class OpenCounterApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenCounterApplication.class, args);
    }
}
