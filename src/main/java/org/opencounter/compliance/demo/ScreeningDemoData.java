package org.opencounter.compliance.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.compliance.screening.ScreenedName;
import org.opencounter.compliance.screening.ScreeningHits;
import org.opencounter.compliance.screening.WatchListKind;
import org.opencounter.compliance.screening.WatchLists;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three watch lists as compliance imported them, each holding, besides made-up foreign and domestic entries that
 * match no client, one entry for a Shenzhen client: on the sanctions list in pinyin with the client's birth date
 * (confirmed: the account is frozen) and once more with another birth year (ruled out, no hit); on the PEP list in
 * Chinese characters (dismissed as the same name of another person); on the blacklist under the client's ID number
 * with a misspelt name (waiting for review).
 */
@Component
class ScreeningDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(ScreeningDemoData.class);
    private static final String KEY = "demo-screening-";
    private static final String HEADER = "reference,name,aliases,id_number,birth,nationality,note\n";

    private record Person(long id, String name, String idNumber, LocalDate birthDate) {
    }

    private final WatchLists lists;
    private final ScreeningHits hits;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    ScreeningDemoData(WatchLists lists, ScreeningHits hits, DemoStaff staff, JdbcClient jdbc) {
        this.lists = lists;
        this.hits = hits;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 72;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from compliance_watch_list_version)").query(Boolean.class).single()) {
            return;
        }
        List<Person> people = jdbc.sql("""
                        select c.id, c.name, c.id_number, c.birth_date from clients_client c
                        join clients_fund_account f on f.client_id = c.id
                        join platform_branch b on b.id = c.branch_id
                        where b.code = 'SZ01' and c.kind = 'INDIVIDUAL' and c.status = 'ACTIVE' and f.status = 'ACTIVE'
                            and c.birth_date is not null
                        order by c.id desc limit 3""")
                .query((row, n) -> new Person(row.getLong(1), row.getString(2), row.getString(3),
                        row.getDate(4).toLocalDate())).list();
        if (people.size() < 3) {
            return;
        }
        Person sanctioned = people.get(0);
        Person namesake = people.get(1);
        Person blacklisted = people.get(2);
        staff.as("compliance", () -> {
            importList(WatchListKind.SANCTIONS, "sanctions-2026-12.csv", HEADER
                    + "OC-SAN-0001,Ivan PETROV,Ivan Petrov;Иван Петров,,1968-04-12,RU,资产冻结令\n"
                    + "OC-SAN-0002,Global Maritime Trading LLC,GMT LLC,,,AE,协助规避制裁的航运公司\n"
                    + "OC-SAN-0003,Ahmad KARIMI,Ahmed Karimi,P8812345,1975,IR,武器扩散融资\n"
                    + "OC-SAN-0004,诸葛明远,ZHUGE Mingyuan,,1960,CN,涉恐融资\n"
                    + "OC-SAN-0005,Maria GONZALEZ RUIZ,,,1982-09-30,VE,腐败相关\n"
                    + "OC-SAN-0006,欧阳海峰,OUYANG Haifeng;Au Yeung Hoi Fung,,1971,CN,洗钱团伙成员\n"
                    + "OC-SAN-0007," + latin(sanctioned.name()) + ",,," + sanctioned.birthDate() + ",CN,涉嫌电信诈骗资金转移\n"
                    + "OC-SAN-0008," + latin(sanctioned.name()) + ",,," + (sanctioned.birthDate().getYear() + 7)
                    + ",CN,同名人员（出生年份不同）\n");
            importList(WatchListKind.PEP, "pep-2026-q4.csv", HEADER
                    + "OC-PEP-0001,司马文涛,SIMA Wentao,,1958,CN,某省原副省长\n"
                    + "OC-PEP-0002,上官婉清,SHANGGUAN Wanqing,,1966,CN,某市人大常委会原主任\n"
                    + "OC-PEP-0003," + namesake.name() + ",,," + namesake.birthDate().getYear()
                    + ",CN,某国有企业原董事长\n"
                    + "OC-PEP-0004,John ABERNATHY,,,1955,GB,外国政府前部长\n");
            importList(WatchListKind.BLACKLIST, "blacklist-2026-12.csv", HEADER
                    + "OC-BL-0001,慕容雪晴,,,,CN,曾以虚假材料开户被拒\n"
                    + "OC-BL-0002," + misspelt(blacklisted.name()) + ",," + blacklisted.idNumber()
                    + ",,CN,前员工举报：代他人操作账户\n");
            decide(sanctioned.id(), "OC-SAN-0007", true,
                    "身份证件、出生日期与名单一致，经总部合规负责人确认为名单所列人员，立即冻结并报告。");
            decide(namesake.id(), "OC-PEP-0003", false,
                    "同名同年出生，但客户为退休教师，籍贯与履历均与名单所列人员不符，排除。");
            return null;
        });
        log.info("Demo watch lists imported: {} hits to review", hits.openByKind());
    }

    private void importList(WatchListKind kind, String file, String csv) {
        lists.importVersion(kind, file, csv.getBytes(StandardCharsets.UTF_8), WatchLists.defaultThreshold(),
                KEY + kind.name());
    }

    private void decide(long clientId, String reference, boolean confirm, String note) {
        jdbc.sql("""
                        select h.id from compliance_screening_hit h
                        join compliance_watch_list_entry e on e.id = h.entry_id
                        where h.client_id = ? and e.reference = ? and h.status = 'OPEN'""")
                .params(clientId, reference).query(Long.class).optional().ifPresent(id -> {
                    if (confirm) {
                        hits.confirm(id, note);
                    } else {
                        hits.dismiss(id, note);
                    }
                });
    }

    /** The name as a foreign list spells it: the surname in capitals, then the given name (王建国 → WANG Jianguo). */
    private static String latin(String han) {
        List<String> words = ScreenedName.of(han).words();
        StringBuilder spelled = new StringBuilder(words.get(0).toUpperCase(java.util.Locale.ROOT));
        for (String word : words.subList(1, words.size())) {
            spelled.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return spelled.toString();
    }

    /** The name with its last character written with another of the same sound, as an input method slips. */
    private static String misspelt(String han) {
        return han.substring(0, han.length() - 1) + switch (han.charAt(han.length() - 1)) {
            case '伟' -> '玮';
            case '芳' -> '方';
            case '娜' -> '纳';
            case '敏' -> '民';
            case '静' -> '靜';
            case '丽' -> '莉';
            case '强' -> '墙';
            default -> han.charAt(han.length() - 1);
        };
    }
}
