package org.opencounter.clients;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Clients as trading sees them; the lock that makes one account's freezes queue behind each other. */
@Service
@Transactional(readOnly = true)
public class TradingAccounts {

    private static final String ACCOUNT = """
            select c.id, c.branch_id, c.name, c.kind, c.investor_class, c.status, f.id as fund_id, f.account_number,
                   f.status as fund_status
            from clients_client c join clients_fund_account f on f.client_id = c.id
            where c.id = ?""";

    private final JdbcClient jdbc;
    private final ClientAccess access;

    TradingAccounts(JdbcClient jdbc, ClientAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The client's trading account, if the signed-in staff member may see the client; otherwise 404. */
    public TradingAccount visible(long clientId) {
        requireVisible(clientId);
        return load(clientId, "").orElseThrow(() -> new ClientNotFound(clientId));
    }

    /** Only the check: answers 404 (and audits the attempt) unless the staff member may see the client. */
    public void requireVisible(long clientId) {
        access.visible(clientId);
    }

    /** The visible client whose fund account has this number. */
    public Optional<TradingAccount> visibleByFundAccount(String fundAccountNumber) {
        return jdbc.sql("select client_id from clients_fund_account where account_number = ?")
                .param(fundAccountNumber == null ? "" : fundAccountNumber.strip()).query(Long.class).optional()
                .map(this::visible);
    }

    /**
     * The client's trading account with its fund account row locked (SELECT ... FOR UPDATE) until the transaction
     * ends, so concurrent orders on one account check and freeze one after another. No visibility check: the
     * caller has made it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TradingAccount lockForTrading(long clientId) {
        return load(clientId, " for update of f").orElseThrow(() -> new ClientNotFound(clientId));
    }

    private Optional<TradingAccount> load(long clientId, String lock) {
        return jdbc.sql(ACCOUNT + lock).param(clientId)
                .query((row, n) -> new TradingAccount(row.getLong("id"), row.getLong("branch_id"),
                        row.getString("name"), "INSTITUTION".equals(row.getString("kind")),
                        "PROFESSIONAL".equals(row.getString("investor_class")), "ACTIVE".equals(row.getString("status")),
                        row.getLong("fund_id"), row.getString("account_number"),
                        AccountStanding.valueOf(row.getString("fund_status")), securitiesAccounts(clientId),
                        permissions(clientId)))
                .optional();
    }

    private Map<String, String> securitiesAccounts(long clientId) {
        return jdbc.sql("select exchange, account_number from clients_securities_account where client_id = ?")
                .param(clientId).query((row, n) -> Map.entry(row.getString(1), row.getString(2))).stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Set<TradingPermission> permissions(long clientId) {
        Set<TradingPermission> held = EnumSet.noneOf(TradingPermission.class);
        jdbc.sql("select board from clients_trading_permission where client_id = ?").param(clientId)
                .query(String.class).list().forEach(board -> held.add(TradingPermission.valueOf(board)));
        return Set.copyOf(held);
    }
}
