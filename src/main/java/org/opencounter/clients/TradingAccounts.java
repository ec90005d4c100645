package org.opencounter.clients;

import java.util.Arrays;
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

    /** The account with its securities accounts ("SSE:A123456789") and permissions, in one round trip. */
    private static final String ACCOUNT = """
            select c.id, c.branch_id, c.name, c.kind, c.investor_class, c.status, f.id as fund_id, f.account_number,
                   f.status as fund_status,
                   array(select s.exchange || ':' || s.account_number from clients_securities_account s
                         where s.client_id = c.id) as securities_accounts,
                   array(select p.board from clients_trading_permission p where p.client_id = c.id) as permissions
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

    /** The client's trading account if one is open; 404 unless the staff member may see the client. */
    public Optional<TradingAccount> visibleIfOpen(long clientId) {
        requireVisible(clientId);
        return load(clientId, "");
    }

    /** Only the check: answers 404 (and audits the attempt) unless the staff member may see the client. */
    public void requireVisible(long clientId) {
        access.requireVisible(clientId);
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
                        AccountStanding.valueOf(row.getString("fund_status")),
                        securitiesAccounts((String[]) row.getArray("securities_accounts").getArray()),
                        permissions((String[]) row.getArray("permissions").getArray())))
                .optional();
    }

    private static Map<String, String> securitiesAccounts(String[] accounts) {
        return Arrays.stream(accounts).map(account -> account.split(":", 2))
                .collect(Collectors.toUnmodifiableMap(account -> account[0], account -> account[1]));
    }

    private static Set<TradingPermission> permissions(String[] boards) {
        Set<TradingPermission> held = EnumSet.noneOf(TradingPermission.class);
        Arrays.stream(boards).forEach(board -> held.add(TradingPermission.valueOf(board)));
        return Set.copyOf(held);
    }
}
