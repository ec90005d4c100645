package org.opencounter.platform.demo;

import java.util.Comparator;
import java.util.List;

import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoModeSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads every module's demo data on start when demo mode is on: by default with the embedded database, and
 * with an external one only when {@code opencounter.demo-data=true}.
 */
@Component
@Order(10)
class DemoMode implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final List<DemoDataSet> dataSets;
    private final boolean enabled;

    DemoMode(List<DemoDataSet> dataSets, Environment environment) {
        this.dataSets = dataSets;
        this.enabled = DemoModeSwitch.isOn(environment);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        dataSets.stream().sorted(Comparator.comparingInt(DemoDataSet::order)).forEach(DemoDataSet::loadIfAbsent);
        log.info("Demo data checked ({} data sets) in {} ms", dataSets.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
