package org.opencounter.margin.credit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.margin.MarginRatios;
import org.opencounter.market.TradingCalendar;
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
 * Margin contracts: opened from an approved application with the client's credit accounts, listed for the credit
 * and risk officers (a branch sees its own), and watched for their expiry.
 */
@Service
@Transactional
public class MarginContracts {

    static final String ENTITY = "MarginContract";

    private final ClientProfiles clients;
    private final ContractNumbers numbers;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MarginContracts(ClientProfiles clients, ContractNumbers numbers, TradingCalendar calendar, JdbcClient jdbc,
                    AuditTrail audit) {
        this.clients = clients;
        this.numbers = numbers;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What a list of contracts is narrowed to: a status, and those expiring within some days. */
    public record Filter(ContractStatus status, Integer expiringWithinDays) {
    }

    /**
     * Opens the contract of an approved application today, for its term, at the financing margin ratio of today's
     * rules, with a credit fund account and credit securities accounts at both exchanges.
     */
    MarginContract open(CreditApplication application, String approvedBy) {
        LocalDate today = calendar.today();
        ContractNumbers.Issued numbers = this.numbers.issue(today, application.branchId());
        long id = jdbc.sql("""
                        insert into margin_contract (contract_number, client_id, branch_id, application_id,
                            credit_line, financing_rate, lending_rate, financing_margin_ratio, opened_on, expires_on,
                            status, credit_fund_account, credit_sse_account, credit_szse_account, approved_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?) returning id""")
                .params(numbers.contract(), application.clientId(), application.branchId(), application.id(),
                        application.recommendedLine(), application.financingRate(), application.lendingRate(),
                        MarginRatios.financing(today), Date.valueOf(today),
                        Date.valueOf(today.plusMonths(application.termMonths())), numbers.fundAccount(),
                        numbers.sseAccount(), numbers.szseAccount(), approvedBy)
                .query(Long.class).single();
        MarginContract contract = find(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", numbers.contract());
        after.put("clientId", application.clientId());
        after.put("creditLine", contract.creditLine());
        after.put("expiresOn", contract.expiresOn());
        after.put("financingMarginRatio", contract.financingMarginRatio());
        audit.record(AuditRecord.change("margin.contract.open", ENTITY, id, null, after));
        return contract;
    }

    /** The client's active or suspended contract, if any. */
    @Transactional(readOnly = true)
    public Optional<MarginContract> live(long clientId) {
        return jdbc.sql("select " + MarginContract.COLUMNS + " from margin_contract where client_id = ?"
                        + " and status in ('ACTIVE', 'SUSPENDED')")
                .param(clientId).query(MarginContract::of).optional();
    }

    /** The contract an approved application opened, if any. */
    @Transactional(readOnly = true)
    public Optional<MarginContract> openedBy(long applicationId) {
        return jdbc.sql("select " + MarginContract.COLUMNS + " from margin_contract where application_id = ?")
                .param(applicationId).query(MarginContract::of).optional();
    }

    /** Contracts the staff member may see, soonest expiry first. */
    @Transactional(readOnly = true)
    public Page<MarginContract> page(Filter filter, Pageable page) {
        Long branch = CurrentStaff.require().scopedBranchId();
        LocalDate until = filter.expiringWithinDays() == null ? null
                : calendar.today().plusDays(filter.expiringWithinDays());
        String where = " where (cast(? as varchar) is null or status = ?) and (cast(? as bigint) is null or branch_id = ?)"
                + " and (cast(? as date) is null or (expires_on <= ? and status in ('ACTIVE', 'SUSPENDED')))";
        List<Object> params = new ArrayList<>();
        String status = filter.status() == null ? null : filter.status().name();
        Date limit = until == null ? null : Date.valueOf(until);
        params.addAll(java.util.Arrays.asList(status, status, branch, branch, limit, limit));
        long total = jdbc.sql("select count(*) from margin_contract" + where).params(params).query(Long.class).single();
        params.add(page.getPageSize());
        params.add(page.getOffset());
        List<MarginContract> rows = jdbc.sql("select " + MarginContract.COLUMNS + " from margin_contract" + where
                        + " order by expires_on, id limit ? offset ?")
                .params(params).query(MarginContract::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /** One contract, if its client is visible to the staff member. */
    @Transactional(readOnly = true)
    public MarginContract visible(long id) {
        MarginContract contract = find(id);
        clients.visible(contract.clientId());
        return contract;
    }

    private MarginContract find(long id) {
        return jdbc.sql("select " + MarginContract.COLUMNS + " from margin_contract where id = ?").param(id)
                .query(MarginContract::of).optional().orElseThrow(() -> new CreditNotFound(id));
    }

}
