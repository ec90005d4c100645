package org.opencounter.compliance.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.compliance.conduct.Attestations;
import org.opencounter.compliance.conduct.Declarations;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff declarations and the year's attestation: gifts below the review line recorded, others waiting (an issuer's
 * dinner, a small gift to a regulator's staff) or rejected (a vendor's wine), an approved paid lecturing post and a
 * directorship waiting, and this year's conduct attestation signed by part of the staff.
 */
@Component
class DeclarationDemoData implements DemoDataSet {

    private static final String KEY = "demo-declaration-";

    private final Declarations declarations;
    private final Attestations attestations;
    private final TradingCalendar calendar;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    DeclarationDemoData(Declarations declarations, Attestations attestations, TradingCalendar calendar,
                        DemoStaff staff, JdbcClient jdbc) {
        this.declarations = declarations;
        this.attestations = attestations;
        this.calendar = calendar;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from compliance_gift)").query(Boolean.class).single()) {
            return;
        }
        LocalDate today = calendar.today();
        gift("advisor", "RECEIVED", "客户周女士", "CLIENT", "中秋月饼一盒", "180.00", today.minusDays(60));
        gift("manager", "RECEIVED", "某上市公司董秘办", "ISSUER", "调研后商务晚宴", "1200.00", today.minusDays(12));
        gift("analyst", "GIVEN", "地方证监局工作人员", "REGULATOR", "公司宣传册及文具", "50.00", today.minusDays(5));
        gift("wealth", "RECEIVED", "某基金公司渠道部", "VENDOR", "红酒两瓶", "800.00", today.minusDays(20));
        activity("analyst", "某财经大学金融学院", "兼职讲师（每学期一门课）", true, today.minusDays(200), "analyst-lecturer");
        activity("advisor.bj", "北京某科技有限公司", "董事（家族企业）", false, today.minusDays(30), "director");
        staff.as("compliance", () -> {
            decide("GIFT", "wealth", false, "基金公司为代销合作方，收受价值800元礼品不符合廉洁从业规定，请退回并说明。");
            decide("ACTIVITY", "analyst", true, "兼职教学不涉及证券业务，报酬已申报，同意。");
            long round = attestations.open(today.getYear(), """
                    本人承诺：遵守证券法和公司执业行为规范，不持有、买卖股票，不以他人名义持有证券账户；如实申报亲属账户、\
                    礼品与兼职；不利用未公开信息从事交易；不承诺收益、不诱导客户交易；发现违规行为及时报告。""",
                    LocalDate.of(today.getYear(), 12, 31));
            for (String username : List.of("compliance", "compliance2", "manager", "advisor", "clerk", "risk",
                    "analyst", "auditor", "credit")) {
                staff.as(username, () -> {
                    attestations.sign(round);
                    return null;
                });
            }
            return null;
        });
    }

    private void gift(String username, String direction, String counterparty, String kind, String description,
                      String value, LocalDate on) {
        staff.as(username, () -> {
            declarations.declareGift(direction, counterparty, kind, description, new BigDecimal(value), on,
                    KEY + username + "-" + kind);
            return null;
        });
    }

    private void activity(String username, String organisation, String role, boolean paid, LocalDate from,
                          String key) {
        staff.as(username, () -> {
            declarations.declareActivity(organisation, role, paid, from, null, KEY + key);
            return null;
        });
    }

    private void decide(String kind, String username, boolean approve, String note) {
        String table = "GIFT".equals(kind) ? "compliance_gift" : "compliance_outside_activity";
        long id = jdbc.sql("select min(d.id) from " + table + " d join platform_staff_user u on u.id = d.staff_id"
                + " where u.username = ? and d.status = 'PENDING'").param(username).query(Long.class).single();
        declarations.decide(kind, id, approve, note);
    }
}
