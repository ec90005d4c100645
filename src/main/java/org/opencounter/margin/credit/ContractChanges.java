package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing changes to a live margin contract (额度调整, 展期, 暂停, 恢复) for a risk officer's approval, and the
 * contract's history of changes. A line may not exceed the maximum of the rating the credit was granted on; a
 * renewal adds one to six months to the expiry and keeps the contract's margin ratio.
 */
@Service
@Transactional
public class ContractChanges {

    static final String ENTITY = "MarginContractChange";
    static final int MAXIMUM_RENEWAL_MONTHS = 6;

    private final MarginContracts contracts;
    private final Approvals approvals;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ContractChanges(MarginContracts contracts, Approvals approvals, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.approvals = approvals;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the credit officer asks for: the kind, the new line or the months to renew by, and why. */
    public record Proposal(ContractChangeKind kind, BigDecimal newLine, Integer renewalMonths, String reason,
                           String requestKey) {
    }

    /** Submits the change for approval; the same request twice submits once. */
    public ContractChange propose(long contractId, Proposal proposal) {
        Optional<ContractChange> earlier = jdbc.sql("select " + ContractChange.COLUMNS
                        + " from margin_contract_change where request_key = ?")
                .param(proposal.requestKey()).query(ContractChange::of).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        MarginContract contract = contracts.visible(contractId);
        if (proposal.kind() == null || !ContractChangeKind.PROPOSED.contains(proposal.kind())) {
            throw new MarginRefused("kind", "margin.change.kindRequired");
        }
        if (proposal.reason() == null || proposal.reason().isBlank() || proposal.reason().strip().length() > 500) {
            throw new MarginRefused("reason", "margin.change.reasonRequired");
        }
        if (!contract.live()) {
            throw new MarginRefused(null, "margin.change.notLive", contract.number());
        }
        if (pending(contractId).isPresent()) {
            throw new MarginRefused(null, "margin.change.alreadyPending");
        }
        BigDecimal newLine = null;
        LocalDate newExpiry = null;
        switch (proposal.kind()) {
            case LINE -> newLine = line(contract, proposal.newLine());
            case RENEWAL -> newExpiry = renewal(contract, proposal.renewalMonths());
            case SUSPENSION -> requireStatus(contract, ContractStatus.ACTIVE, "margin.change.notActive");
            case RESUMPTION -> requireStatus(contract, ContractStatus.SUSPENDED, "margin.change.notSuspended");
            default -> throw new MarginRefused("kind", "margin.change.kindRequired");
        }
        String by = CurrentStaff.require().username();
        long id = jdbc.sql("""
                        insert into margin_contract_change (contract_id, kind, old_line, new_line, old_expiry,
                            new_expiry, reason, status, requested_by, requested_at, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) returning id""")
                .params(contractId, proposal.kind().name(), contract.creditLine(), newLine,
                        Date.valueOf(contract.expiresOn()), newExpiry == null ? null : Date.valueOf(newExpiry),
                        proposal.reason().strip(), by, Timestamp.from(clock.instant()), proposal.requestKey())
                .query(Long.class).single();
        long approval = approvals.submit(new ApprovalSubmission(ContractChangeApproval.TYPE,
                contract.number() + " " + proposal.kind() + (newLine != null ? " " + newLine.toPlainString() : "")
                        + (newExpiry != null ? " " + newExpiry : ""),
                new ContractChangeApproval.Payload(id), proposal.reason().strip(), null,
                "/margin/contracts/" + contractId));
        jdbc.sql("update margin_contract_change set approval_id = ? where id = ?").params(approval, id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", proposal.kind());
        after.put("newLine", newLine);
        after.put("newExpiry", newExpiry);
        audit.record(AuditRecord.change("margin.change.propose", ENTITY, id,
                Map.of("line", contract.creditLine(), "expiresOn", contract.expiresOn(), "status", contract.status()),
                after));
        return find(id);
    }

    /** The contract's changes, newest first; the contract must be visible. */
    @Transactional(readOnly = true)
    public Page<ContractChange> history(long contractId, Pageable page) {
        contracts.visible(contractId);
        long total = jdbc.sql("select count(*) from margin_contract_change where contract_id = ?").param(contractId)
                .query(Long.class).single();
        List<ContractChange> rows = jdbc.sql("select " + ContractChange.COLUMNS + " from margin_contract_change"
                        + " where contract_id = ? order by requested_at desc, id desc limit ? offset ?")
                .params(contractId, page.getPageSize(), page.getOffset()).query(ContractChange::of).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public Optional<ContractChange> pending(long contractId) {
        return jdbc.sql("select " + ContractChange.COLUMNS + " from margin_contract_change"
                        + " where contract_id = ? and status = 'PENDING'")
                .param(contractId).query(ContractChange::of).optional();
    }

    private BigDecimal line(MarginContract contract, BigDecimal newLine) {
        if (newLine == null || newLine.signum() <= 0 || newLine.stripTrailingZeros().scale() > 2) {
            throw new MarginRefused("newLine", "margin.credit.amountPositive");
        }
        if (newLine.compareTo(contract.creditLine()) == 0) {
            throw new MarginRefused("newLine", "margin.change.sameLine");
        }
        BigDecimal maximum = jdbc.sql("select " + CreditApplication.COLUMNS + " from margin_credit_application"
                        + " where id = ?").param(contract.applicationId()).query(CreditApplication::of).single()
                .maximumLine();
        if (newLine.compareTo(maximum) > 0) {
            throw new MarginRefused("newLine", "margin.change.lineAboveMaximum", maximum);
        }
        return newLine.setScale(2);
    }

    private static LocalDate renewal(MarginContract contract, Integer months) {
        if (months == null || months < 1 || months > MAXIMUM_RENEWAL_MONTHS) {
            throw new MarginRefused("renewalMonths", "margin.change.monthsInvalid", MAXIMUM_RENEWAL_MONTHS);
        }
        return contract.expiresOn().plusMonths(months);
    }

    private static void requireStatus(MarginContract contract, ContractStatus wanted, String key) {
        if (contract.status() != wanted) {
            throw new MarginRefused(null, key, contract.number());
        }
    }

    private ContractChange find(long id) {
        return jdbc.sql("select " + ContractChange.COLUMNS + " from margin_contract_change where id = ?").param(id)
                .query(ContractChange::of).single();
    }
}
