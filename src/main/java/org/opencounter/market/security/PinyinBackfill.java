package org.opencounter.market.security;

import org.opencounter.market.Securities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives securities stored before pinyin search existed their initials, once, at start-up. */
@Component
class PinyinBackfill {

    private static final Logger log = LoggerFactory.getLogger(PinyinBackfill.class);

    private final JdbcClient jdbc;
    private final Securities securities;

    PinyinBackfill(JdbcClient jdbc, Securities securities) {
        this.jdbc = jdbc;
        this.securities = securities;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissing() {
        var missing = jdbc.sql("select code, name from market_security where pinyin_initials is null")
                .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).list();
        for (String[] security : missing) {
            jdbc.sql("update market_security set pinyin_initials = ? where code = ?")
                    .params(PinyinInitials.of(security[1]), security[0]).update();
            securities.changed(security[0]);
        }
        if (!missing.isEmpty()) {
            log.info("Pinyin initials filled in for {} securities", missing.size());
        }
    }
}
