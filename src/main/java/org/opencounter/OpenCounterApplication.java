package org.opencounter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The OpenCounter back office: one Spring Boot application made of Spring Modulith modules. */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@ConfigurationPropertiesScan
@EnableScheduling
public class OpenCounterApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenCounterApplication.class, args);
    }
}
