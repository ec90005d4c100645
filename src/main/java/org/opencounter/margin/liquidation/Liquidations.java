package org.opencounter.margin.liquidation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientNotice;
import org.opencounter.clients.ClientNotices;
import org.opencounter.margin.CollateralPosition;
import org.opencounter.margin.LiquidationPlan;
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.RatioBand;
import org.opencounter.margin.RatioLines;
import org.opencounter.margin.credit.CreditNotFound;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.opencounter.margin.monitor.MarginCall;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.margin.trading.CreditAccountView;
import org.opencounter.margin.trading.CreditCounter;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderEntry;
import org.opencounter.orders.OrderProgress;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderTracking;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.PlaceOrder;
import org.opencounter.orders.Side;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.DisplayFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forced liquidation (强制平仓). For a contract whose call went unmet past its deadline or whose ratio fell under the
 * liquidation line, the system (or a risk officer) proposes a plan worked out by {@link LiquidationPlan}: borrowed
 * shares bought back, the financing repaid from the credit cash, then sales, until the warning line (150%) is
 * restored, every security valued 1% to the client's disadvantage. Another risk officer approves it in the inbox; the
 * plan then repays from the cash and enters buy-to-return and sell-to-repay orders through the orders module, whose
 * fills repay the debts. Once every order has ended the plan is done, with the ratio it left. Every step is audited
 * and the client is told.
 */
@Service
@Transactional
public class Liquidations {

    static final String ENTITY = "MarginLiquidation";
    private static final DisplayFormat FORMAT = new DisplayFormat();
    static final String AUTOMATIC_REASON = "追保逾期未补足或维持担保比例低于 110%，系统按合同约定提出强制平仓";
    /**
     * A forced sale meets the bids below the latest price, and what stays held is worth that much less too: plans
     * value every security 1% under its latest price (house rule), so that the ratio they expect is one the sales
     * really reach.
     */
    static final BigDecimal PRUDENCE = new BigDecimal("0.99");
    /** A forced buy-back pays up to 1% over the latest price, for the same reason. */
    static final BigDecimal BUY_PRUDENCE = new BigDecimal("1.01");

    private final MarginContracts contracts;
    private final CollateralValuation valuation;
    private final MarginCalls calls;
    private final CreditAccountView accounts;
    private final CreditCounter counter;
    private final LiquidationCandidates candidates;
    private final OrderEntry orders;
    private final OrderTracking tracking;
    private final Approvals approvals;
    private final ClientNotices notices;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Liquidations(MarginContracts contracts, CollateralValuation valuation, MarginCalls calls,
                 CreditAccountView accounts, CreditCounter counter, LiquidationCandidates candidates,
                 OrderEntry orders, OrderTracking tracking, Approvals approvals, ClientNotices notices,
                 AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.contracts = contracts;
        this.valuation = valuation;
        this.calls = calls;
        this.accounts = accounts;
        this.counter = counter;
        this.candidates = candidates;
        this.orders = orders;
        this.tracking = tracking;
        this.approvals = approvals;
        this.notices = notices;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Works out and proposes a plan for the contract; the same request key twice proposes once. */
    public long propose(long contractId, String reason, String requestKey) {
        Optional<Long> earlier = proposedUnder(requestKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        MarginContract contract = contracts.visible(contractId);
        if (reason == null || reason.isBlank()) {
            throw new MarginRefused("reason", "margin.liquidation.reasonRequired");
        }
        ContractRatio ratio = valuation.of(contractId).orElseThrow(() ->
                new MarginRefused(null, "margin.liquidation.notDue", contract.number(), "—"));
        MarginCall call = calls.standing(contractId).orElse(null);
        boolean due = ratio.band() == RatioBand.LIQUIDATION || (call != null && call.liquidationDue());
        if (!due) {
            throw new MarginRefused(null, "margin.liquidation.notDue", contract.number(),
                    ratio.ratio() == null ? "—" : FORMAT.rate(ratio.ratio()));
        }
        if (openPlan(contractId).isPresent()) {
            throw new MarginRefused(null, "margin.liquidation.alreadyOpen", contract.number());
        }
        var account = accounts.figures(contract);
        LiquidationPlan plan = LiquidationPlan.restore(ratio.position().securitiesAt(PRUDENCE), account.available(),
                account.shortProceeds(), candidates.owed(contractId, BUY_PRUDENCE), RatioLines.HOUSE.restore(),
                candidates.of(contractId, PRUDENCE),
                value -> tracking.fees(contract.clientId(), Side.SELL, value),
                value -> tracking.fees(contract.clientId(), Side.BUY, value));
        long id = insert(contract, call, ratio.position(), plan, reason.strip(), requestKey);
        long approvalId = approvals.submit(new ApprovalSubmission(LiquidationApproval.TYPE,
                "强制平仓 " + contract.number() + " 维持担保比例 " + FORMAT.rate(ratio.ratio()),
                new LiquidationApproval.Payload(id), reason.strip(), contract.branchId(),
                "/margin/liquidations/" + id));
        jdbc.sql("update margin_liquidation set approval_id = ? where id = ?").params(approvalId, id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("contract", contract.number());
        after.put("ratio", ratio.ratio());
        after.put("cashRepayment", plan.cashRepayment());
        after.put("buyBacks", plan.buyBacks().stream().map(buy -> buy.code() + " × " + buy.quantity()).toList());
        after.put("sales", plan.sales().stream().map(sale -> sale.code() + " × " + sale.quantity()).toList());
        after.put("expectedRatio", plan.after().ratio());
        audit.record(AuditRecord.change("margin.liquidation.propose", ENTITY, id, null, after));
        return id;
    }

    /**
     * Proposes a plan for every contract whose call is due for liquidation and has no open plan, once a day each (a
     * plan the checker rejected is proposed again the next day). Answers how many were proposed.
     */
    public int proposeDue(LocalDate day) {
        int proposed = 0;
        for (MarginCall call : calls.standing().values()) {
            if (!call.liquidationDue() || openPlan(call.contractId()).isPresent()) {
                continue;
            }
            String key = "auto:" + call.contractId() + ":" + day;
            if (proposedUnder(key).isEmpty()) {
                propose(call.contractId(), AUTOMATIC_REASON, key);
                proposed++;
            }
        }
        return proposed;
    }

    /** The checker approved: repay from the cash, enter the sales, and tell the client. */
    void execute(long id, String decidedBy) {
        Liquidation plan = lock(id);
        if (plan.status() != Liquidation.Status.PROPOSED) {
            throw new MarginRefused(null, "margin.liquidation.decided", plan.status());
        }
        MarginContract contract = contracts.visible(plan.contractId());
        Instant now = clock.instant();
        jdbc.sql("update margin_liquidation set status = 'EXECUTING', decided_by = ?, decided_at = ? where id = ?")
                .params(decidedBy, Timestamp.from(now), id).update();
        var account = accounts.figures(contract);
        BigDecimal repayable = account.available().min(account.financingOwed()).min(plan.cashRepayment());
        if (repayable.signum() > 0) {
            counter.repay(contract.id(), repayable, "liquidation:" + id);
        }
        for (LiquidationSale sale : sales(id)) {
            boolean buyBack = sale.side() == Side.BUY;
            OrderReceipt receipt = orders.place(new PlaceOrder(contract.clientId(), sale.code(), sale.side(),
                    OrderType.LIMIT, sale.quantity(), buyBack ? sale.price()
                            : candidates.salePrice(sale.code(), sale.price()),
                    "liquidation:" + id + ":" + sale.position(),
                    buyBack ? CreditTrade.BUY_TO_RETURN : CreditTrade.SELL_TO_REPAY));
            jdbc.sql("update margin_liquidation_sale set order_id = ? where liquidation_id = ? and position = ?")
                    .params(receipt.orderId(), id, sale.position()).update();
        }
        notices.send(new ClientNotice(contract.clientId(), ClientNotice.Kind.MARGIN,
                "强制平仓执行通知（合同 " + contract.number() + "）",
                "因您的信用账户维持担保比例未能恢复，本公司已按合同约定对您的信用账户实施强制平仓：以信用账户资金偿还 "
                        + repayable.toPlainString() + " 元，并卖出证券偿还融资负债。成交结果请查看交割单。",
                null, "margin-liquidation:" + id));
        audit.record(AuditRecord.change("margin.liquidation.execute", ENTITY, id,
                Map.of("status", plan.status()), Map.of("status", Liquidation.Status.EXECUTING,
                        "cashRepaid", repayable, "decidedBy", decidedBy)));
        refresh(id);
    }

    void reject(long id, String decidedBy) {
        Liquidation plan = lock(id);
        if (plan.status() != Liquidation.Status.PROPOSED) {
            throw new MarginRefused(null, "margin.liquidation.decided", plan.status());
        }
        jdbc.sql("update margin_liquidation set status = 'REJECTED', decided_by = ?, decided_at = ? where id = ?")
                .params(decidedBy, Timestamp.from(clock.instant()), id).update();
        audit.record(AuditRecord.change("margin.liquidation.reject", ENTITY, id, Map.of("status", plan.status()),
                Map.of("status", Liquidation.Status.REJECTED)));
    }

    /** Closes an executing plan whose orders have all ended, with the ratio it left; answers the plan as it is. */
    public Liquidation refresh(long id) {
        Liquidation plan = lock(id);
        if (plan.status() != Liquidation.Status.EXECUTING) {
            return plan;
        }
        List<LiquidationSale> sales = sales(id);
        if (sales.stream().anyMatch(sale -> sale.progress() == null || !sale.progress().ended())) {
            return plan;
        }
        BigDecimal after = valuation.of(plan.contractId()).map(ContractRatio::ratio).orElse(null);
        jdbc.sql("update margin_liquidation set status = 'DONE', ratio_after = ?, finished_at = ? where id = ?")
                .params(after, Timestamp.from(clock.instant()), id).update();
        audit.record(AuditRecord.change("margin.liquidation.done", ENTITY, id, Map.of("status", plan.status()),
                Map.of("status", Liquidation.Status.DONE, "ratioAfter", String.valueOf(after))));
        return find(id);
    }

    /** Refreshes the executing plan an order belongs to, if any. */
    public void orderMoved(long orderId) {
        jdbc.sql("select liquidation_id from margin_liquidation_sale where order_id = ?").param(orderId)
                .query(Long.class).optional().ifPresent(this::refresh);
    }

    /** Refreshes every executing plan: orders that expire or are canceled end without an event of their own. */
    public int refreshExecuting() {
        List<Long> executing = jdbc.sql("select id from margin_liquidation where status = 'EXECUTING'")
                .query(Long.class).list();
        executing.forEach(this::refresh);
        return executing.size();
    }

    /** One plan, if the staff member may see its contract. */
    @Transactional(readOnly = true)
    public Liquidation visible(long id) {
        Liquidation plan = find(id);
        contracts.visible(plan.contractId());
        return plan;
    }

    /** The contract's plans, newest first. */
    @Transactional(readOnly = true)
    public List<Liquidation> of(long contractId) {
        return jdbc.sql("select " + Liquidation.COLUMNS + " from margin_liquidation where contract_id = ?"
                + " order by id desc").param(contractId).query(Liquidation::of).list();
    }

    /** The plan's sales with how their orders are getting on. */
    @Transactional(readOnly = true)
    public List<LiquidationSale> sales(long id) {
        record Row(int position, Side side, String code, long quantity, BigDecimal price, BigDecimal value,
                   BigDecimal fees, Long orderId) {
        }
        List<Row> rows = jdbc.sql("""
                        select position, side, code, quantity, price, sale_value, fees, order_id
                        from margin_liquidation_sale where liquidation_id = ? order by position""")
                .param(id)
                .query((row, n) -> new Row(row.getInt(1), Side.valueOf(row.getString(2)), row.getString(3),
                        row.getLong(4), row.getBigDecimal(5), row.getBigDecimal(6), row.getBigDecimal(7),
                        row.getObject(8, Long.class)))
                .list();
        Map<Long, OrderProgress> progress = tracking.progress(rows.stream().map(Row::orderId)
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(row -> new LiquidationSale(row.position(), row.side(), row.code(), row.quantity(),
                row.price(), row.value(), row.fees(), row.orderId(),
                row.orderId() == null ? null : progress.get(row.orderId())))
                .toList();
    }

    /** The plan proposed under the request key, if any. */
    private Optional<Long> proposedUnder(String requestKey) {
        return jdbc.sql("select id from margin_liquidation where request_key = ?").param(requestKey)
                .query(Long.class).optional();
    }

    private Optional<Liquidation> openPlan(long contractId) {
        return jdbc.sql("select " + Liquidation.COLUMNS + " from margin_liquidation where contract_id = ?"
                        + " and status in ('PROPOSED', 'EXECUTING')")
                .param(contractId).query(Liquidation::of).optional();
    }

    private long insert(MarginContract contract, MarginCall call, CollateralPosition position, LiquidationPlan plan,
                        String reason, String requestKey) {
        long id = jdbc.sql("""
                        insert into margin_liquidation (contract_id, call_id, status, ratio_before, target_ratio,
                            assets_before, debts_before, cash_repayment, sales_value, expected_proceeds,
                            expected_ratio, restores_target, reason, proposed_by, proposed_at, request_key)
                        values (?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(contract.id(), call == null ? null : call.id(), position.ratio(), plan.target(),
                        position.assets(), position.debts(), plan.cashRepayment(), plan.salesValue(),
                        plan.expectedProceeds(), plan.after().ratio(), plan.restoresTarget(), reason,
                        CurrentStaff.require().username(), Timestamp.from(clock.instant()), requestKey)
                .query(Long.class).single();
        int number = 1;
        for (LiquidationPlan.BuyBack buyBack : plan.buyBacks()) {
            line(id, number++, Side.BUY, buyBack.code(), buyBack.quantity(), buyBack.price(), buyBack.value(),
                    buyBack.fees());
        }
        for (LiquidationPlan.Sale sale : plan.sales()) {
            line(id, number++, Side.SELL, sale.code(), sale.quantity(), sale.price(), sale.value(), sale.fees());
        }
        return id;
    }

    private void line(long id, int number, Side side, String code, long quantity, BigDecimal price,
                      BigDecimal value, BigDecimal fees) {
        jdbc.sql("""
                        insert into margin_liquidation_sale (liquidation_id, position, side, code, quantity, price,
                            sale_value, fees)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number, side.name(), code, quantity, price, value, fees).update();
    }

    private Liquidation lock(long id) {
        return jdbc.sql("select " + Liquidation.COLUMNS + " from margin_liquidation where id = ? for update")
                .param(id).query(Liquidation::of).optional()
                .orElseThrow(() -> new CreditNotFound(id));
    }

    private Liquidation find(long id) {
        return jdbc.sql("select " + Liquidation.COLUMNS + " from margin_liquidation where id = ?")
                .param(id).query(Liquidation::of).optional()
                .orElseThrow(() -> new CreditNotFound(id));
    }
}
