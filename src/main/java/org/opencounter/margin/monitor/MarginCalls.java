package org.opencounter.margin.monitor;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientNotice;
import org.opencounter.clients.ClientNotices;
import org.opencounter.margin.RatioBand;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises and closes margin calls from the ratios at the latest prices: under 150% a warning, under 130% a call with
 * two trading days to restore 150%, under 110% immediate liquidation; a worse call supersedes an open one, a call
 * past its deadline becomes overdue, and any call closes once the ratio is back at 150%. Each call raised is sent to
 * the client through the outbox and audited.
 */
@Service
@Transactional
public class MarginCalls {

    static final String ENTITY = "MarginCall";
    static final int CALL_TRADING_DAYS = 2;

    private final CollateralValuation valuation;
    private final ClientNotices notices;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MarginCalls(CollateralValuation valuation, ClientNotices notices, TradingCalendar calendar, JdbcClient jdbc,
                AuditTrail audit, Clock clock) {
        this.valuation = valuation;
        this.notices = notices;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one review did. */
    public record Review(int raised, int met, int overdue) {
    }

    /** Reviews every live contract as of the day at the latest prices. */
    public Review review(LocalDate today) {
        Map<Long, MarginCall> open = new HashMap<>();
        jdbc.sql("select " + MarginCall.COLUMNS + " from margin_call where status in ('OPEN', 'OVERDUE')")
                .query(MarginCall::of).list().forEach(call -> open.put(call.contractId(), call));
        int raised = 0;
        int met = 0;
        int overdue = 0;
        for (ContractRatio ratio : valuation.all(null)) {
            MarginCall current = open.get(ratio.contractId());
            Optional<MarginCall.Kind> needed = needed(ratio.band());
            if (needed.isEmpty()) {
                if (current != null) {
                    close(current, MarginCall.Status.MET, ratio);
                    met++;
                }
                continue;
            }
            if (current == null || needed.get().worseThan(current.kind())) {
                if (current != null) {
                    close(current, MarginCall.Status.SUPERSEDED, ratio);
                }
                raise(ratio, needed.get(), today);
                raised++;
            } else if (current.status() == MarginCall.Status.OPEN && current.kind() == MarginCall.Kind.CALL
                    && today.isAfter(current.deadline())) {
                jdbc.sql("update margin_call set status = 'OVERDUE' where id = ?").param(current.id()).update();
                audit.record(AuditRecord.change("margin.call.overdue", ENTITY, current.id(),
                        Map.of("status", current.status()), Map.of("status", MarginCall.Status.OVERDUE,
                                "ratio", ratio.ratio())));
                overdue++;
            }
        }
        return new Review(raised, met, overdue);
    }

    /** The contract's calls, newest first. */
    @Transactional(readOnly = true)
    public List<MarginCall> of(long contractId) {
        return jdbc.sql("select " + MarginCall.COLUMNS + " from margin_call where contract_id = ?"
                + " order by raised_at desc, id desc").param(contractId).query(MarginCall::of).list();
    }

    /** The open and overdue calls by contract. */
    @Transactional(readOnly = true)
    public Map<Long, MarginCall> standing() {
        Map<Long, MarginCall> standing = new HashMap<>();
        jdbc.sql("select " + MarginCall.COLUMNS + " from margin_call where status in ('OPEN', 'OVERDUE')")
                .query(MarginCall::of).list().forEach(call -> standing.put(call.contractId(), call));
        return standing;
    }

    /** The contract's open or overdue call, if it has one. */
    @Transactional(readOnly = true)
    public Optional<MarginCall> standing(long contractId) {
        return jdbc.sql("select " + MarginCall.COLUMNS + " from margin_call where contract_id = ?"
                + " and status in ('OPEN', 'OVERDUE')").param(contractId).query(MarginCall::of).optional();
    }

    /** The call a band needs; none at or above 150%. */
    static Optional<MarginCall.Kind> needed(RatioBand band) {
        return switch (band) {
            case WARNING -> Optional.of(MarginCall.Kind.WARNING);
            case CALL -> Optional.of(MarginCall.Kind.CALL);
            case LIQUIDATION -> Optional.of(MarginCall.Kind.LIQUIDATION);
            default -> Optional.empty();
        };
    }

    private void raise(ContractRatio ratio, MarginCall.Kind kind, LocalDate today) {
        LocalDate deadline = kind == MarginCall.Kind.CALL ? calendar.plusTradingDays(today, CALL_TRADING_DAYS)
                : kind == MarginCall.Kind.LIQUIDATION ? today : null;
        long id = jdbc.sql("""
                        insert into margin_call (contract_id, kind, raised_on, raised_at, ratio, cash_to_restore,
                            deadline, status)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN') returning id""")
                .params(ratio.contractId(), kind.name(), Date.valueOf(today), Timestamp.from(clock.instant()),
                        ratio.ratio(), ratio.cashToRestore(), deadline == null ? null : Date.valueOf(deadline))
                .query(Long.class).single();
        notices.send(new ClientNotice(ratio.clientId(), ClientNotice.Kind.MARGIN, subject(kind, ratio),
                body(kind, ratio, deadline), null, "margin-call:" + id));
        audit.record(AuditRecord.change("margin.call.raise", ENTITY, id, null, Map.of("contract", ratio.number(),
                "kind", kind, "ratio", ratio.ratio(), "cashToRestore", ratio.cashToRestore())));
    }

    private void close(MarginCall call, MarginCall.Status status, ContractRatio ratio) {
        jdbc.sql("update margin_call set status = ?, closed_at = ?, closing_ratio = ? where id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), ratio.ratio(), call.id()).update();
        audit.record(AuditRecord.change("margin.call." + (status == MarginCall.Status.MET ? "met" : "supersede"),
                ENTITY, call.id(), Map.of("status", call.status()), Map.of("status", status,
                        "ratio", String.valueOf(ratio.ratio()))));
    }

    private static String subject(MarginCall.Kind kind, ContractRatio ratio) {
        return switch (kind) {
            case WARNING -> "融资融券维持担保比例警示（合同 " + ratio.number() + "）";
            case CALL -> "追加担保物通知（合同 " + ratio.number() + "）";
            case LIQUIDATION -> "强制平仓通知（合同 " + ratio.number() + "）";
        };
    }

    private static String body(MarginCall.Kind kind, ContractRatio ratio, LocalDate deadline) {
        String at = "您的信用账户维持担保比例为 " + percent(ratio.ratio()) + "。";
        return switch (kind) {
            case WARNING -> at + "已低于警戒线 150%，请关注市场风险，必要时追加担保物或偿还负债。";
            case CALL -> at + "已低于 130%。请于 " + deadline + " 收市前追加资金 " + ratio.cashToRestore().toPlainString()
                    + " 元（或卖券还款）使比例恢复至 150%，逾期本公司将强制平仓。";
            case LIQUIDATION -> at + "已低于 110%，本公司将按合同约定对您的信用账户实施强制平仓。";
        };
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
