package org.opencounter.compliance.demo;

import org.opencounter.compliance.disclosure.DisclosureReviews;
import org.opencounter.compliance.Material;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Material in every state of the disclosure review: a research report approved and published; a marketing leaflet
 * promising 保本 and 稳赚 without the risk warning, returned to its author; another under review; an announcement
 * waiting for an officer.
 */
@Component
class DisclosureDemoData implements DemoDataSet {

    private static final String KEY = "demo-disclosure-";
    private static final String REPORT = """
            海康威视（002415）深度报告：智能物联龙头，维持"增持"评级

            核心观点：公司主业稳健，创新业务收入占比持续提升，预计2026-2028年归母净利润分别为152亿元、171亿元、193亿元。

            风险提示：下游需求不及预期；海外经营环境变化；行业竞争加剧。

            分析师：吴研究，执业证书编号：S0010121010008

            免责声明：本报告仅供本公司客户参考，不构成投资建议。本公司及其关联机构可能持有报告所述证券。""";
    private static final String LEAFLET = """
            岁末稳健理财季

            精选固收增强产品，保本保息，稳赚不赔！历史业绩优异，近一年收益率6.8%。
            名额有限，欢迎到各营业部咨询。""";
    private static final String FUND = """
            债券基金定投月

            每月定投，分散择时风险。产品风险等级R2，适合稳健型及以上投资者。
            本产品不保本，过往业绩不代表未来表现。投资有风险，入市需谨慎。""";
    private static final String NOTICE = """
            关于北京营业部迁址的公告

            因经营需要，北京营业部将于2027年1月4日迁至新址，原址停止营业。客户的账户及交易不受影响。""";

    private final DisclosureReviews reviews;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    DisclosureDemoData(DisclosureReviews reviews, DemoStaff staff, JdbcClient jdbc) {
        this.reviews = reviews;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 76;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from compliance_disclosure)").query(Boolean.class).single()) {
            return;
        }
        long report = staff.as("analyst", () -> reviews.submit(Material.RESEARCH_REPORT, "海康威视深度报告", REPORT,
                KEY + "report"));
        staff.as("compliance", () -> {
            reviews.take(report);
            reviews.approve(report, "风险提示、免责声明与分析师执业证书编号齐全，同意发布。");
            return null;
        });
        staff.as("analyst", () -> {
            reviews.publish(report);
            return null;
        });
        long leaflet = staff.as("wealth", () -> reviews.submit(Material.MARKETING, "岁末稳健理财季宣传单", LEAFLET,
                KEY + "leaflet"));
        staff.as("compliance", () -> {
            reviews.take(leaflet);
            reviews.returnToAuthor(leaflet, "不得承诺保本保收益，删除“保本保息，稳赚不赔”；补充“投资有风险”的风险揭示；"
                    + "历史收益须注明不代表未来表现。");
            return null;
        });
        long fund = staff.as("wealth", () -> reviews.submit(Material.MARKETING, "债券基金定投月海报", FUND,
                KEY + "fund"));
        staff.as("compliance2", () -> {
            reviews.take(fund);
            return null;
        });
        staff.as("manager.bj", () -> reviews.submit(Material.ANNOUNCEMENT, "北京营业部迁址公告", NOTICE, KEY + "notice"));
    }
}
