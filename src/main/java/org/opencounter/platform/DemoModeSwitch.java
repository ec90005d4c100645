package org.opencounter.platform;

import org.springframework.core.env.Environment;

/** Whether the app runs in demo mode: by default with the embedded database only, or as {@code opencounter.demo-data} says. */
public final class DemoModeSwitch {

    private DemoModeSwitch() {
    }

    public static boolean isOn(Environment environment) {
        return environment.getProperty("opencounter.demo-data", Boolean.class,
                !environment.containsProperty("spring.datasource.url"));
    }
}
