package org.opencounter.clients.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.kyc.BankCardNumber;
import org.opencounter.clients.kyc.Masking;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo client of the Beijing branch who changed her mobile number, then her depository bank card, then her mobile
 * number again on the last three trading days - what anti-money-laundering monitoring flags as frequent changes of
 * details - recorded as the counter would have.
 */
@Component
class DetailChangesDemoData implements DemoDataSet {

    private static final String KEY = "demo-details-";
    private static final String NEW_CARD = "6222020200112233446";

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;

    DetailChangesDemoData(JdbcClient jdbc, TradingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 33;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from clients_detail_change where request_key like ?)")
                .param(KEY + "%").query(Boolean.class).single()) {
            return;
        }
        List<LocalDate> days = calendar.tradingDaysBefore(calendar.today(), 3);
        Optional<Long> found = jdbc.sql("""
                        select min(c.id) from clients_client c join platform_branch b on b.id = c.branch_id
                        where b.code = 'BJ01' and c.kind = 'INDIVIDUAL' and c.status = 'ACTIVE'""")
                .query(Long.class).optional();
        if (days.size() < 3 || found.isEmpty() || found.get() == null) {
            return;
        }
        long client = found.get();
        String firstMobile = jdbc.sql("select mobile from clients_client where id = ?").param(client)
                .query(String.class).single();
        String card = jdbc.sql("select bank || ' ' || card_masked from clients_bank_link where client_id = ?")
                .param(client).query(String.class).optional().orElse("");
        String secondMobile = "13911" + firstMobile.substring(5);
        String thirdMobile = "18611" + firstMobile.substring(5);
        String newCard = "CMB " + new BankCardNumber(NEW_CARD).masked();
        record(client, days.get(0), "MOBILE", Masking.phone(firstMobile), Masking.phone(secondMobile), "客户称原号码停用");
        record(client, days.get(1), "BANK_CARD", card, newCard, "客户要求改用招商银行卡");
        record(client, days.get(2), "MOBILE", Masking.phone(secondMobile), Masking.phone(thirdMobile), "客户称换了新号码");
        jdbc.sql("update clients_client set mobile = ? where id = ?").params(thirdMobile, client).update();
        jdbc.sql("update clients_bank_link set bank = 'CMB', card_masked = ? where client_id = ?")
                .params(new BankCardNumber(NEW_CARD).masked(), client).update();
    }

    private void record(long client, LocalDate day, String field, String before, String after, String reason) {
        jdbc.sql("""
                        insert into clients_detail_change (client_id, branch_id, field, before_value, after_value,
                            reason, request_key, changed_by, changed_at)
                        select id, branch_id, ?, ?, ?, ?, ?, 'manager.bj', ? from clients_client where id = ?""")
                .params(field, before, after, reason, KEY + field + "-" + day, Timestamp.from(day.atTime(
                        LocalTime.of(10, 20)).atZone(TradingCalendar.SHANGHAI).toInstant()), client)
                .update();
    }
}
