package org.opencounter.margin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.opencounter.margin.CollateralPosition;
import org.opencounter.margin.MarginRatios;
import org.opencounter.margin.RatioLines;
import org.opencounter.margin.credit.CreditApplication;
import org.opencounter.margin.credit.CreditApplicationForm;
import org.opencounter.margin.credit.CreditApplications;
import org.opencounter.margin.credit.CreditRating;
import org.opencounter.margin.credit.CreditScore;
import org.opencounter.margin.credit.CreditStanding;
import org.opencounter.margin.debt.Interest;
import org.opencounter.margin.liquidation.Liquidations;
import org.opencounter.margin.monitor.MarginCall;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.margin.security.MarginSecurities;
import org.opencounter.margin.security.MarginSecurityForm;
import org.opencounter.margin.trading.CreditTransfers;
import org.opencounter.margin.trading.InterestPostings;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.opencounter.wealth.RiskCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo margin lists and credit. The lists follow the exchanges' published eligibility. The eligible demo clients (C4
 * or C5, 500,000 of average assets) apply through the credit officer's page logic and the risk officer decides
 * through the approvals; the contracts of earlier months are then dated back so that some expire within the month
 * and one, opened in 2025 at the old 80% margin ratio, has expired. One application waits in the risk officer's
 * inbox and one was rejected. The credit books bring the active contracts into every band, and the margin calls
 * their ratios need are raised (and sent to the clients).
 */
@Component
class MarginDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(MarginDemoData.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long SEED = 20261207L;
    private static final int WANTED = 9;
    private static final long LENDING_POOL = 1_000_000;
    /** A demo stock reporting a loss, whose static P/E makes it worthless as collateral. */
    private static final String LOSS_MAKER = "688599";

    private final CreditApplications applications;
    private final MarginSecurities lists;
    private final MarginCalls calls;
    private final Approvals approvals;
    private final DemoStaff staff;
    private final TradingCalendar calendar;
    private final CreditTransfers transfers;
    private final Liquidations liquidations;
    private final InterestPostings postings;
    private final JdbcClient jdbc;

    MarginDemoData(CreditApplications applications, MarginSecurities lists, MarginCalls calls, Approvals approvals,
                   DemoStaff staff, TradingCalendar calendar, CreditTransfers transfers, Liquidations liquidations,
                   InterestPostings postings, JdbcClient jdbc) {
        this.postings = postings;
        this.liquidations = liquidations;
        this.transfers = transfers;
        this.applications = applications;
        this.lists = lists;
        this.calls = calls;
        this.approvals = approvals;
        this.staff = staff;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void loadIfAbsent() {
        Random random = new Random(SEED);
        if (!jdbc.sql("select exists (select 1 from margin_security)").query(Boolean.class).single()) {
            staff.as("risk", () -> lists(random));
        }
        if (!jdbc.sql("select exists (select 1 from margin_credit_application)").query(Boolean.class).single()) {
            credit(random);
        }
    }

    /**
     * The lists from the exchanges' published eligibility (the securities master's margin flag and maximum rate):
     * every eligible security as collateral at that rate, constituents at 70%, stocks and ETFs also as targets; one
     * stock with a loss (negative P/E) counts at nothing.
     */
    private int lists(Random random) {
        record Published(String code, String type, boolean eligible, BigDecimal rate) {
        }
        List<Published> published = jdbc.sql("select code, type, margin_eligible, collateral_rate from market_security"
                        + " where collateral_rate > 0 order by code")
                .query((row, n) -> new Published(row.getString(1), row.getString(2), row.getBoolean(3),
                        row.getBigDecimal(4))).list();
        for (Published security : published) {
            boolean stock = security.type().equals("STOCK");
            MarginSecurityForm form = new MarginSecurityForm();
            form.setCode(security.code());
            boolean loss = security.code().equals(LOSS_MAKER);
            form.setStaticPe(!stock ? null : loss ? new BigDecimal("-12.40")
                    : BigDecimal.valueOf(800 + random.nextInt(5200), 2));
            form.setIndexConstituent(stock && security.rate().compareTo(new BigDecimal("0.70")) == 0);
            form.setCollateralRatePercent(loss ? BigDecimal.ZERO : security.rate().movePointRight(2));
            boolean target = security.eligible() && !loss && (stock || security.type().equals("ETF"));
            form.setFinancingTarget(target);
            form.setLendingTarget(target && random.nextInt(4) > 0);
            form.setLendingPool(form.isLendingTarget() ? LENDING_POOL : null);
            lists.save(form);
        }
        return published.size();
    }

    private void credit(Random random) {
        long started = System.nanoTime();
        List<CreditStanding> eligible = staff.as("credit", this::eligibleClients);
        LocalDate today = calendar.today();
        // days from today to each six-month contract's expiry; null leaves it as opened today
        Integer[] daysToExpiry = {null, 9, 24, 52, 120, 150, null, null, null};
        int contracts = 0;
        for (int i = 0; i < eligible.size(); i++) {
            CreditStanding standing = eligible.get(i);
            long id = staff.as("credit", () -> applications.apply(form(standing, random)));
            CreditApplication application = staff.as("credit", () -> applications.visible(id));
            if (i == WANTED - 3) {
                continue;
            }
            if (i == WANTED - 1) {
                staff.as("risk", () -> {
                    approvals.reject(application.approvalId(), "负债率偏高，请补充收入证明后再申请。");
                    return null;
                });
                continue;
            }
            staff.as("risk", () -> {
                approvals.approve(application.approvalId(), "同意授信。");
                return null;
            });
            contracts++;
            if (i == 0) {
                backdate(id, LocalDate.of(2025, 11, 20));
            } else if (daysToExpiry[i] != null) {
                backdate(id, today.plusDays(daysToExpiry[i]).minusMonths(6));
            }
        }
        int booked = books(random);
        calls.review(calendar.today());
        int plans = liquidations();
        log.info("Demo margin credit: {} applications, {} contracts ({} with credit books, {} liquidation plans)"
                + " in {} ms", eligible.size(), contracts, booked, plans, (System.nanoTime() - started) / 1_000_000);
    }

    /** A forced liquidation plan for each contract due for one, proposed by risk and waiting for risk2's review. */
    private int liquidations() {
        int proposed = 0;
        for (MarginCall call : calls.standing().values()) {
            if (call.liquidationDue()) {
                staff.as("risk", () -> liquidations.propose(call.contractId(),
                        "维持担保比例低于 110%，按合同约定强制平仓。", "demo:liquidation:" + call.contractId()));
                proposed++;
            }
        }
        return proposed;
    }

    /** The ratio each active demo contract is brought to, in turn: every band of the monitor. */
    private static final String[] DEMO_RATIOS = {"1.65", "1.40", "1.22", "1.05", "3.40", "1.90"};

    /**
     * Credit books as if the clients had bought on margin when their contracts opened: collateral cash, a financing
     * target bought with financing of 60% of the line, the interest accrued since, and the ratio at each of the last 20
     * closes from the security's daily bars; the last contract, opened today, holds only cash moved in as collateral.
     */
    private int books(Random random) {
        record Live(long id, BigDecimal line, BigDecimal rate, LocalDate opened) {
        }
        List<Live> live = jdbc.sql("select id, credit_line, financing_rate, opened_on from margin_contract"
                        + " where status = 'ACTIVE' order by opened_on, id")
                .query((row, n) -> new Live(row.getLong(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getDate(4).toLocalDate())).list();
        Map<String, BigDecimal> prices = new TreeMap<>();
        jdbc.sql("""
                        select s.code, q.price from margin_security s join market_latest_price q on q.code = s.code
                        where s.financing_target and s.collateral_rate > 0 and s.code like '60%'""")
                .query(row -> {
                    prices.put(row.getString(1), row.getBigDecimal(2));
                });
        List<String> targets = List.copyOf(prices.keySet());
        LocalDate today = calendar.today();
        int booked = 0;
        for (Live contract : live) {
            if (booked >= DEMO_RATIOS.length || contract.opened().equals(today) || targets.isEmpty()) {
                transfers.transferIn(contract.id(), new BigDecimal("200000.00"), contract.opened(),
                        "demo:collateral:" + contract.id(), "demo");
                continue;
            }
            BigDecimal financed = contract.line().multiply(new BigDecimal("0.6")).setScale(-3, RoundingMode.DOWN)
                    .setScale(2);
            BigDecimal cash = financed.multiply(new BigDecimal("0.05")).setScale(0, RoundingMode.DOWN).setScale(2);
            BigDecimal interest = Interest.forDays(financed, contract.rate(), Interest.daysSince(contract.opened(),
                    today));
            BigDecimal value = new BigDecimal(DEMO_RATIOS[booked]).multiply(financed.add(interest)).subtract(cash);
            // a main-board security whose lot of 100 is at most a fiftieth of the value: whole lots land within 2%
            List<String> affordable = targets.stream().filter(candidate -> prices.get(candidate)
                    .multiply(BigDecimal.valueOf(5000)).compareTo(value) <= 0).toList();
            String code = affordable.isEmpty() ? cheapest(prices)
                    : affordable.get(random.nextInt(affordable.size()));
            BigDecimal price = prices.get(code);
            long lot = 100;
            long quantity = Math.max(lot, value.divide(price.multiply(BigDecimal.valueOf(lot)), 0, RoundingMode.DOWN)
                    .longValue() * lot);
            transfers.transferIn(contract.id(), cash, contract.opened(), "demo:collateral:" + contract.id(), "demo");
            jdbc.sql("insert into margin_credit_position (contract_id, code, quantity, cost) values (?, ?, ?, ?)")
                    .params(contract.id(), code, quantity, financed).update();
            long debt = jdbc.sql("""
                            insert into margin_debt (contract_id, kind, code, quantity, principal, interest, opened_on,
                                accrued_until, status)
                            values (?, 'FINANCING', ?, ?, ?, ?, ?, ?, 'OPEN') returning id""")
                    .params(contract.id(), code, quantity, financed, interest, Date.valueOf(contract.opened()),
                            Date.valueOf(today)).query(Long.class).single();
            postings.accrued(contract.id(), debt, today, interest, "demo");
            closes(contract.id(), code, quantity, cash, financed.add(interest));
            booked++;
        }
        return booked;
    }

    private static String cheapest(Map<String, BigDecimal> prices) {
        return prices.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The contract's ratio at each of the last 20 closes of the security it holds. */
    private void closes(long contractId, String code, long quantity, BigDecimal cash, BigDecimal debts) {
        List<Object[]> bars = jdbc.sql("select trade_date, close from market_daily_bar where code = ?"
                        + " order by trade_date desc limit 20")
                .param(code).query((row, n) -> new Object[] {row.getDate(1), row.getBigDecimal(2)}).list();
        for (Object[] bar : bars) {
            BigDecimal securities = ((BigDecimal) bar[1]).multiply(BigDecimal.valueOf(quantity))
                    .setScale(2, RoundingMode.HALF_UP);
            CollateralPosition position = new CollateralPosition(cash, securities, debts, BigDecimal.ZERO,
                    BigDecimal.ZERO);
            jdbc.sql("""
                            insert into margin_ratio_history (contract_id, business_date, assets, debts, ratio, band)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(contractId, bar[0], position.assets(), position.debts(), position.ratio(),
                            RatioLines.HOUSE.band(position).name()).update();
        }
    }

    /** The first active individuals who meet every condition today, up to the number wanted. */
    private List<CreditStanding> eligibleClients() {
        List<Long> candidates = jdbc.sql("select id from clients_client where status = 'ACTIVE' and kind = 'INDIVIDUAL'"
                + " order by id").query(Long.class).list();
        List<CreditStanding> eligible = new ArrayList<>();
        for (long client : candidates) {
            CreditStanding standing = applications.standing(client);
            boolean experienced = standing.checks().stream().filter(check -> !check.passed())
                    .allMatch(check -> check.condition().name().equals("TRADING_EXPERIENCE"));
            if (experienced && standing.category() != null && standing.category().rank() >= RiskCategory.C4.rank()) {
                eligible.add(standing);
                if (eligible.size() == WANTED) {
                    break;
                }
            }
        }
        return eligible;
    }

    /**
     * The investigation as a credit officer would record it; the CSDC's first trade a few years back covers clients
     * whose first trade with the firm is recent.
     */
    private static CreditApplicationForm form(CreditStanding standing, Random random) {
        BigDecimal average = standing.standing().averageAssetsShown();
        CreditApplicationForm form = new CreditApplicationForm();
        form.setClientId(standing.client().id());
        form.setDeclaredFirstTrade(standing.standing().asOf().minusYears(2 + random.nextInt(8)));
        form.setAnnualIncome(BigDecimal.valueOf(150_000 + random.nextInt(900_000)));
        BigDecimal total = average.multiply(BigDecimal.valueOf(2 + random.nextInt(6))).setScale(0, RoundingMode.DOWN);
        form.setTotalAssets(total);
        form.setLiabilities(total.multiply(BigDecimal.valueOf(random.nextInt(45))).movePointLeft(2)
                .setScale(0, RoundingMode.DOWN));
        form.setExternalReport("人行征信报告：近五年无逾期，无对外担保。");
        form.setExternalDefaults(0);
        int score = CreditScore.of(new CreditScore.Findings(standing.standing().asOf(), average,
                form.getDeclaredFirstTrade(), form.getAnnualIncome(), total, form.getLiabilities(), 0));
        BigDecimal maximum = CreditRating.of(score).maximumLine(average);
        form.setRecommendedLine(maximum.divide(BigDecimal.valueOf(100_000), 0, RoundingMode.DOWN)
                .multiply(BigDecimal.valueOf(100_000)).max(BigDecimal.valueOf(100_000)).min(maximum));
        form.setTermMonths(6);
        form.setRecommendation("客户资产与交易经验符合要求，建议按评级授信。");
        return form;
    }

    /** Dates an approved application and its contract back to the day it was opened; past their term they expired. */
    private void backdate(long applicationId, LocalDate opened) {
        Timestamp at = Timestamp.from(opened.atTime(LocalTime.of(10, 30)).atZone(SHANGHAI).toInstant());
        jdbc.sql("update margin_credit_application set assessed_on = ?, submitted_at = ?, decided_at = ? where id = ?")
                .params(Date.valueOf(opened), at, at, applicationId).update();
        LocalDate expires = opened.plusMonths(6);
        jdbc.sql("""
                        update margin_contract set opened_on = ?, expires_on = ?, financing_margin_ratio = ?,
                            status = case when ? < ? then 'EXPIRED' else status end
                        where application_id = ?""")
                .params(Date.valueOf(opened), Date.valueOf(expires), MarginRatios.financing(opened),
                        Date.valueOf(expires), Date.valueOf(calendar.today()), applicationId).update();
    }
}
