package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a credit account holds, owes and moved, for its page: read at the latest prices. */
@Service
@Transactional(readOnly = true)
public class CreditAccountView {

    /** A security in the credit account at the latest price and its collateral rate. */
    public record Holding(String code, String name, long quantity, long frozen, long boughtToday, BigDecimal cost,
                          BigDecimal price, BigDecimal rate) {

        public long sellable() {
            return quantity - frozen - boughtToday;
        }

        public BigDecimal value() {
            return price == null ? BigDecimal.ZERO.setScale(2)
                    : price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A financing or lending debt. */
    public record Debt(long id, String kind, String code, long quantity, BigDecimal principal, BigDecimal interest,
                       LocalDate openedOn, String status) {

        public BigDecimal total() {
            return principal.add(interest);
        }
    }

    /** One movement of credit cash. */
    public record Entry(long id, String kind, String from, String to, BigDecimal amount, LocalDate businessDate,
                        String memo, String actor, Instant recordedAt) {

        /**
         * The movement as it changes the client's cash: positive in, negative out, zero between available and frozen.
         */
        public BigDecimal signedAmount() {
            boolean in = to.equals("AVAILABLE") || to.equals("FROZEN");
            boolean out = from.equals("AVAILABLE") || from.equals("FROZEN");
            return in == out ? BigDecimal.ZERO.setScale(2) : in ? amount : amount.negate();
        }
    }

    private final MarginContracts contracts;
    private final CreditAccountFigures figures;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    CreditAccountView(MarginContracts contracts, CreditAccountFigures figures, AuditTrail audit, JdbcClient jdbc) {
        this.contracts = contracts;
        this.figures = figures;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The contract whose credit account the staff member opens, if its client is visible; the look is audited. */
    @Transactional
    public MarginContract open(long contractId) {
        MarginContract contract = contracts.visible(contractId);
        audit.record(AuditRecord.view("margin.account.view", CreditCounter.ENTITY, contractId));
        return contract;
    }

    public CreditAccountFigures.Figures figures(MarginContract contract) {
        return figures.of(contract);
    }

    public List<Holding> holdings(long contractId) {
        return jdbc.sql("""
                        select p.code, s.name, p.quantity, p.frozen, p.bought_today, p.cost, q.price,
                               coalesce(m.collateral_rate, 0) as rate
                        from margin_credit_position p join market_security s on s.code = p.code
                        left join market_latest_price q on q.code = p.code
                        left join margin_security m on m.code = p.code
                        where p.contract_id = ? and p.quantity > 0 order by p.code""")
                .param(contractId)
                .query((row, n) -> new Holding(row.getString("code"), row.getString("name"), row.getLong("quantity"),
                        row.getLong("frozen"), row.getLong("bought_today"), row.getBigDecimal("cost"),
                        row.getBigDecimal("price"), row.getBigDecimal("rate")))
                .list();
    }

    /** The open debts, oldest first: the order repayments pay them in. */
    public List<Debt> openDebts(long contractId) {
        return jdbc.sql("""
                        select id, kind, code, quantity, principal, interest, opened_on, status from margin_debt
                        where contract_id = ? and status = 'OPEN' order by opened_on, id""")
                .param(contractId)
                .query((row, n) -> new Debt(row.getLong("id"), row.getString("kind"), row.getString("code"),
                        row.getLong("quantity"), row.getBigDecimal("principal"), row.getBigDecimal("interest"),
                        row.getDate("opened_on").toLocalDate(), row.getString("status")))
                .list();
    }

    /** The cash movements, newest first. */
    public Page<Entry> journal(long contractId, Pageable page) {
        long total = jdbc.sql("select count(*) from margin_credit_journal where contract_id = ?").param(contractId)
                .query(Long.class).single();
        List<Entry> rows = jdbc.sql("""
                        select id, kind, from_account, to_account, amount, business_date, memo, actor, recorded_at
                        from margin_credit_journal where contract_id = ? order by id desc limit ? offset ?""")
                .params(contractId, page.getPageSize(), page.getOffset())
                .query((row, n) -> new Entry(row.getLong("id"), row.getString("kind"), row.getString("from_account"),
                        row.getString("to_account"), row.getBigDecimal("amount"),
                        row.getDate("business_date").toLocalDate(), row.getString("memo"), row.getString("actor"),
                        row.getTimestamp("recorded_at").toInstant()))
                .list();
        return new PageImpl<>(rows, page, total);
    }
}
