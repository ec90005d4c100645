package org.opencounter.margin.credit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes a contract's line, term or status: an approved change, applied in the approval's transaction if the
 * contract still allows it, and expiry once the last day has passed. Apart from {@link ContractChanges}, which
 * submits the approvals.
 */
@Service
@Transactional
class ContractLifecycle {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ContractLifecycle(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    void apply(long changeId, String decidedBy) {
        ContractChange change = pending(changeId);
        MarginContract contract = jdbc.sql("select " + MarginContract.COLUMNS + " from margin_contract where id = ?"
                + " for update").param(change.contractId()).query(MarginContract::of).single();
        String sql = switch (change.kind()) {
            case LINE -> contract.live() ? "update margin_contract set credit_line = ?, version = version + 1"
                    + " where id = ?" : null;
            case RENEWAL -> contract.live() ? "update margin_contract set expires_on = ?, version = version + 1"
                    + " where id = ?" : null;
            case SUSPENSION -> contract.status() == ContractStatus.ACTIVE
                    ? "update margin_contract set status = ?, version = version + 1 where id = ?" : null;
            case RESUMPTION -> contract.status() == ContractStatus.SUSPENDED
                    ? "update margin_contract set status = ?, version = version + 1 where id = ?" : null;
            case EXPIRY -> null;
        };
        if (sql == null) {
            throw new MarginRefused(null, "margin.change.noLongerApplies", contract.number());
        }
        Object value = switch (change.kind()) {
            case LINE -> change.newLine();
            case RENEWAL -> Date.valueOf(change.newExpiry());
            case SUSPENSION -> ContractStatus.SUSPENDED.name();
            default -> ContractStatus.ACTIVE.name();
        };
        jdbc.sql(sql).params(value, contract.id()).update();
        decide(change, ContractChangeStatus.APPLIED, decidedBy);
        audit.record(AuditRecord.change("margin.contract." + change.kind().name().toLowerCase(java.util.Locale.ROOT),
                MarginContracts.ENTITY, contract.id(),
                Map.of("line", contract.creditLine(), "expiresOn", contract.expiresOn(), "status", contract.status()),
                Map.of("change", change.id(), "value", String.valueOf(value))));
    }

    void reject(long changeId, String decidedBy) {
        jdbc.sql("select " + ContractChange.COLUMNS + " from margin_contract_change where id = ? and status = 'PENDING'")
                .param(changeId).query(ContractChange::of).optional()
                .ifPresent(change -> decide(change, ContractChangeStatus.REJECTED, decidedBy));
    }

    /**
     * Live contracts whose last day is before the day expire, each with an EXPIRY record; a change still pending
     * for one is rejected, since it can no longer apply.
     *
     * @return the contracts expired
     */
    int expireDue(LocalDate today) {
        List<MarginContract> due = jdbc.sql("select " + MarginContract.COLUMNS + " from margin_contract"
                        + " where status in ('ACTIVE', 'SUSPENDED') and expires_on < ? for update")
                .param(Date.valueOf(today)).query(MarginContract::of).list();
        Timestamp now = Timestamp.from(clock.instant());
        for (MarginContract contract : due) {
            jdbc.sql("update margin_contract set status = 'EXPIRED', version = version + 1 where id = ?")
                    .param(contract.id()).update();
            jdbc.sql("""
                            update margin_contract_change set status = 'REJECTED', decided_by = 'system', decided_at = ?
                            where contract_id = ? and status = 'PENDING'""").params(now, contract.id()).update();
            jdbc.sql("""
                            insert into margin_contract_change (contract_id, kind, old_line, old_expiry, reason, status,
                                requested_by, requested_at, request_key, decided_by, decided_at)
                            values (?, 'EXPIRY', ?, ?, ?, 'APPLIED', 'system', ?, ?, 'system', ?)""")
                    .params(contract.id(), contract.creditLine(), Date.valueOf(contract.expiresOn()),
                            "合同到期 / contract expired", now, "expiry-" + contract.id(), now)
                    .update();
            audit.record(AuditRecord.change("margin.contract.expire", MarginContracts.ENTITY, contract.id(),
                    Map.of("status", contract.status()), Map.of("status", ContractStatus.EXPIRED)));
        }
        return due.size();
    }

    private ContractChange pending(long changeId) {
        return jdbc.sql("select " + ContractChange.COLUMNS + " from margin_contract_change where id = ?"
                        + " and status = 'PENDING' for update")
                .param(changeId).query(ContractChange::of).optional()
                .orElseThrow(() -> new MarginRefused(null, "margin.credit.alreadyDecided"));
    }

    private void decide(ContractChange change, ContractChangeStatus status, String decidedBy) {
        jdbc.sql("update margin_contract_change set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status.name(), decidedBy, Timestamp.from(clock.instant()), change.id()).update();
    }
}
