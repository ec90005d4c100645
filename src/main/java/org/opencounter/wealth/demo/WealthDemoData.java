package org.opencounter.wealth.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.wealth.Fit;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.RiskLevel;
import org.opencounter.wealth.assessment.AnswerOption;
import org.opencounter.wealth.assessment.Question;
import org.opencounter.wealth.assessment.Questionnaire;
import org.opencounter.wealth.assessment.QuestionnaireAudience;
import org.opencounter.wealth.assessment.Questionnaires;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.Scoring;
import org.opencounter.wealth.campaign.Campaign;
import org.opencounter.wealth.campaign.CampaignChannel;
import org.opencounter.wealth.campaign.CampaignForm;
import org.opencounter.wealth.campaign.Campaigns;
import org.opencounter.wealth.complaint.Complaints;
import org.opencounter.wealth.allocation.AllocationPlans;
import org.opencounter.wealth.allocation.AssetClass;
import org.opencounter.wealth.allocation.CapitalMarketAssumptions;
import org.opencounter.wealth.allocation.Weights;
import org.opencounter.wealth.needs.GoalKind;
import org.opencounter.wealth.target.TargetPeriod;
import org.opencounter.wealth.needs.GoalPriority;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.opencounter.wealth.needs.MaritalStatus;
import org.opencounter.wealth.suitability.SuitabilityRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A catalogue of about thirty products (the listed funds the demo market quotes among them), and risk assessments
 * for about three quarters of the active clients, taken over the last 30 months so that some have expired, with a
 * few suitability verdicts each; two thirds of those also have their finances, family and goals recorded, and half of
 * those with a valid result an allocation plan from the model; complaints in every state; targets, a campaign at
 * two branches and the education library. The same seed gives the same book.
 */
@Component
class WealthDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(WealthDemoData.class);
    private static final long SEED = 20261202L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** code, Chinese and English names, type, variety, issuer, level, minimum, months, fees (%), professional only. */
    private record Entry(String code, String zh, String en, String type, String variety, String issuer, String level,
                         String minimum, int months, String subscription, String management, boolean professional,
                         boolean closed) {
    }

    private static final List<Entry> PRODUCTS = List.of(
            new Entry("510300", "沪深300ETF", "CSI 300 ETF", "LISTED_FUND", "EQUITY", "华泰柏瑞基金", "R3", "100", 0, "0", "0.5", false, false),
            new Entry("510050", "上证50ETF", "SSE 50 ETF", "LISTED_FUND", "EQUITY", "华夏基金", "R3", "100", 0, "0", "0.5", false, false),
            new Entry("510500", "中证500ETF", "CSI 500 ETF", "LISTED_FUND", "EQUITY", "南方基金", "R3", "100", 0, "0", "0.5", false, false),
            new Entry("512880", "证券ETF", "Securities ETF", "LISTED_FUND", "EQUITY", "国泰基金", "R4", "100", 0, "0", "0.5", false, false),
            new Entry("588000", "科创50ETF", "STAR 50 ETF", "LISTED_FUND", "EQUITY", "华夏基金", "R4", "100", 0, "0", "0.5", false, false),
            new Entry("518880", "黄金ETF", "Gold ETF", "LISTED_FUND", "ALTERNATIVE", "华安基金", "R3", "100", 0, "0", "0.5", false, false),
            new Entry("159915", "创业板ETF", "ChiNext ETF", "LISTED_FUND", "EQUITY", "易方达基金", "R4", "100", 0, "0", "0.5", false, false),
            new Entry("159919", "沪深300ETF嘉实", "CSI 300 ETF (Harvest)", "LISTED_FUND", "EQUITY", "嘉实基金", "R3", "100", 0, "0", "0.5", false, false),
            new Entry("159941", "纳指ETF", "Nasdaq 100 ETF", "LISTED_FUND", "EQUITY", "广发基金", "R4", "100", 0, "0", "0.8", false, false),
            new Entry("161725", "白酒LOF", "Liquor Index LOF", "LISTED_FUND", "EQUITY", "招商基金", "R4", "100", 0, "0", "1.0", false, false),
            new Entry("000198", "天弘余额宝货币", "Tianhong Yu'ebao Money Market", "MUTUAL_FUND", "FIXED_INCOME", "天弘基金", "R1", "1", 0, "0", "0.15", false, false),
            new Entry("003003", "华夏现金增利货币A", "ChinaAMC Cash Plus A", "MUTUAL_FUND", "FIXED_INCOME", "华夏基金", "R1", "1", 0, "0", "0.25", false, false),
            new Entry("000171", "易方达裕丰回报债券", "E Fund Yufeng Return Bond", "MUTUAL_FUND", "FIXED_INCOME", "易方达基金", "R2", "10", 0, "0.8", "0.6", false, false),
            new Entry("110017", "易方达增强回报债券A", "E Fund Enhanced Return Bond A", "MUTUAL_FUND", "FIXED_INCOME", "易方达基金", "R2", "10", 0, "0.8", "0.6", false, false),
            new Entry("163406", "兴全合润混合", "Aegon-Industrial Herun Hybrid", "MUTUAL_FUND", "EQUITY", "兴证全球基金", "R3", "10", 0, "1.5", "1.2", false, false),
            new Entry("005827", "易方达蓝筹精选混合", "E Fund Blue Chip Select Hybrid", "MUTUAL_FUND", "EQUITY", "易方达基金", "R3", "10", 0, "1.5", "1.2", false, false),
            new Entry("161005", "富国天惠成长混合", "Fullgoal Tianhui Growth Hybrid", "MUTUAL_FUND", "EQUITY", "富国基金", "R3", "10", 0, "1.5", "1.2", false, false),
            new Entry("001938", "中欧时代先锋股票A", "Zhong Ou Era Pioneer Equity A", "MUTUAL_FUND", "EQUITY", "中欧基金", "R4", "10", 0, "1.5", "1.2", false, false),
            new Entry("WM2026A01", "稳享一年期理财1号", "Steady One-Year Wealth No. 1", "WEALTH_PRODUCT", "FIXED_INCOME", "本公司资产管理部", "R2", "10000", 12, "0", "0.3", false, false),
            new Entry("WM2026A02", "安盈90天理财", "Anying 90-Day Wealth", "WEALTH_PRODUCT", "FIXED_INCOME", "本公司资产管理部", "R2", "10000", 3, "0", "0.3", false, false),
            new Entry("WM2026B01", "固收+三年定开", "Fixed Income Plus 3-Year", "WEALTH_PRODUCT", "FIXED_INCOME", "本公司资产管理部", "R3", "10000", 36, "0", "0.6", false, false),
            new Entry("WM2025C01", "权益精选两年持有", "Equity Select 2-Year Holding", "WEALTH_PRODUCT", "EQUITY", "本公司资产管理部", "R4", "10000", 24, "0", "1.0", false, true),
            new Entry("WM2026D01", "养老目标2045", "Retirement Target 2045", "WEALTH_PRODUCT", "EQUITY", "本公司资产管理部", "R3", "1000", 72, "0", "0.8", false, false),
            new Entry("AM2026001", "量化对冲1号集合资产管理计划", "Quant Hedge No. 1 Collective Plan", "ASSET_MANAGEMENT_PLAN", "ALTERNATIVE", "本公司资产管理子公司", "R4", "300000", 12, "1.0", "1.5", false, false),
            new Entry("AM2026002", "多策略精选单一资产管理计划", "Multi-Strategy Select Plan", "ASSET_MANAGEMENT_PLAN", "COMPLEX", "本公司资产管理子公司", "R5", "1000000", 36, "1.0", "2.0", true, false),
            new Entry("AM2026003", "定增优选集合计划", "Private Placement Select Plan", "ASSET_MANAGEMENT_PLAN", "EQUITY", "本公司资产管理子公司", "R5", "1000000", 36, "1.0", "1.5", true, false),
            new Entry("019547", "24国债09", "2024 Treasury Bond 09", "BOND", "FIXED_INCOME", "财政部", "R1", "1000", 120, "0", "0", false, false),
            new Entry("148560", "23深投01", "23 Shenzhen Investment 01", "BOND", "FIXED_INCOME", "深圳市投资控股", "R2", "1000", 60, "0", "0", false, false),
            new Entry("SN2026001", "本金保障型收益凭证1号", "Principal-Protected Note No. 1", "STRUCTURED_NOTE", "FIXED_INCOME", "本公司", "R2", "50000", 6, "0", "0", false, false),
            new Entry("SN2026002", "雪球结构收益凭证", "Snowball Autocallable Note", "STRUCTURED_NOTE", "COMPLEX", "本公司", "R5", "1000000", 24, "0", "0", true, false));

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final JsonMapper json;
    private final TradingCalendar calendar;
    private final Complaints complaintDesk;
    private final AllocationPlans plans;
    private final Campaigns campaignDesk;
    private final Clock clock;

    WealthDemoData(JdbcClient jdbc, Questionnaires questionnaires, JsonMapper json, TradingCalendar calendar,
                   Complaints complaintDesk, AllocationPlans plans, Campaigns campaignDesk, Clock clock) {
        this.campaignDesk = campaignDesk;
        this.plans = plans;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.complaintDesk = complaintDesk;
        this.questionnaires = questionnaires;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from wealth_product)").query(Boolean.class).single()) {
            return;
        }
        Instant now = clock.instant();
        for (Entry product : PRODUCTS) {
            jdbc.sql("""
                            insert into wealth_product (code, name_zh, name_en, type, variety, issuer, risk_level,
                                minimum_investment, horizon_months, subscription_fee, management_fee, professional_only,
                                status, updated_by, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'compliance', ?)""")
                    .params(product.code(), product.zh(), product.en(), product.type(), product.variety(),
                            product.issuer(), product.level(), new BigDecimal(product.minimum()), product.months(),
                            new BigDecimal(product.subscription()).movePointLeft(2),
                            new BigDecimal(product.management()).movePointLeft(2), product.professional(),
                            product.closed() ? "CLOSED" : "ON_SALE", Timestamp.from(now))
                    .update();
        }
        Questionnaire questionnaire = questionnaires.active(QuestionnaireAudience.INDIVIDUAL).orElse(null);
        int assessed = questionnaire == null ? 0 : assessClients(questionnaire, now);
        Questionnaire institutional = questionnaires.active(QuestionnaireAudience.INSTITUTION).orElse(null);
        assessed += institutional == null ? 0 : assessInstitutions(institutional, now);
        int complaints = complaints(now);
        targets(now);
        library(now);
        campaigns(now);
        log.info("Demo wealth: {} products, {} clients assessed, {} complaints", PRODUCTS.size(), assessed, complaints);
    }

    /** Assesses about three quarters of the active individual clients, each with a few verdicts on that result. */
    private int assessClients(Questionnaire questionnaire, Instant now) {
        record Owned(long id, String owner, boolean professional, LocalDate born) {
        }
        List<Owned> clients = jdbc.sql("""
                        select c.id, coalesce(u.username, 'advisor'), c.investor_class = 'PROFESSIONAL', c.birth_date
                        from clients_client c left join platform_staff_user u on u.id = c.owner_id
                        where c.status = 'ACTIVE' and c.kind = 'INDIVIDUAL' order by c.id""")
                .query((row, n) -> new Owned(row.getLong(1), row.getString(2), row.getBoolean(3),
                        row.getDate(4) == null ? null : row.getDate(4).toLocalDate())).list();
        Map<String, Long> productIds = new HashMap<>();
        jdbc.sql("select code, id from wealth_product where status = 'ON_SALE'")
                .query(row -> {
                    productIds.put(row.getString(1), row.getLong(2));
                });
        List<Entry> onSale = PRODUCTS.stream().filter(entry -> !entry.closed()).toList();
        Random random = new Random(SEED);
        int assessed = 0;
        for (Owned client : clients) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            Instant at = now.minus(random.nextInt(30 * 30) + 1, ChronoUnit.DAYS);
            RiskAssessment assessment = assess(questionnaire, client.id(), client.owner(), at, random);
            assessed++;
            if (random.nextInt(3) > 0) {
                MaritalStatus marital = household(client.id(), client.owner(), at, random);
                if (client.born() != null && assessment.validOn(LocalDate.ofInstant(now, SHANGHAI))
                        && random.nextBoolean()) {
                    plan(client.id(), client.owner(), assessment, LifeCycleStage.derive(client.born(),
                            LocalDate.ofInstant(now, SHANGHAI), marital, children(client.id()), false), now);
                }
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                Entry product = onSale.get(random.nextInt(onSale.size()));
                verdict(client.id(), client.professional(), productIds.get(product.code()), product, assessment,
                        client.owner(), at.plus(random.nextInt(20), ChronoUnit.DAYS), random);
            }
        }
        return assessed;
    }

    /**
     * Assesses every active institution on the institutions' questionnaire within the last two years; every other
     * one still valid gets a plan from the institutions' model.
     */
    private int assessInstitutions(Questionnaire questionnaire, Instant now) {
        record Owned(long id, String owner) {
        }
        List<Owned> institutions = jdbc.sql("""
                        select c.id, coalesce(u.username, 'advisor')
                        from clients_client c left join platform_staff_user u on u.id = c.owner_id
                        where c.status = 'ACTIVE' and c.kind = 'INSTITUTION' order by c.id""")
                .query((row, n) -> new Owned(row.getLong(1), row.getString(2))).list();
        Random random = new Random(SEED + 1);
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        for (Owned institution : institutions) {
            RiskAssessment assessment = assess(questionnaire, institution.id(), institution.owner(),
                    now.minus(random.nextInt(700) + 1, ChronoUnit.DAYS), random);
            if (assessment.validOn(today) && random.nextBoolean()) {
                plan(institution.id(), institution.owner(), assessment, LifeCycleStage.INSTITUTION, now);
            }
        }
        return institutions.size();
    }

    private RiskAssessment assess(Questionnaire questionnaire, long clientId, String by, Instant at, Random random) {
        Map<Long, Long> answers = new HashMap<>();
        for (Question question : questionnaire.questions()) {
            List<AnswerOption> options = question.options();
            // lowest-category answers are rare: one client in forty or so
            List<AnswerOption> usual = options.stream().filter(option -> !option.lowestCategory()).toList();
            boolean rare = usual.size() < options.size() && random.nextInt(40) == 0;
            List<AnswerOption> pool = rare || usual.isEmpty() ? options : usual;
            answers.put(question.id(), pool.get(random.nextInt(pool.size())).id());
        }
        Scoring scoring = questionnaire.score(answers);
        InvestmentHorizon horizon = InvestmentHorizon.values()[random.nextInt(InvestmentHorizon.values().length)];
        Set<InvestmentVariety> varieties = EnumSet.of(InvestmentVariety.FIXED_INCOME);
        if (scoring.category().rank() >= 3 || random.nextBoolean()) {
            varieties.add(InvestmentVariety.EQUITY);
        }
        if (scoring.category().rank() >= 4 && random.nextBoolean()) {
            varieties.add(InvestmentVariety.ALTERNATIVE);
        }
        if (scoring.category().rank() == 5 && random.nextBoolean()) {
            varieties.add(InvestmentVariety.COMPLEX);
        }
        LocalDate validUntil = RiskAssessment.validUntil(LocalDate.ofInstant(at, SHANGHAI),
                questionnaire.validityMonths());
        String names = String.join(",", varieties.stream().map(Enum::name).toList());
        long id = jdbc.sql("""
                        insert into wealth_risk_assessment (client_id, questionnaire_id, score, category, knocked_out,
                            horizon, varieties, answers, assessed_by, assessed_at, valid_until, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(clientId, questionnaire.id(), scoring.score(), scoring.category().name(),
                        scoring.knockedOut(), horizon.name(), names, json.writeValueAsString(scoring.answers()), by,
                        Timestamp.from(at), Date.valueOf(validUntil), "demo-" + clientId)
                .query(Long.class).single();
        return new RiskAssessment(id, clientId, questionnaire.version(), scoring.score(), scoring.category(),
                scoring.knockedOut(), horizon, varieties, by, at, validUntil);
    }

    /** A campaign this month at each of SH01 and BJ01, with some of their leads already followed up. */
    private void campaigns(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        List<Long> products = jdbc.sql("select id from wealth_product where code in ('WM2026A01', '000171')"
                + " order by code").query(Long.class).list();
        String[][] branches = {{"SH01", "manager", "年末稳健理财季"}, {"BJ01", "manager.bj", "债券基金定投月"}};
        for (String[] branch : branches) {
            Optional<Long> branchId = jdbc.sql("select id from platform_branch where code = ?").param(branch[0])
                    .query(Long.class).optional();
            if (branchId.isEmpty() || products.isEmpty()) {
                continue;
            }
            CampaignForm form = new CampaignForm();
            form.setName(branch[2]);
            form.setStartsOn(today.withDayOfMonth(1));
            form.setEndsOn(today.withDayOfMonth(1).plusMonths(1).minusDays(1));
            form.setChannel(CampaignChannel.PHONE);
            form.setMinCategory(RiskCategory.C2);
            form.setMaxCategory(RiskCategory.C5);
            form.setMinAssets(new BigDecimal("50000.00"));
            form.setProductIds(products);
            form.setRequestKey("demo-campaign-" + branch[0]);
            Campaign campaign = campaignDesk.setUp(form, branch[1], branchId.get());
            jdbc.sql("""
                            update wealth_campaign_lead set status = case when client_id % 3 = 0 then 'DECLINED'
                                else 'CONTACTED' end
                            where campaign_id = ? and client_id % 2 = 0""")
                    .param(campaign.id()).update();
        }
    }

    /** The library's first pieces: two risk disclosures, an article and an anti-fraud notice. */
    private void library(Instant now) {
        String[][] pieces = {
            {"RD-FUNDS", "RISK_DISCLOSURE", "证券投资基金投资风险揭示书", "Risk disclosure for investment funds",
                "基金投资有风险，基金的过往业绩不代表其未来表现，基金管理人不保证基金一定盈利，也不保证最低收益。"
                    + "请您在投资前认真阅读基金合同、招募说明书等法律文件，了解基金的风险收益特征。",
                "Investing in funds carries risk. Past performance does not indicate future results; the manager does not"
                    + " guarantee a profit or a minimum return. Read the fund contract and prospectus before investing."},
            {"RD-WEALTH", "RISK_DISCLOSURE", "理财产品风险揭示书", "Risk disclosure for wealth products",
                "理财产品不同于银行存款，不保证本金和收益，业绩比较基准不代表实际收益。",
                "A wealth product is not a bank deposit: neither capital nor return is guaranteed, and its benchmark is"
                    + " not its actual return."},
            {"ED-DIVERSIFY", "ARTICLE", "分散投资：不要把鸡蛋放在一个篮子里", "Diversification: not all eggs in one basket",
                "通过在不同资产类别之间分散配置，可以在不显著降低预期收益的情况下降低组合波动。",
                "Spreading money across asset classes lowers a portfolio's swings without giving up much return."},
            {"AF-ILLEGAL", "ANTI_FRAUD", "警惕非法荐股和虚假投资平台", "Beware of illegal stock tips and fake platforms",
                "证券公司不会通过社交软件群组推荐股票或要求向个人账户转账。请通过本公司官方渠道办理业务。",
                "The firm never recommends stocks in chat groups or asks for transfers to personal accounts."}};
        for (String[] piece : pieces) {
            jdbc.sql("""
                            insert into wealth_education_content (code, version, kind, title_zh, title_en, body_zh,
                                body_en, published_by, published_at)
                            values (?, 1, ?, ?, ?, ?, ?, 'compliance', ?)""")
                    .params(piece[0], piece[1], piece[2], piece[3], piece[4], piece[5], Timestamp.from(now)).update();
        }
    }

    /** This month's and quarter's targets for every branch and its account managers. */
    private void targets(Instant now) {
        TargetPeriod month = TargetPeriod.monthOf(LocalDate.ofInstant(now, SHANGHAI));
        TargetPeriod quarter = TargetPeriod.parse(month.start().getYear() + "-Q"
                + ((month.start().getMonthValue() - 1) / 3 + 1));
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                        insert into wealth_sales_target (period_start, period_end, staff_id, branch_id, metric, target,
                            set_by, set_at)
                        select ?, ?, u.id, null, m.metric, m.target, 'manager', ?
                        from platform_staff_user u join platform_staff_role r on r.staff_id = u.id
                        cross join (values ('PRODUCT_SALES', 200000.00), ('NEW_CLIENTS', 3)) m(metric, target)
                        where r.role = 'ACCOUNT_MANAGER'""")
                .params(Date.valueOf(month.start()), Date.valueOf(month.end()), at).update();
        jdbc.sql("""
                        insert into wealth_sales_target (period_start, period_end, staff_id, branch_id, metric, target,
                            set_by, set_at)
                        select ?, ?, null, b.id, m.metric, m.target, 'manager', ?
                        from platform_branch b
                        cross join (values ('PRODUCT_SALES', 2000000.00), ('NEW_CLIENTS', 30),
                                           ('ASSETS_UNDER_ADVICE', 5000000.00)) m(metric, target)
                        where not b.head_office""")
                .params(Date.valueOf(quarter.start()), Date.valueOf(quarter.end()), at).update();
    }

    /** What demo complaints say, by category. */
    private static final Map<String, String> COMPLAINTS = Map.of(
            "SERVICE", "营业部排队时间过长，柜员态度冷淡",
            "PRODUCT", "理财产品收益远低于宣传的业绩比较基准",
            "TRADING", "委托下单后长时间未成交，也未收到回报",
            "FEES", "佣金高于开户时约定的费率",
            "STAFF_CONDUCT", "客户经理推荐产品时未说明风险",
            "SYSTEM", "手机端登录频繁失败，无法查询持仓");

    /**
     * About sixty complaints over the last eleven months in every state: closed and called back (satisfied or not),
     * closed and waiting for the callback, in hand (some extended, some late), just received, reopened, and
     * escalated ones.
     */
    private int complaints(Instant now) {
        record Client(long id, long branch, String owner) {
        }
        List<Client> clients = jdbc.sql("""
                        select c.id, c.branch_id, coalesce(u.username, 'advisor') from clients_client c
                        left join platform_staff_user u on u.id = c.owner_id where c.status = 'ACTIVE' order by c.id""")
                .query((row, n) -> new Client(row.getLong(1), row.getLong(2), row.getString(3))).list();
        if (clients.isEmpty()) {
            return 0;
        }
        Random random = new Random(SEED + 1);
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        String[] categories = COMPLAINTS.keySet().stream().sorted().toArray(String[]::new);
        String[] channels = {"COUNTER", "PHONE", "PHONE", "LETTER", "EMAIL", "ONLINE", "REGULATOR"};
        String[] satisfactions = {"VERY_SATISFIED", "SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED"};
        int count = 60;
        for (int i = 0; i < count; i++) {
            Client client = clients.get(random.nextInt(clients.size()));
            int age = i < 8 ? random.nextInt(4) : i < 16 ? 4 + random.nextInt(30) : 20 + random.nextInt(310);
            LocalDate received = today.minusDays(age);
            String category = categories[random.nextInt(categories.length)];
            String channel = channels[random.nextInt(channels.length)];
            String severity = i % 17 == 0 ? "CRITICAL" : random.nextInt(4) == 0 ? "HIGH" : "MEDIUM";
            boolean acknowledged = age > 1 || random.nextBoolean();
            boolean extended = acknowledged && random.nextInt(6) == 0;
            int handlingDays = 3 + random.nextInt(extended ? 25 : 13);
            boolean closed = acknowledged && age > handlingDays && (i >= 16 || random.nextInt(3) == 0);
            LocalDate closedOn = closed ? received.plusDays(handlingDays) : null;
            boolean calledBack = closed && (today.isAfter(closedOn.plusDays(3)) ? random.nextInt(8) > 0
                    : random.nextBoolean());
            Timestamp at = Timestamp.from(received.atTime(9 + random.nextInt(8), random.nextInt(60))
                    .atZone(SHANGHAI).toInstant());
            long id = jdbc.sql("""
                            insert into wealth_complaint (reference, client_id, branch_id, channel, category, severity,
                                description, adviser, regulator_reportable, status, handler, received_at, received_on,
                                acknowledge_by, acknowledged_at, answer_by, extended, extension_reason, root_cause,
                                resolution, compensation, closed_on, callback_by, satisfaction, created_by, request_key)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            returning id""")
                    .params(String.format("TS%tY%<tm%<td%06d", received, jdbc.sql(
                                    "select nextval('wealth_complaint_seq')").query(Long.class).single()),
                            client.id(), client.branch(), channel, category, severity, COMPLAINTS.get(category),
                            "STAFF_CONDUCT".equals(category) ? client.owner() : null, "REGULATOR".equals(channel),
                            closed ? "CLOSED" : acknowledged ? "ACKNOWLEDGED" : "RECEIVED", client.owner(), at,
                            Date.valueOf(received), Date.valueOf(calendar.next(received)),
                            acknowledged ? Timestamp.from(at.toInstant().plus(20, ChronoUnit.HOURS)) : null,
                            Date.valueOf(received.plusDays(15 + (extended ? 15 : 0))), extended,
                            extended ? "需向产品管理人核实" : null, closed ? "已核实情况" : null,
                            closed ? "已向客户说明并致歉" : null,
                            closed && random.nextInt(5) == 0 ? BigDecimal.valueOf(50 + random.nextInt(500)) : null,
                            closedOn == null ? null : Date.valueOf(closedOn),
                            closedOn == null ? null : Date.valueOf(closedOn.plusDays(7)),
                            calledBack ? satisfactions[random.nextInt(satisfactions.length)] : null, client.owner(),
                            "demo-complaint-" + i)
                    .query(Long.class).single();
            jdbc.sql("""
                            insert into wealth_complaint_event (complaint_id, kind, text, actor, at)
                            values (?, 'RECEIVED', ?, ?, ?)""")
                    .params(id, channel, client.owner(), at).update();
            if (closed) {
                jdbc.sql("""
                                insert into wealth_complaint_event (complaint_id, kind, text, actor, at)
                                values (?, 'CLOSED', '已向客户说明并致歉', ?, ?)""")
                        .params(id, client.owner(), Timestamp.from(closedOn.atTime(16, 0).atZone(SHANGHAI).toInstant()))
                        .update();
            }
        }
        complaintDesk.escalateOverdue();
        return count;
    }

    /** Finances in proportion to a drawn income, a family, and one or two goals a few years out. */
    private int children(long clientId) {
        return jdbc.sql("select dependent_children from wealth_financial_profile where client_id = ?").param(clientId)
                .query(Integer.class).single();
    }

    /** The model plan for the client's category and stage, made by their account manager today. */
    private void plan(long clientId, String by, RiskAssessment assessment, LifeCycleStage stage, Instant now) {
        Weights target = plans.model(assessment.category(), stage);
        CapitalMarketAssumptions assumptions = plans.assumptions();
        jdbc.sql("""
                        insert into wealth_allocation_plan (client_id, category, stage, cash, fixed_income, equity,
                            alternative, expected_return, volatility, status, created_by, created_at, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)""")
                .params(clientId, assessment.category().name(), stage.name(), target.of(AssetClass.CASH),
                        target.of(AssetClass.FIXED_INCOME), target.of(AssetClass.EQUITY),
                        target.of(AssetClass.ALTERNATIVE), assumptions.expectedReturn(target),
                        assumptions.volatility(target), by, Timestamp.from(now), "demo-plan-" + clientId)
                .update();
    }

    private MaritalStatus household(long clientId, String by, Instant at, Random random) {
        BigDecimal income = BigDecimal.valueOf(80_000 + random.nextInt(60) * 10_000L);
        BigDecimal part = income.divide(BigDecimal.TEN);
        int children = random.nextInt(3);
        MaritalStatus marital = children > 0 || random.nextBoolean() ? MaritalStatus.MARRIED : MaritalStatus.SINGLE;
        jdbc.sql("""
                        insert into wealth_financial_profile (client_id, annual_income, annual_expenses, cash_deposits,
                            fixed_income, equity, real_estate, other_assets, mortgage, other_liabilities, marital_status,
                            dependent_children, retired, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, false, ?, ?)""")
                .params(clientId, income, part.multiply(BigDecimal.valueOf(4 + random.nextInt(5))),
                        part.multiply(BigDecimal.valueOf(3 + random.nextInt(10))),
                        part.multiply(BigDecimal.valueOf(random.nextInt(15))),
                        part.multiply(BigDecimal.valueOf(random.nextInt(20))),
                        part.multiply(BigDecimal.valueOf(random.nextInt(3) * 100L)),
                        part.multiply(BigDecimal.valueOf(random.nextInt(2) * 50L)),
                        marital.name(), children, by,
                        Timestamp.from(at))
                .update();
        GoalKind[] kinds = GoalKind.values();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            GoalKind kind = kinds[random.nextInt(kinds.length)];
            LocalDate target = LocalDate.ofInstant(at, SHANGHAI).plusYears(2 + random.nextInt(20));
            jdbc.sql("""
                            insert into wealth_goal (client_id, kind, target_amount, target_date, priority, status,
                                created_by, created_at, updated_by, updated_at, request_key)
                            values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)""")
                    .params(clientId, kind.name(), income.multiply(BigDecimal.valueOf(1 + random.nextInt(8))),
                            Date.valueOf(target), GoalPriority.values()[random.nextInt(3)].name(), by,
                            Timestamp.from(at), by, Timestamp.from(at), "demo-" + clientId + "-" + i)
                    .update();
        }
        return marital;
    }

    private void verdict(long clientId, boolean professional, long productId, Entry product,
                         RiskAssessment assessment, String by, Instant at, Random random) {
        SuitabilityRules.Judgement judgement = SuitabilityRules.judge(
                new SuitabilityRules.Investor(professional, assessment),
                new SuitabilityRules.Offer(RiskLevel.valueOf(product.level()),
                        InvestmentHorizon.ofMonths(product.months()), InvestmentVariety.valueOf(product.variety()),
                        product.professional()),
                LocalDate.ofInstant(at, SHANGHAI));
        long verdictId = jdbc.sql("""
                        insert into wealth_suitability_verdict (client_id, product_id, assessment_id, verdict, reasons,
                            rule_version, asked_by, asked_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(clientId, productId, assessment.id(), judgement.fit().name(),
                        json.writeValueAsString(judgement.reasons()), SuitabilityRules.VERSION, by, Timestamp.from(at))
                .query(Long.class).single();
        if (judgement.fit() == Fit.WARNING && random.nextBoolean()) {
            jdbc.sql("""
                            insert into wealth_risk_confirmation (verdict_id, client_id, product_id, assessment_id,
                                warning_text, recording_ref, confirmed_by, confirmed_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(verdictId, clientId, productId, assessment.id(),
                            "风险警示：本产品与您的风险承受能力或投资需求不匹配。", "SL" + verdictId, by,
                            Timestamp.from(at.plus(10, ChronoUnit.MINUTES)))
                    .update();
        }
    }
}
