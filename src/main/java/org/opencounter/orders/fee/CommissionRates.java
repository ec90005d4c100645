package org.opencounter.orders.fee;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.FeeSchedule;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' negotiated commission rates (佣金): an account manager proposes a rate within the bounds, a branch manager
 * approves it, and it applies to trades from then on.
 */
@Service
@Transactional
public class CommissionRates {

    static final String ENTITY = "CommissionRate";

    private final TradingAccounts accounts;
    private final ClientFees fees;
    private final FeeSchedule schedule;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final Clock clock;

    CommissionRates(TradingAccounts accounts, ClientFees fees, FeeSchedule schedule, TradingCalendar calendar,
                    JdbcClient jdbc, Approvals approvals, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.fees = fees;
        this.schedule = schedule;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.approvals = approvals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The client's rate now: negotiated, or null for the default; the bounds; and any change waiting. */
    @Transactional(readOnly = true)
    public CommissionStanding standing(long clientId) {
        TradingAccount account = accounts.visible(clientId);
        return new CommissionStanding(account, fees.negotiatedRate(clientId), bounds(), pending(clientId));
    }

    /** The client's rate changes, newest first. */
    @Transactional(readOnly = true)
    public Page<CommissionChange> history(long clientId, Pageable page) {
        accounts.requireVisible(clientId);
        long total = jdbc.sql("select count(*) from orders_commission_change where client_id = ?").param(clientId)
                .query(Long.class).single();
        List<CommissionChange> rows = jdbc.sql("select " + CommissionChange.COLUMNS + " from orders_commission_change"
                        + " where client_id = ? order by proposed_at desc, id desc limit ? offset ?")
                .params(clientId, page.getPageSize(), page.getOffset()).query(CommissionChange::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Proposes a new rate (a fraction: 0.00025 is 0.025%) for a branch manager's approval.
     *
     * @return the change's id
     */
    public long propose(long clientId, BigDecimal rate, String reason) {
        TradingAccount account = accounts.visible(clientId);
        if (!account.mayTrade()) {
            throw new CommissionRefused("orders.commission.accountNotActive");
        }
        CommissionBounds bounds = bounds();
        if (rate == null || !bounds.allows(rate)) {
            throw new CommissionRefused("orders.commission.outOfBounds", bounds.floor(), bounds.cap());
        }
        if (reason == null || reason.isBlank()) {
            throw new CommissionRefused("orders.commission.reasonRequired");
        }
        BigDecimal current = fees.negotiatedRate(clientId);
        if (rate.compareTo(current == null ? bounds.defaultRate() : current) == 0) {
            throw new CommissionRefused("orders.commission.unchanged");
        }
        Instant now = clock.instant();
        long id;
        try {
            id = jdbc.sql("""
                            insert into orders_commission_change (client_id, old_rate, new_rate, reason, status,
                                proposed_by, proposed_at)
                            values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
                    .params(clientId, current, rate, reason.strip(), CurrentStaff.require().username(),
                            Timestamp.from(now))
                    .query(Long.class).single();
        } catch (DuplicateKeyException concurrent) {
            throw new CommissionRefused("orders.commission.alreadyPending");
        }
        long approvalId = approvals.submit(new ApprovalSubmission(CommissionChangeApproval.TYPE,
                account.clientName() + " " + (current == null ? "default" : current.stripTrailingZeros().toPlainString())
                        + " → " + rate.stripTrailingZeros().toPlainString(),
                new CommissionChangeApproval.Payload(id), reason.strip(), account.branchId(),
                "/orders/commission/" + clientId));
        jdbc.sql("update orders_commission_change set approval_id = ? where id = ?").params(approvalId, id).update();
        audit.record(AuditRecord.change("orders.commission.propose", ENTITY, clientId, rateOf(current),
                rateOf(rate)));
        return id;
    }

    private CommissionBounds bounds() {
        return CommissionBounds.of(schedule.ratesOn(calendar.today()));
    }

    private Optional<CommissionChange> pending(long clientId) {
        return jdbc.sql("select " + CommissionChange.COLUMNS + " from orders_commission_change"
                        + " where client_id = ? and status = 'PENDING'").param(clientId)
                .query(CommissionChange::of).optional();
    }

    static Map<String, Object> rateOf(BigDecimal rate) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("rate", rate == null ? "default" : rate.stripTrailingZeros().toPlainString());
        return state;
    }
}
