package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.Instrument;
import org.opencounter.market.SecurityType;
import org.opencounter.market.Securities;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.HeldSecurity;
import org.opencounter.orders.Portfolio;
import org.opencounter.platform.AuditOutcome;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.Fit;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.SuitabilityEngine;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.opencounter.wealth.needs.NeedsAnalysis;
import org.opencounter.wealth.needs.StageView;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.sales.ProductHolding;
import org.opencounter.wealth.sales.ProductSales;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asset allocation (资产配置): the model allocation for the client's risk category and life-cycle stage, the plan the
 * adviser makes from it with its expected return and volatility, the catalogue products that fit it, and reviews of
 * what the client holds against the plan.
 */
@Service
@Transactional
public class AllocationPlans {

    static final String ENTITY = "AllocationPlan";

    /** What a plan is made for: the client's valid risk category and their life-cycle stage. */
    public record Basis(ClientProfile client, RiskAssessment assessment, LifeCycleStage stage) {
    }

    private final ClientProfiles clients;
    private final RiskAssessments assessments;
    private final NeedsAnalysis needs;
    private final ProductCatalogue catalogue;
    private final SuitabilityEngine suitability;
    private final TradingAccounts accounts;
    private final TradeCash cash;
    private final Portfolio portfolio;
    private final ProductSales sales;
    private final Securities securities;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AllocationPlans(ClientProfiles clients, RiskAssessments assessments, NeedsAnalysis needs,
                    ProductCatalogue catalogue, SuitabilityEngine suitability, TradingAccounts accounts, TradeCash cash,
                    Portfolio portfolio, ProductSales sales, Securities securities, TradingCalendar calendar, JdbcClient jdbc,
                    AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.assessments = assessments;
        this.needs = needs;
        this.catalogue = catalogue;
        this.suitability = suitability;
        this.accounts = accounts;
        this.cash = cash;
        this.portfolio = portfolio;
        this.sales = sales;
        this.securities = securities;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The category and stage a plan is made for; refused without a valid assessment or a recorded household. */
    @Transactional(readOnly = true)
    public Basis basis(long clientId) {
        ClientProfile client = clients.visible(clientId);
        RiskAssessment assessment = assessments.latest(clientId)
                .orElseThrow(() -> new PlanRefused("wealth.plan.assessFirst"));
        if (!assessment.validOn(calendar.today())) {
            throw new PlanRefused("wealth.plan.assessmentExpired", assessment.validUntil());
        }
        StageView stage = needs.stage(client, needs.household(clientId));
        if (stage == null) {
            throw new PlanRefused("wealth.plan.householdFirst");
        }
        return new Basis(client, assessment, stage.effective());
    }

    @Transactional(readOnly = true)
    public Weights model(RiskCategory category, LifeCycleStage stage) {
        return jdbc.sql("""
                        select cash, fixed_income, equity, alternative from wealth_model_allocation
                        where category = ? and stage = ?""")
                .params(category.name(), stage.name()).query((row, n) -> weights(row)).single();
    }

    @Transactional(readOnly = true)
    public CapitalMarketAssumptions assumptions() {
        Map<AssetClass, BigDecimal> returns = new EnumMap<>(AssetClass.class);
        Map<AssetClass, BigDecimal> volatilities = new EnumMap<>(AssetClass.class);
        jdbc.sql("select asset_class, expected_return, volatility from wealth_asset_assumption").query(row -> {
            returns.put(AssetClass.valueOf(row.getString(1)), row.getBigDecimal(2));
            volatilities.put(AssetClass.valueOf(row.getString(1)), row.getBigDecimal(3));
        });
        Map<String, BigDecimal> correlations = new HashMap<>();
        jdbc.sql("select pair, correlation from wealth_asset_correlation")
                .query(row -> {
                    correlations.put(row.getString(1), row.getBigDecimal(2));
                });
        return new CapitalMarketAssumptions(returns, volatilities, correlations);
    }

    /** Makes the client's plan from the weights given; the previous plan is superseded. Twice the same form: once. */
    public AllocationPlan create(long clientId, PlanForm form) {
        Basis basis = basis(clientId);
        Optional<AllocationPlan> earlier = jdbc.sql(SELECT + " where request_key = ?").param(form.getRequestKey())
                .query(AllocationPlans::plan).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Weights target = form.weights();
        if (target == null) {
            throw new PlanRefused("wealth.plan.weightsAddUp");
        }
        CapitalMarketAssumptions assumptions = assumptions();
        jdbc.sql("update wealth_allocation_plan set status = 'SUPERSEDED' where client_id = ? and status = 'ACTIVE'")
                .param(clientId).update();
        long id = jdbc.sql("""
                        insert into wealth_allocation_plan (client_id, category, stage, cash, fixed_income, equity,
                            alternative, expected_return, volatility, note, status, created_by, created_at, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?) returning id""")
                .params(clientId, basis.assessment().category().name(), basis.stage().name(),
                        target.of(AssetClass.CASH), target.of(AssetClass.FIXED_INCOME), target.of(AssetClass.EQUITY),
                        target.of(AssetClass.ALTERNATIVE), assumptions.expectedReturn(target),
                        assumptions.volatility(target), form.getNote(), CurrentStaff.require().username(),
                        Timestamp.from(clock.instant()), form.getRequestKey())
                .query(Long.class).single();
        AllocationPlan plan = jdbc.sql(SELECT + " where id = ?").param(id).query(AllocationPlans::plan).single();
        audit.record(AuditRecord.change("wealth.plan.create", ENTITY, id, null, facts(plan)));
        return plan;
    }

    @Transactional(readOnly = true)
    public Optional<AllocationPlan> active(long clientId) {
        return jdbc.sql(SELECT + " where client_id = ? and status = 'ACTIVE'").param(clientId)
                .query(AllocationPlans::plan).optional();
    }

    /**
     * What the client holds now by class: cash in the fund account, securities at the latest prices, and catalogue
     * products at their NAV.
     */
    @Transactional(readOnly = true)
    public HeldAllocation held(long clientId) {
        Map<AssetClass, BigDecimal> values = new EnumMap<>(AssetClass.class);
        accounts.visibleIfOpen(clientId).ifPresent(account -> values.put(AssetClass.CASH,
                cash.balances(account.fundAccountId()).total()));
        for (HeldSecurity held : portfolio.of(clientId)) {
            values.merge(classOf(held.code()), held.marketValue(), BigDecimal::add);
        }
        for (ProductHolding held : sales.holdings(clientId)) {
            values.merge(AssetClass.of(held.product().variety()), held.value(), BigDecimal::add);
        }
        return new HeldAllocation(values);
    }

    /** A listed fund counts as its catalogue variety says; otherwise stocks are equity and bonds fixed income. */
    private AssetClass classOf(String code) {
        Optional<Product> fund = catalogue.listedFund(code);
        if (fund.isPresent()) {
            return AssetClass.of(fund.get().variety());
        }
        SecurityType type = securities.find(code).map(Instrument::type).orElse(SecurityType.STOCK);
        return type == SecurityType.BOND || type == SecurityType.CONVERTIBLE ? AssetClass.FIXED_INCOME
                : AssetClass.EQUITY;
    }

    /** The products on sale that match the client, by the class they fill. */
    @Transactional(readOnly = true)
    public Map<AssetClass, List<Product>> recommended(Basis basis) {
        Map<AssetClass, List<Product>> fitting = new EnumMap<>(AssetClass.class);
        for (Product product : catalogue.onSale()) {
            if (suitability.judge(basis.client().professional(), basis.assessment(), product).fit() == Fit.MATCH) {
                fitting.computeIfAbsent(AssetClass.of(product.variety()), asset -> new ArrayList<>()).add(product);
            }
        }
        return fitting;
    }

    /** Compares the holdings with the active plan and records the adviser's conclusion. */
    public AllocationReview review(long clientId, String conclusion) {
        clients.visible(clientId);
        AllocationPlan plan = active(clientId).orElseThrow(() -> new PlanRefused("wealth.plan.noPlan"));
        if (conclusion == null || conclusion.isBlank()) {
            throw new PlanRefused("wealth.plan.conclusionRequired");
        }
        HeldAllocation held = held(clientId);
        List<Drift.ClassDrift> drifts = Drift.of(plan.target(), held.weights(), Drift.DEFAULT_THRESHOLD_POINTS);
        BigDecimal largest = drifts.stream().map(drift -> drift.points().abs()).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        Weights weights = held.weights();
        long id = jdbc.sql("""
                        insert into wealth_allocation_review (plan_id, client_id, cash, fixed_income, equity,
                            alternative, total_value, max_drift, review_needed, conclusion, reviewed_by, reviewed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plan.id(), clientId, weights.of(AssetClass.CASH), weights.of(AssetClass.FIXED_INCOME),
                        weights.of(AssetClass.EQUITY), weights.of(AssetClass.ALTERNATIVE), held.total(), largest,
                        Drift.reviewNeeded(drifts), conclusion.trim(), CurrentStaff.require().username(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditRecord.change("wealth.plan.review", ENTITY, plan.id(), null,
                Map.of("reviewId", id, "maxDrift", largest, "reviewNeeded", Drift.reviewNeeded(drifts))));
        return reviews(clientId).get(0);
    }

    /** Records that the plan went out as a document (a look at the client's holdings, so it is audited). */
    public void documentIssued(AllocationPlan plan, String language) {
        audit.record(AuditRecord.view("wealth.plan.pdf", ENTITY, plan.id()).withOutcome(AuditOutcome.SUCCESS,
                "client " + plan.clientId() + ", " + language));
    }

    /** The client's reviews, newest first. */
    @Transactional(readOnly = true)
    public List<AllocationReview> reviews(long clientId) {
        return jdbc.sql("select * from wealth_allocation_review where client_id = ? order by reviewed_at desc, id desc")
                .param(clientId)
                .query((row, n) -> new AllocationReview(row.getLong("id"), row.getLong("plan_id"), weights(row),
                        row.getBigDecimal("total_value"), row.getBigDecimal("max_drift"),
                        row.getBoolean("review_needed"), row.getString("conclusion"), row.getString("reviewed_by"),
                        row.getTimestamp("reviewed_at").toInstant()))
                .list();
    }

    private static final String SELECT = "select * from wealth_allocation_plan";

    private static Weights weights(ResultSet row) throws SQLException {
        return new Weights(Map.of(AssetClass.CASH, row.getBigDecimal("cash"),
                AssetClass.FIXED_INCOME, row.getBigDecimal("fixed_income"),
                AssetClass.EQUITY, row.getBigDecimal("equity"),
                AssetClass.ALTERNATIVE, row.getBigDecimal("alternative")));
    }

    private static AllocationPlan plan(ResultSet row, int n) throws SQLException {
        Instant created = row.getTimestamp("created_at").toInstant();
        return new AllocationPlan(row.getLong("id"), row.getLong("client_id"),
                RiskCategory.valueOf(row.getString("category")), LifeCycleStage.valueOf(row.getString("stage")),
                weights(row), row.getBigDecimal("expected_return"), row.getBigDecimal("volatility"),
                row.getString("note"), "ACTIVE".equals(row.getString("status")), row.getString("created_by"), created);
    }

    private static Map<String, Object> facts(AllocationPlan plan) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("clientId", plan.clientId());
        facts.put("category", plan.category());
        facts.put("stage", plan.stage());
        facts.put("target", plan.target().fractions());
        facts.put("expectedReturn", plan.expectedReturn());
        facts.put("volatility", plan.volatility());
        return facts;
    }
}
