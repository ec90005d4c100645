package org.opencounter.wealth.sales;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.CashMovement;
import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.clients.InsufficientCash;
import org.opencounter.clients.ProductCash;
import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.Fit;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductStatus;
import org.opencounter.wealth.product.ProductType;
import org.opencounter.wealth.suitability.PurchaseClearance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selling catalogue products (认购/申购) and buying them back (赎回) through the client's cash account, each in one
 * transaction under the account lock: suitability first (forbidden refuses, a mismatch needs the client's confirmed
 * warning), then the cash posting, the order and the holding. Listed funds are bought through an exchange order.
 */
@Service
@Transactional
public class ProductSales {

    static final String ENTITY = "ProductOrder";

    private final ClientProfiles clients;
    private final TradingAccounts accounts;
    private final ProductCatalogue catalogue;
    private final PurchaseClearance clearances;
    private final ProductCash cash;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ProductSales(ClientProfiles clients, TradingAccounts accounts, ProductCatalogue catalogue,
                 PurchaseClearance clearances, ProductCash cash, TradingCalendar calendar, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clearances = clearances;
        this.cash = cash;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sells the product for the amount; the same request twice sells once. */
    public ProductOrder subscribe(long clientId, long productId, BigDecimal amount, String requestKey) {
        ClientProfile client = clients.visible(clientId);
        Optional<ProductOrder> earlier = byKey(requestKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Product product = catalogue.find(productId);
        if (product.type() == ProductType.LISTED_FUND) {
            throw new SaleRefused("wealth.sale.listedFund", product.code());
        }
        if (product.status() != ProductStatus.ON_SALE) {
            throw new SaleRefused("wealth.sale.closed", product.code());
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new SaleRefused("wealth.sale.amountInvalid");
        }
        TradingAccount account = accounts.lockForTrading(clientId);
        Optional<BigDecimal[]> held = holding(clientId, productId);
        if (held.isEmpty() && amount.compareTo(product.minimumInvestment()) < 0) {
            throw new SaleRefused("wealth.sale.belowMinimum", product.minimumInvestment(), amount);
        }
        Fit fit = suitable(client, product);
        SaleFigures.Subscription figures = SaleFigures.subscription(amount, product.subscriptionFee(), product.nav());
        if (figures.units().signum() <= 0) {
            throw new SaleRefused("wealth.sale.amountInvalid");
        }
        String by = CurrentStaff.require().username();
        LocalDate day = calendar.today();
        try {
            cash.paySubscription(new CashMovement(account.fundAccountId(), amount, day, "product:" + requestKey,
                    "认购 " + product.code() + " " + product.nameZh(), by));
        } catch (InsufficientCash shortOf) {
            throw new SaleRefused("wealth.sale.insufficientCash", shortOf.available(), shortOf.required());
        }
        long id = book(client, product, "SUBSCRIBE", amount, figures.fee(), figures.units(), fit, by, day, requestKey);
        jdbc.sql("""
                        insert into wealth_product_holding (client_id, product_id, units, cost) values (?, ?, ?, ?)
                        on conflict (client_id, product_id) do update set units = wealth_product_holding.units
                            + excluded.units, cost = wealth_product_holding.cost + excluded.cost,
                            version = wealth_product_holding.version + 1""")
                .params(clientId, productId, figures.units(), amount).update();
        return order(id);
    }

    /**
     * Buys units back at the product's NAV: the units leave the holding at once, the proceeds reach the client's cash
     * T+n trading days later ({@link RedemptionSettlement}).
     */
    public ProductOrder redeem(long clientId, long productId, BigDecimal units, String requestKey) {
        ClientProfile client = clients.visible(clientId);
        Optional<ProductOrder> earlier = byKey(requestKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Product product = catalogue.find(productId);
        if (units == null || units.signum() <= 0 || units.scale() > 4) {
            throw new SaleRefused("wealth.sale.unitsInvalid");
        }
        accounts.lockForTrading(clientId);
        BigDecimal[] held = holding(clientId, productId).orElseThrow(
                () -> new SaleRefused("wealth.sale.notHeld", product.code()));
        if (units.compareTo(held[0]) > 0) {
            throw new SaleRefused("wealth.sale.moreThanHeld", held[0].toPlainString(), units.toPlainString());
        }
        BigDecimal proceeds = SaleFigures.redemptionProceeds(units, product.nav());
        if (proceeds.signum() <= 0) {
            throw new SaleRefused("wealth.sale.unitsInvalid");
        }
        String by = CurrentStaff.require().username();
        LocalDate day = calendar.today();
        long id = book(client, product, "REDEEM", proceeds, BigDecimal.ZERO.setScale(2), units, null, by, day,
                requestKey);
        jdbc.sql("update wealth_product_order set status = 'PENDING', settles_on = ? where id = ?")
                .params(Date.valueOf(calendar.plusTradingDays(day, product.type().redemptionDays())), id).update();
        jdbc.sql("update wealth_product_holding set units = units - ?, cost = cost - ?, version = version + 1"
                        + " where client_id = ? and product_id = ?")
                .params(units, SaleFigures.costRedeemed(held[1], held[0], units), clientId, productId).update();
        return order(id);
    }

    /** The client's products with units left; the caller has checked that the client is visible. */
    @Transactional(readOnly = true)
    public List<ProductHolding> holdings(long clientId) {
        Map<Long, BigDecimal[]> rows = new java.util.LinkedHashMap<>();
        jdbc.sql("select product_id, units, cost from wealth_product_holding where client_id = ? and units > 0"
                        + " order by product_id").param(clientId)
                .query(row -> {
                    rows.put(row.getLong(1), new BigDecimal[] {row.getBigDecimal(2), row.getBigDecimal(3)});
                });
        Map<Long, Product> products = catalogue.byIds(rows.keySet());
        return rows.entrySet().stream().map(entry -> new ProductHolding(products.get(entry.getKey()),
                entry.getValue()[0], entry.getValue()[1])).toList();
    }

    @Transactional(readOnly = true)
    public Page<ProductOrder> orders(long clientId, Pageable page) {
        clients.visible(clientId);
        long total = jdbc.sql("select count(*) from wealth_product_order where client_id = ?").param(clientId)
                .query(Long.class).single();
        List<ProductOrder> rows = jdbc.sql("select * from wealth_product_order where client_id = ?"
                        + " order by sold_at desc, id desc limit ? offset ?")
                .params(clientId, page.getPageSize(), page.getOffset()).query(ProductSales::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /** Forbidden refuses with the rule's reason; a mismatch passes only with the client's confirmed warning. */
    private Fit suitable(ClientProfile client, Product product) {
        PurchaseClearance.Clearance clearance = clearances.clear(client.id(), client.professional(), product);
        if (clearance.refused()) {
            throw new SaleRefused("wealth.sale." + clearance.refusal(), clearance.figures().toArray());
        }
        return clearance.fit();
    }

    private long book(ClientProfile client, Product product, String side, BigDecimal amount, BigDecimal fee,
                      BigDecimal units, Fit fit, String by, LocalDate day, String requestKey) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into wealth_product_order (client_id, branch_id, product_id, side, amount, fee, units,
                            nav, fit, sold_by, sold_at, business_date, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(client.id(), client.branchId(), product.id(), side, amount, fee, units, product.nav(),
                        fit == null ? null : fit.name(), by, Timestamp.from(now), Date.valueOf(day), requestKey)
                .query(Long.class).single();
        audit.record(AuditRecord.change("wealth.sale." + side.toLowerCase(java.util.Locale.ROOT), ENTITY, id, null,
                Map.of("clientId", client.id(), "product", product.code(), "amount", amount, "units", units,
                        "nav", product.nav())));
        return id;
    }

    private Optional<BigDecimal[]> holding(long clientId, long productId) {
        return jdbc.sql("""
                        select units, cost from wealth_product_holding where client_id = ? and product_id = ?
                          and units > 0 for update""")
                .params(clientId, productId)
                .query((row, n) -> new BigDecimal[] {row.getBigDecimal(1), row.getBigDecimal(2)}).optional();
    }

    private Optional<ProductOrder> byKey(String requestKey) {
        return jdbc.sql("select * from wealth_product_order where request_key = ?").param(requestKey)
                .query(ProductSales::of).optional();
    }

    private ProductOrder order(long id) {
        return jdbc.sql("select * from wealth_product_order where id = ?").param(id).query(ProductSales::of).single();
    }

    private static ProductOrder of(ResultSet row, int n) throws SQLException {
        return new ProductOrder(row.getLong("id"), row.getLong("client_id"), row.getLong("product_id"),
                row.getString("side"), row.getBigDecimal("amount"), row.getBigDecimal("fee"),
                row.getBigDecimal("units"), row.getBigDecimal("nav"), row.getString("fit"), row.getString("sold_by"),
                row.getTimestamp("sold_at").toInstant(), row.getString("status"),
                row.getDate("settles_on") == null ? null : row.getDate("settles_on").toLocalDate());
    }
}
