package org.opencounter.wealth.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskLevel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue (产品目录): browsing for everyone, entries kept by compliance, every change audited. */
@Service
@Transactional
public class ProductCatalogue {

    static final String ENTITY = "Product";
    private static final String COLUMNS = """
            id, code, name_zh, name_en, type, variety, issuer, risk_level, minimum_investment, horizon_months,
            subscription_fee, management_fee, professional_only, status, nav, version, updated_by,
            updated_at""";

    /** What the list narrows to; null fields do not narrow. */
    public record Filter(String text, ProductType type, RiskLevel riskLevel, ProductStatus status) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ProductCatalogue(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Product> page(Filter filter, Pageable page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (code like ? or name_zh like ? or lower(name_en) like ?)");
            String like = "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            params.add(like.toUpperCase(java.util.Locale.ROOT));
            params.add(like);
            params.add(like.toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.type() != null) {
            where.append(" and type = ?");
            params.add(filter.type().name());
        }
        if (filter.riskLevel() != null) {
            where.append(" and risk_level = ?");
            params.add(filter.riskLevel().name());
        }
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status().name());
        }
        long total = jdbc.sql("select count(*) from wealth_product" + where).params(params).query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<Product> rows = jdbc.sql("select " + COLUMNS + " from wealth_product" + where
                        + " order by status desc, type, risk_level, code limit ? offset ?")
                .params(pageParams).query(ProductCatalogue::of).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public Product find(long id) {
        return jdbc.sql("select " + COLUMNS + " from wealth_product where id = ?").param(id)
                .query(ProductCatalogue::of).optional().orElseThrow(() -> new ProductNotFound(id));
    }

    /** The catalogue entry of a fund listed on an exchange under this code, if the catalogue has one. */
    @Transactional(readOnly = true)
    public Optional<Product> listedFund(String code) {
        return jdbc.sql("select " + COLUMNS + " from wealth_product where code = ? and type = 'LISTED_FUND'")
                .param(code).query(ProductCatalogue::of).optional();
    }

    /** The products with these ids, by id. */
    @Transactional(readOnly = true)
    public Map<Long, Product> byIds(java.util.Collection<Long> ids) {
        Map<Long, Product> found = new java.util.HashMap<>();
        jdbc.sql("select " + COLUMNS + " from wealth_product where id = any(?)").param(ids.toArray(Long[]::new))
                .query(ProductCatalogue::of).list().forEach(product -> found.put(product.id(), product));
        return found;
    }

    /** Products on sale, for choosing one to check a client against. */
    @Transactional(readOnly = true)
    public List<Product> onSale() {
        return jdbc.sql("select " + COLUMNS + " from wealth_product where status = 'ON_SALE' order by type, code")
                .query(ProductCatalogue::of).list();
    }

    public long create(ProductForm form) {
        try {
            long id = jdbc.sql("""
                            insert into wealth_product (code, name_zh, name_en, type, variety, issuer, risk_level,
                                minimum_investment, horizon_months, subscription_fee, management_fee, professional_only,
                                status, nav, updated_by, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(form.getCode(), form.getNameZh().trim(), form.getNameEn().trim(), form.getType().name(),
                            form.getVariety().name(), form.getIssuer().trim(), form.getRiskLevel().name(),
                            form.getMinimumInvestment(), form.getHorizonMonths(), form.subscriptionFee(),
                            form.managementFee(), form.isProfessionalOnly(), form.getStatus().name(),
                            form.getNav(), CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            audit.record(AuditRecord.change("wealth.product.create", ENTITY, id, null, facts(find(id))));
            return id;
        } catch (DuplicateKeyException taken) {
            throw new ProductRefused("wealth.product.codeTaken", form.getCode());
        }
    }

    /** Saves the form over the entry it was read from; a change made meanwhile by someone else is refused. */
    public void update(long id, ProductForm form) {
        Product before = find(id);
        try {
            int changed = jdbc.sql("""
                            update wealth_product set code = ?, name_zh = ?, name_en = ?, type = ?, variety = ?,
                                issuer = ?, risk_level = ?, minimum_investment = ?, horizon_months = ?,
                                subscription_fee = ?, management_fee = ?, professional_only = ?, status = ?,
                                nav = ?, version = version + 1, updated_by = ?, updated_at = ?
                            where id = ? and version = ?""")
                    .params(form.getCode(), form.getNameZh().trim(), form.getNameEn().trim(), form.getType().name(),
                            form.getVariety().name(), form.getIssuer().trim(), form.getRiskLevel().name(),
                            form.getMinimumInvestment(), form.getHorizonMonths(), form.subscriptionFee(),
                            form.managementFee(), form.isProfessionalOnly(), form.getStatus().name(),
                            form.getNav(), CurrentStaff.require().username(), Timestamp.from(clock.instant()), id,
                            form.getVersion())
                    .update();
            if (changed == 0) {
                throw new ProductRefused("wealth.product.changedMeanwhile");
            }
        } catch (DuplicateKeyException taken) {
            throw new ProductRefused("wealth.product.codeTaken", form.getCode());
        }
        audit.record(AuditRecord.change("wealth.product.update", ENTITY, id, facts(before), facts(find(id))));
    }

    private static Map<String, Object> facts(Product product) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("code", product.code());
        facts.put("name", product.nameZh());
        facts.put("type", product.type());
        facts.put("variety", product.variety());
        facts.put("riskLevel", product.riskLevel());
        facts.put("minimumInvestment", product.minimumInvestment());
        facts.put("horizonMonths", product.horizonMonths());
        facts.put("professionalOnly", product.professionalOnly());
        facts.put("status", product.status());
        facts.put("nav", product.nav());
        return facts;
    }

    static Product of(ResultSet row, int n) throws SQLException {
        return new Product(row.getLong("id"), row.getString("code"), row.getString("name_zh"),
                row.getString("name_en"), ProductType.valueOf(row.getString("type")),
                InvestmentVariety.valueOf(row.getString("variety")), row.getString("issuer"),
                RiskLevel.valueOf(row.getString("risk_level")), row.getBigDecimal("minimum_investment"),
                row.getInt("horizon_months"), row.getBigDecimal("subscription_fee"),
                row.getBigDecimal("management_fee"), row.getBoolean("professional_only"),
                ProductStatus.valueOf(row.getString("status")), row.getBigDecimal("nav"),
                row.getLong("version"), row.getString("updated_by"), row.getTimestamp("updated_at").toInstant());
    }
}
