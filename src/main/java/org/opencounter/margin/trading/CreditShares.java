package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.opencounter.margin.security.MarginSecurities;
import org.opencounter.market.LatestPrices;
import org.opencounter.market.Quote;
import org.opencounter.orders.SecuritiesTransfers;
import org.opencounter.orders.TransferRefused;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter's securities business on a credit account: shares returned from the credit position to the lending
 * debts (直接还券), and collateral moved between the client's ordinary account and the credit account (担保品划转).
 * Each runs under the client's trading lock in one transaction, is recorded and audited, and happens once per request
 * key.
 */
@Service
public class CreditShares {

    static final String SHARES = "quantity";

    private final CreditAccountLock lock;
    private final CreditPositions positions;
    private final CreditDebts debts;
    private final MarginSecurities lists;
    private final SecuritiesTransfers transfers;
    private final LatestPrices prices;
    private final CollateralValuation valuation;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CreditShares(CreditAccountLock lock, CreditPositions positions, CreditDebts debts, MarginSecurities lists,
                 SecuritiesTransfers transfers, LatestPrices prices, CollateralValuation valuation, AuditTrail audit,
                 JdbcClient jdbc, Clock clock) {
        this.lock = lock;
        this.positions = positions;
        this.debts = debts;
        this.lists = lists;
        this.transfers = transfers;
        this.prices = prices;
        this.valuation = valuation;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Returns shares from the credit position to the lending debts in the security (直接还券), oldest debt first:
     * no more than are owed and no more than are sellable now.
     */
    @Transactional
    public void returnShares(long contractId, String code, long quantity, String requestKey) {
        MarginContract contract = lock.lock(contractId);
        String reference = "return:" + requestKey;
        if (moved(reference)) {
            return;
        }
        long owed = debts.sharesOwed(contract.id(), code);
        if (owed == 0) {
            throw new MarginRefused(SHARES, "margin.account.return.nothingOwed", code);
        }
        if (quantity > owed) {
            throw new MarginRefused(SHARES, "margin.account.return.moreThanOwed", quantity, owed);
        }
        long sellable = positions.held(contract.id(), code).sellable();
        if (quantity > sellable) {
            throw new MarginRefused(SHARES, "margin.account.return.notEnoughShares", quantity, sellable);
        }
        positions.takeOut(contract.id(), code, quantity);
        debts.returnShares(contract.id(), code, quantity);
        shareMoved(contract, "DIRECT_RETURN", code, quantity, reference, "margin.account.returnShares");
    }

    /**
     * Moves collateral securities from the client's ordinary account into the credit account (担保品转入), with the
     * cost they carried: only securities that count as collateral, and only what is sellable there now.
     */
    @Transactional
    public void collateralIn(long contractId, String code, long quantity, String requestKey) {
        MarginContract contract = lock.lock(contractId);
        if (!contract.live()) {
            throw new MarginRefused(null, "margin.account.notLive", contract.number());
        }
        String reference = "collateral-in:" + requestKey;
        if (moved(reference)) {
            return;
        }
        if (lists.collateralRate(code).signum() == 0) {
            throw new MarginRefused("code", "margin.trade.check.notCollateral", code);
        }
        BigDecimal cost;
        try {
            cost = transfers.out(contract.clientId(), code, quantity, reference);
        } catch (TransferRefused refused) {
            throw new MarginRefused(SHARES, refused.messageKey(), refused.arguments());
        }
        positions.buy(contract.id(), code, quantity, cost, true);
        shareMoved(contract, "COLLATERAL_IN", code, quantity, reference, "margin.account.collateralIn");
    }

    /**
     * Moves securities from the credit account back to the ordinary account (担保品转出): only what is sellable
     * there, and only while the ratio stays at or above 300% without them.
     */
    @Transactional
    public void collateralOut(long contractId, String code, long quantity, String requestKey) {
        MarginContract contract = lock.lock(contractId);
        String reference = "collateral-out:" + requestKey;
        if (moved(reference)) {
            return;
        }
        long sellable = positions.held(contract.id(), code).sellable();
        if (quantity > sellable) {
            throw new MarginRefused(SHARES, "margin.account.return.notEnoughShares", quantity, sellable);
        }
        BigDecimal value = prices.quote(code).map(Quote::price).orElse(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal withdrawable = valuation.of(contract.id()).map(ContractRatio::withdrawable).orElse(value);
        if (value.compareTo(withdrawable) > 0) {
            throw new MarginRefused(SHARES, "margin.account.collateralOut.tooMuch", value, withdrawable);
        }
        BigDecimal cost = positions.takeOut(contract.id(), code, quantity);
        transfers.in(contract.clientId(), code, quantity, cost, reference);
        shareMoved(contract, "COLLATERAL_OUT", code, quantity, reference, "margin.account.collateralOut");
    }

    private boolean moved(String reference) {
        return jdbc.sql("select exists (select 1 from margin_share_movement where reference = ?)").param(reference)
                .query(Boolean.class).single();
    }

    private void shareMoved(MarginContract contract, String kind, String code, long quantity, String reference,
                            String action) {
        jdbc.sql("""
                        insert into margin_share_movement (contract_id, kind, code, quantity, reference, actor,
                            recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(contract.id(), kind, code, quantity, reference, CurrentStaff.require().username(),
                        Timestamp.from(clock.instant()))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("contract", contract.number());
        after.put("code", code);
        after.put("quantity", quantity);
        audit.record(AuditRecord.change(action, CreditCounter.ENTITY, contract.id(), null, after));
    }

}
