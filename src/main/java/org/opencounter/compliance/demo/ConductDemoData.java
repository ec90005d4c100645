package org.opencounter.compliance.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.opencounter.compliance.conduct.Relation;
import org.opencounter.compliance.conduct.StaffConduct;
import org.opencounter.compliance.restriction.InsiderLists;
import org.opencounter.compliance.restriction.InsiderProject.ProjectKind;
import org.opencounter.compliance.restriction.RestrictionList;
import org.opencounter.compliance.restriction.RestrictionScope;
import org.opencounter.compliance.restriction.Restrictions;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff conduct as compliance keeps it: every staff member's identity number and practising certificate (one expired,
 * two falling due within 90 days), this year's training (two short of 15 hours), declared relatives - the account
 * manager's spouse is a client he serves himself, and the clerk's own number is on a Beijing client's account; the
 * restricted list (a sponsored issuer, for staff) and the watch list; an investment-banking project on the same issuer
 * whose insiders include an outside adviser who is a client, and a research project under way.
 */
@Component
class ConductDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(ConductDemoData.class);
    private static final String KEY = "demo-conduct-";
    private static final String SPONSORED = "601318";
    private static final String RATED = "002415";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final StaffConduct conduct;
    private final Restrictions restrictions;
    private final InsiderLists insiders;
    private final TradingCalendar calendar;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    ConductDemoData(StaffConduct conduct, Restrictions restrictions, InsiderLists insiders, TradingCalendar calendar,
                    DemoStaff staff, JdbcClient jdbc) {
        this.conduct = conduct;
        this.restrictions = restrictions;
        this.insiders = insiders;
        this.calendar = calendar;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 74;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from compliance_staff_profile)").query(Boolean.class).single()) {
            return;
        }
        LocalDate today = calendar.today();
        staff.as("compliance", () -> {
            profiles(today);
            relatives();
            lists(today);
            return null;
        });
        log.info("Demo staff conduct: {} profiles, {} linked accounts",
                jdbc.sql("select count(*) from compliance_staff_profile").query(Long.class).single(),
                conduct.linkedAccounts(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
    }

    private void profiles(LocalDate today) {
        List<Map<String, Object>> people = jdbc.sql("""
                        select id, username, sac_number from platform_staff_user where status = 'ACTIVE' order by id""")
                .query().listOfRows();
        int n = 0;
        for (Map<String, Object> person : people) {
            long id = ((Number) person.get("id")).longValue();
            String username = (String) person.get("username");
            String certificate = (String) person.get("sac_number");
            LocalDate expiry = switch (username) {
                case "advisor2" -> today.minusDays(10);
                case "advisor.sz" -> today.plusDays(20);
                case "wealth" -> today.plusDays(85);
                default -> today.plusDays(200 + 37L * n);
            };
            String idNumber = "clerk".equals(username) ? clientIdNumber("BJ01", 2)
                    : residentId("110101", LocalDate.of(1975 + n % 20, 1 + n % 12, 1 + n % 28), n);
            conduct.saveProfile(id, idNumber, certificate, certificate == null ? null : expiry);
            double[] hours = "advisor.hz".equals(username) || "ops".equals(username) ? new double[] {4, 3.5}
                    : new double[] {6, 4, 3, 2.5};
            String[] courses = {"反洗钱法规与可疑交易识别", "证券公司合规管理实务", "投资者适当性管理", "信息隔离墙制度"};
            for (int i = 0; i < hours.length; i++) {
                conduct.recordTraining(id, courses[i], today.minusDays(20 + 40L * i + n),
                        BigDecimal.valueOf(hours[i]).setScale(1), KEY + username + "-" + i);
            }
            n++;
        }
    }

    private void relatives() {
        long advisor = staffId("advisor");
        jdbc.sql("""
                        select c.name, c.id_number from clients_client c where c.owner_id = ? and c.kind = 'INDIVIDUAL'
                            and c.status = 'ACTIVE' order by c.id desc limit 1""")
                .param(advisor).query().listOfRows().forEach(client -> conduct.declareRelative(advisor,
                        (String) client.get("name"), (String) client.get("id_number"), Relation.SPOUSE));
        conduct.declareRelative(staffId("manager"), "王晓雯", residentId("310104", LocalDate.of(2001, 6, 18), 7),
                Relation.CHILD);
        String monitored = clientIdNumber("SZ01", 5);
        if (monitored != null) {
            conduct.declareRelative(staffId("analyst"), "吴建平", monitored, Relation.PARENT);
        }
    }

    private void lists(LocalDate today) {
        restrictions.add(new Restrictions.Entry(RestrictionList.RESTRICTED, SPONSORED, RestrictionScope.STAFF,
                "本公司担任其可转换公司债券发行保荐机构，发行期间员工及亲属不得交易", today.minusDays(30),
                today.plusDays(60), KEY + "restricted"));
        restrictions.add(new Restrictions.Entry(RestrictionList.WATCH, RATED, RestrictionScope.STAFF,
                "研究所拟调整投资评级，发布前重点监控交易", today.minusDays(5), null, KEY + "watch"));
        long deal = insiders.open(new InsiderLists.Opening("平安可转债保荐项目", ProjectKind.INVESTMENT_BANKING, SPONSORED,
                today.minusDays(45), "可转换公司债券发行，保荐及承销", KEY + "deal"));
        insiders.add(deal, "孙合规", personalId("compliance"), "合规审核");
        String adviser = clientIdNumber("SH01", 3);
        if (adviser != null) {
            insiders.add(deal, "外部财务顾问", adviser, "项目财务顾问（本公司客户）");
        }
        long research = insiders.open(new InsiderLists.Opening("海康威视深度报告", ProjectKind.RESEARCH, RATED,
                today.minusDays(10), "评级调整前的研究报告撰写", KEY + "research"));
        insiders.add(research, "吴研究", personalId("analyst"), "报告作者");
    }

    private long staffId(String username) {
        return jdbc.sql("select id from platform_staff_user where username = ?").param(username).query(Long.class)
                .single();
    }

    private String personalId(String username) {
        return jdbc.sql("select id_number from compliance_staff_profile where staff_id = ?").param(staffId(username))
                .query(String.class).single();
    }

    /** The identity number of an active individual client of the branch, the nth from the newest. */
    private String clientIdNumber(String branch, int nth) {
        return jdbc.sql("""
                        select c.id_number from clients_client c join platform_branch b on b.id = c.branch_id
                        where b.code = ? and c.kind = 'INDIVIDUAL' and c.status = 'ACTIVE' order by c.id desc
                        offset ? limit 1""").params(branch, nth).query(String.class).optional().orElse(null);
    }

    /** A valid 18-character resident ID number (GB 11643 check character). */
    private static String residentId(String area, LocalDate birth, int sequence) {
        String first17 = area + birth.toString().replace("-", "") + String.format("%03d", 100 + sequence * 2);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }
}
