package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.SecuritiesValuation;
import org.opencounter.clients.TradingPermission;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trading permissions for ChiNext, the STAR market and the BSE (权限开通): the client's standing against each board's
 * rule, applications that a branch manager approves, and revocation at the client's request.
 */
@Service
@Transactional
public class TradingPermissions {

    static final String ENTITY = "TradingPermission";

    private final ClientAccess access;
    private final FundAccountRepository fundAccounts;
    private final DailyAssets dailyAssets;
    private final ObjectProvider<SecuritiesValuation> valuation;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final Clock clock;

    TradingPermissions(ClientAccess access, FundAccountRepository fundAccounts, DailyAssets dailyAssets,
                       ObjectProvider<SecuritiesValuation> valuation, TradingCalendar calendar, JdbcClient jdbc,
                       Approvals approvals, AuditTrail audit, Clock clock) {
        this.access = access;
        this.fundAccounts = fundAccounts;
        this.dailyAssets = dailyAssets;
        this.valuation = valuation;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.approvals = approvals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every board for the client: held, waiting for approval, or the client's standing against its rule. */
    @Transactional(readOnly = true)
    public PermissionOverview overview(long clientId) {
        Client client = access.visible(clientId);
        Optional<FundAccount> fund = fundAccounts.findByClientId(clientId);
        LocalDate today = calendar.today();
        List<PermissionOverview.DayAssets> days = fund.map(f -> dailyAssets.before(clientId, f.getId(), today))
                .orElse(List.of());
        BigDecimal average = PermissionRule.average(days.stream().map(PermissionOverview.DayAssets::total).toList());
        LocalDate ownFirstTrade = ownFirstTrade(clientId).orElse(null);
        Map<TradingPermission, BoardPermission.Granted> granted = granted(clientId);
        Map<TradingPermission, PermissionApplication> pending = new EnumMap<>(TradingPermission.class);
        jdbc.sql("select " + PermissionApplication.COLUMNS + " from clients_permission_application"
                        + " where client_id = ? and status = 'PENDING'").param(clientId)
                .query(PermissionApplication::of).list().forEach(a -> pending.put(a.board(), a));
        List<BoardPermission> boards = new ArrayList<>();
        for (TradingPermission board : TradingPermission.values()) {
            boards.add(new BoardPermission(board, granted.get(board), pending.get(board),
                    eligibility(client, fund, board, today, average, days.size(), ownFirstTrade)));
        }
        return new PermissionOverview(client, fund.isPresent(), boards, days, average, ownFirstTrade);
    }

    /** The client's applications, newest first. */
    @Transactional(readOnly = true)
    public Page<PermissionApplication> applications(long clientId, Pageable page) {
        access.requireVisible(clientId);
        long total = jdbc.sql("select count(*) from clients_permission_application where client_id = ?")
                .param(clientId).query(Long.class).single();
        List<PermissionApplication> rows = jdbc.sql("select " + PermissionApplication.COLUMNS
                        + " from clients_permission_application where client_id = ? order by applied_at desc, id desc"
                        + " limit ? offset ?").params(clientId, page.getPageSize(), page.getOffset())
                .query(PermissionApplication::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Applies for a board's permission once the checks pass: the client has signed the board's risk disclosure
     * (风险揭示书) and, for individuals, has the average assets and the trading experience (the first trade as the
     * CSDC records show it, or the firm's own earlier record). A branch manager approves the application.
     *
     * @return the application's id
     */
    public long apply(long clientId, TradingPermission board, LocalDate declaredFirstTrade, boolean disclosureSigned) {
        PermissionOverview overview = overview(clientId);
        BoardPermission current = overview.boards().get(board.ordinal());
        if (current.granted() != null) {
            throw new PermissionRefused("clients.permission.alreadyGranted");
        }
        if (current.pending() != null) {
            throw new PermissionRefused("clients.permission.alreadyPending");
        }
        if (!disclosureSigned) {
            throw new PermissionRefused("clients.permission.disclosureRequired");
        }
        if (!overview.institution() && declaredFirstTrade == null) {
            throw new PermissionRefused("clients.permission.firstTradeRequired");
        }
        LocalDate today = calendar.today();
        if (declaredFirstTrade != null && declaredFirstTrade.isAfter(today)) {
            throw new PermissionRefused("clients.permission.firstTradeInFuture");
        }
        Eligibility eligibility = withFirstTrade(current.eligibility(), declaredFirstTrade);
        refuseUnlessEligible(eligibility);
        Instant now = clock.instant();
        String by = CurrentStaff.require().username();
        long id;
        try {
            id = jdbc.sql("""
                            insert into clients_permission_application (client_id, board, average_assets, days_averaged,
                                first_trade_date, status, applied_by, applied_at)
                            values (?, ?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
                    .params(clientId, board.name(), eligibility.averageAssetsShown(), eligibility.daysAveraged(),
                            eligibility.firstTrade() == null ? null : Date.valueOf(eligibility.firstTrade()), by,
                            Timestamp.from(now))
                    .query(Long.class).single();
        } catch (DuplicateKeyException concurrent) {
            throw new PermissionRefused("clients.permission.alreadyPending");
        }
        Client client = overview.client();
        long approvalId = approvals.submit(new ApprovalSubmission(PermissionApproval.TYPE,
                client.getName() + " " + board.name() + " " + eligibility.averageAssetsShown().toPlainString(),
                new PermissionApproval.Payload(id), eligibility.evidence(id), client.getBranchId(),
                "/clients/" + clientId + "/permissions"));
        jdbc.sql("update clients_permission_application set approval_id = ? where id = ?").params(approvalId, id)
                .update();
        audit.record(AuditRecord.change("clients.permission.apply", ENTITY, clientId + ":" + board, null,
                eligibility.facts(id)));
        return id;
    }

    /** Withdraws a permission at the client's request; selling what the client holds on the board stays possible. */
    public void revoke(long clientId, TradingPermission board, String reason) {
        access.requireVisible(clientId);
        if (reason == null || reason.isBlank()) {
            throw new PermissionRefused("clients.permission.reasonRequired");
        }
        BoardPermission.Granted held = granted(clientId).get(board);
        if (held == null) {
            throw new PermissionRefused("clients.permission.notHeld");
        }
        jdbc.sql("delete from clients_trading_permission where client_id = ? and board = ?")
                .params(clientId, board.name()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("revokedBy", CurrentStaff.require().username());
        after.put("reason", reason.strip());
        audit.record(AuditRecord.change("clients.permission.revoke", ENTITY, clientId + ":" + board, held, after));
    }

    private Eligibility eligibility(Client client, Optional<FundAccount> fund, TradingPermission board, LocalDate today,
                                    BigDecimal average, int days, LocalDate firstTrade) {
        return new Eligibility(board, today, AverageAssetStandings.mayTrade(client, fund),
                client.getKind() == ClientKind.INSTITUTION, average, days,
                firstTrade);
    }

    /** The earlier of the CSDC's first trade the staff member read and the firm's own. */
    private static Eligibility withFirstTrade(Eligibility own, LocalDate declared) {
        LocalDate first = own.firstTrade();
        if (declared != null && (first == null || declared.isBefore(first))) {
            first = declared;
        }
        return new Eligibility(own.board(), own.asOf(), own.accountActive(), own.institution(), own.averageAssets(),
                own.daysAveraged(), first);
    }

    private static void refuseUnlessEligible(Eligibility eligibility) {
        if (!eligibility.accountActive()) {
            throw new PermissionRefused("clients.permission.accountNotActive");
        }
        if (!eligibility.assetsMet()) {
            throw new PermissionRefused("clients.permission.assetsShort", eligibility.averageAssetsShown(),
                    eligibility.rule().minimumAverageAssets());
        }
        if (!eligibility.experienceMet()) {
            throw new PermissionRefused("clients.permission.experienceShort", eligibility.firstTrade(),
                    eligibility.experiencedFrom());
        }
    }

    private Optional<LocalDate> ownFirstTrade(long clientId) {
        SecuritiesValuation books = valuation.getIfAvailable();
        return books == null ? Optional.empty() : books.firstTrade(clientId);
    }

    private Map<TradingPermission, BoardPermission.Granted> granted(long clientId) {
        Map<TradingPermission, BoardPermission.Granted> granted = new EnumMap<>(TradingPermission.class);
        jdbc.sql("select board, granted_at, granted_by, evidence from clients_trading_permission where client_id = ?")
                .param(clientId)
                .query((row, n) -> granted.put(TradingPermission.valueOf(row.getString("board")),
                        new BoardPermission.Granted(row.getTimestamp("granted_at").toInstant(),
                                row.getString("granted_by"), row.getString("evidence"))))
                .list();
        return granted;
    }
}
