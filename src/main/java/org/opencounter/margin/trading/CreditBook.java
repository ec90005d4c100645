package org.opencounter.margin.trading;

import static org.opencounter.margin.trading.CreditCashAccount.AVAILABLE;
import static org.opencounter.margin.trading.CreditCashAccount.CLEARING;
import static org.opencounter.margin.trading.CreditCashAccount.COMMISSION;
import static org.opencounter.margin.trading.CreditCashAccount.FINANCING;
import static org.opencounter.margin.trading.CreditCashAccount.FROZEN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.opencounter.clients.CashBalances;
import org.opencounter.margin.credit.ContractStatus;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.security.LendingPool;
import org.opencounter.margin.trading.CreditCash.Kind;
import org.opencounter.margin.trading.CreditCash.Movement;
import org.opencounter.orders.CreditAccounts;
import org.opencounter.orders.CreditFill;
import org.opencounter.orders.CreditMovement;
import org.opencounter.orders.CreditStanding;
import org.opencounter.orders.CreditTrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit accounts as the orders module trades them (信用交易): what an order may use, and the books of its
 * freezes, fills and releases. A collateral buy freezes and pays credit cash; a financing buy reserves credit line and
 * its fills become a financing debt; sells freeze credit shares, and a sell to repay pays its proceeds into the
 * financing debts, interest first. A short sell reserves line and lending pool, and its fills become a lending debt
 * whose proceeds stay in the account for buying back; a buy to return pays like a collateral buy and returns the shares
 * to the lending debts. Every fill's commission then passes from CLEARING to the firm's COMMISSION. Orders calls it
 * under the client's trading lock, inside the order's transaction.
 */
@Service
class CreditBook implements CreditAccounts {

    private final MarginContracts contracts;
    private final CreditAccountFigures figures;
    private final CreditCash cash;
    private final CreditPositions positions;
    private final CreditDebts debts;
    private final CreditRepayments repayments;
    private final LendingPool pool;
    private final CreditClearing clearing;
    private final JdbcClient jdbc;

    CreditBook(MarginContracts contracts, CreditAccountFigures figures, CreditCash cash, CreditPositions positions,
               CreditDebts debts, CreditRepayments repayments, LendingPool pool, CreditClearing clearing,
               JdbcClient jdbc) {
        this.pool = pool;
        this.clearing = clearing;
        this.contracts = contracts;
        this.figures = figures;
        this.cash = cash;
        this.positions = positions;
        this.debts = debts;
        this.repayments = repayments;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CreditStanding> standing(long clientId, String code) {
        return contracts.live(clientId).map(contract -> {
            CreditAccountFigures.Figures account = figures.of(contract);
            CreditPositions.Held held = positions.held(contract.id(), code);
            BigDecimal available = account.available();
            return new CreditStanding(contract.id(), contract.number(), contract.status() == ContractStatus.ACTIVE,
                    new CashBalances(available, account.frozen(), available), held.quantity(), held.sellable(),
                    account.marginAvailable(), account.lineAvailable(), contract.financingMarginRatio(),
                    account.financingOwed(), debts.sharesOwed(contract.id(), code), account.shortProceeds(),
                    pool.available(code));
        });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void freeze(CreditMovement movement) {
        long contract = contractOf(movement.clientId());
        cash.open(contract);
        switch (movement.trade()) {
            case COLLATERAL_BUY, BUY_TO_RETURN -> cash.move(new Movement(contract, Kind.ORDER_FREEZE, AVAILABLE,
                    FROZEN, movement.cash(), movement.tradeDate(), movement.reference(), movement.memo(),
                    movement.actor()));
            case FINANCING_BUY -> reserveLine(contract, movement.cash());
            case COLLATERAL_SELL, SELL_TO_REPAY -> positions.freeze(contract, movement.code(), movement.shares());
            case SHORT_SELL -> {
                reserveLine(contract, movement.cash());
                jdbc.sql("insert into margin_lending_reservation (order_id, contract_id, code, quantity)"
                                + " values (?, ?, ?, ?)")
                        .params(movement.orderId(), contract, movement.code(), movement.shares()).update();
            }
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(CreditMovement movement) {
        long contract = contractOf(movement.clientId());
        switch (movement.trade()) {
            case COLLATERAL_BUY, BUY_TO_RETURN -> cash.move(new Movement(contract, Kind.ORDER_RELEASE, FROZEN,
                    AVAILABLE, movement.cash(), movement.tradeDate(), movement.reference(), movement.memo(),
                    movement.actor()));
            case FINANCING_BUY -> releaseLine(contract, movement.cash());
            case COLLATERAL_SELL, SELL_TO_REPAY -> positions.unfreeze(contract, movement.code(), movement.shares());
            case SHORT_SELL -> {
                releaseLine(contract, movement.cash());
                unreserve(movement.orderId(), movement.shares());
            }
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal fill(CreditFill fill) {
        long contract = contractOf(fill.clientId());
        BigDecimal soldCost = book(contract, fill);
        cash.move(new Movement(contract, Kind.COMMISSION, CLEARING, COMMISSION, fill.commission(), fill.tradeDate(),
                fill.reference() + ":commission", fill.memo(), fill.actor()));
        return soldCost;
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal clearingPayable(LocalDate tradeDate) {
        return clearing.payable(tradeDate);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal settleClearing(LocalDate tradeDate, String actor) {
        return clearing.settle(tradeDate, actor);
    }

    /**
     * Books the fill's shares, cash and debts; the whole net amount passes through CLEARING, and the caller then takes
     * the commission out of it.
     */
    private BigDecimal book(long contract, CreditFill fill) {
        BigDecimal net = fill.net();
        switch (fill.trade()) {
            case COLLATERAL_BUY -> {
                pay(contract, fill, net);
                positions.buy(contract, fill.code(), fill.quantity(), net, fill.tPlusZero());
                return null;
            }
            case BUY_TO_RETURN -> {
                pay(contract, fill, net);
                long returned = debts.returnShares(contract, fill.code(), fill.quantity());
                long kept = fill.quantity() - returned;
                if (kept > 0) {
                    // bought beyond what was owed: the rest stays in the credit account as collateral
                    positions.buy(contract, fill.code(), kept, net.multiply(BigDecimal.valueOf(kept))
                            .divide(BigDecimal.valueOf(fill.quantity()), 4, RoundingMode.HALF_UP), fill.tPlusZero());
                }
                return null;
            }
            case SHORT_SELL -> {
                releaseLine(contract, fill.value().min(fill.frozen()));
                unreserve(fill.orderId(), fill.quantity());
                debts.lend(contract, fill.orderId(), fill.code(), fill.quantity(), net, fill.tradeDate());
                cash.move(new Movement(contract, Kind.TRADE_SELL, CLEARING, AVAILABLE, net, fill.tradeDate(),
                        fill.reference(), fill.memo(), fill.actor()));
                return null;
            }
            case FINANCING_BUY -> {
                releaseLine(contract, net.min(fill.frozen()));
                cash.move(new Movement(contract, Kind.FINANCED_BUY, FINANCING, CLEARING, net, fill.tradeDate(),
                        fill.reference(), fill.memo(), fill.actor()));
                debts.draw(contract, fill.orderId(), fill.code(), fill.quantity(), net, fill.tradeDate());
                positions.buy(contract, fill.code(), fill.quantity(), net, fill.tPlusZero());
                return null;
            }
            default -> {
                BigDecimal soldCost = positions.sell(contract, fill.code(), fill.quantity());
                cash.move(new Movement(contract, Kind.TRADE_SELL, CLEARING, AVAILABLE, net, fill.tradeDate(),
                        fill.reference(), fill.memo(), fill.actor()));
                if (fill.trade() == CreditTrade.SELL_TO_REPAY) {
                    repayments.repay(contract, net, fill.tradeDate(), fill.reference() + ":repay", fill.memo(),
                            fill.actor());
                }
                return soldCost;
            }
        }
    }

    /** A buy pays out of what the order froze, and any shortfall out of the available cash. */
    private void pay(long contract, CreditFill fill, BigDecimal net) {
        BigDecimal fromFrozen = net.min(fill.frozen());
        cash.move(new Movement(contract, Kind.TRADE_BUY, FROZEN, CLEARING, fromFrozen, fill.tradeDate(),
                fill.reference(), fill.memo(), fill.actor()));
        cash.move(new Movement(contract, Kind.TRADE_BUY, AVAILABLE, CLEARING, net.subtract(fromFrozen),
                fill.tradeDate(), fill.reference() + ":top-up", fill.memo(), fill.actor()));
    }

    private void unreserve(long orderId, long shares) {
        jdbc.sql("update margin_lending_reservation set quantity = quantity - least(?, quantity) where order_id = ?")
                .params(shares, orderId).update();
    }

    /** The client's live contract, or the last one when an order outlived it (expired while the order was open). */
    private long contractOf(long clientId) {
        return jdbc.sql("""
                        select id from margin_contract where client_id = ?
                        order by status in ('ACTIVE', 'SUSPENDED') desc, id desc limit 1""")
                .param(clientId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("Client " + clientId + " has no margin contract"));
    }

    private void reserveLine(long contract, BigDecimal amount) {
        jdbc.sql("update margin_credit_cash set line_frozen = line_frozen + ? where contract_id = ?")
                .params(amount, contract).update();
    }

    private void releaseLine(long contract, BigDecimal amount) {
        jdbc.sql("update margin_credit_cash set line_frozen = line_frozen - least(?, line_frozen)"
                + " where contract_id = ?").params(amount, contract).update();
    }
}
