package org.opencounter.clients.demo;

import java.util.List;

import org.opencounter.platform.DemoDataSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demo clients of the Shenzhen branch who gave the same mobile number when they opened their accounts - one
 * person placing orders in both, or a couple - so that the AML monitoring of trades between related accounts has a
 * related pair to find. The one with more cash comes first.
 */
@Component
class RelatedAccountsDemoData implements DemoDataSet {

    private final JdbcClient jdbc;

    RelatedAccountsDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (jdbc.sql("""
                        select exists (select 1 from clients_client c join clients_client d
                                       on d.mobile = c.mobile and d.id > c.id
                                       where c.status = 'ACTIVE' and d.status = 'ACTIVE')""")
                .query(Boolean.class).single()) {
            return;
        }
        List<Long> pair = jdbc.sql("""
                        select c.id from clients_client c
                        join platform_branch b on b.id = c.branch_id and b.code = 'SZ01'
                        join clients_fund_account f on f.client_id = c.id and f.status = 'ACTIVE'
                        join clients_ledger_account a on a.fund_account_id = f.id and a.kind = 'CLIENT_AVAILABLE'
                        where c.kind = 'INDIVIDUAL' and c.status = 'ACTIVE' and a.balance >= 600000
                        order by c.id limit 2""")
                .query(Long.class).list();
        if (pair.size() == 2) {
            jdbc.sql("update clients_client set mobile = (select mobile from clients_client where id = ?) where id = ?")
                    .params(pair.get(0), pair.get(1)).update();
        }
    }
}
