package org.opencounter.margin.security;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.opencounter.margin.MarginRefused;
import org.opencounter.market.Instrument;
import org.opencounter.market.Securities;
import org.opencounter.market.SecurityType;
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
 * The firm's margin lists (标的证券与可充抵保证金证券名单), kept by the risk officers: an entry's collateral rate may
 * not exceed the exchange maximum for the security, and only stocks and ETFs that are neither ST nor suspended may be
 * financing or lending targets. Every change is audited.
 */
@Service
@Transactional
public class MarginSecurities {

    static final String ENTITY = "MarginSecurity";
    private static final String COLUMNS = """
            code, financing_target, lending_target, collateral_rate, index_constituent, government_bond, static_pe,
            float_shares, financing_halted, concentration, updated_by""";

    private final Securities securities;
    private final LendingPool pool;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MarginSecurities(Securities securities, LendingPool pool, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.securities = securities;
        this.pool = pool;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** An entry with the security it concerns and the rates that apply to it today. */
    public record Listed(MarginSecurity entry, Instrument instrument, BigDecimal exchangeMaximum,
                         BigDecimal effectiveRate) {
    }

    @Transactional(readOnly = true)
    public Optional<MarginSecurity> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from margin_security where code = ?").param(code)
                .query(MarginSecurities::of).optional();
    }

    /** The rate a security counts at as collateral today; zero when it is not on the list. */
    @Transactional(readOnly = true)
    public BigDecimal collateralRate(String code) {
        Optional<Instrument> instrument = securities.find(code);
        return find(code).filter(entry -> instrument.isPresent())
                .map(entry -> entry.effectiveRate(instrument.get())).orElse(BigDecimal.ZERO);
    }

    /** One page of a list, by code, narrowed to codes starting with the term. */
    @Transactional(readOnly = true)
    public Page<Listed> page(ListKind list, String term, Pageable page) {
        String where = " where (? = 'ALL' or (? = 'FINANCING' and financing_target) or (? = 'LENDING' and lending_target))"
                + " and code like ?";
        String chosen = (list == null ? ListKind.ALL : list).name();
        String prefix = (term == null ? "" : term.strip().replace("%", "").replace("_", "")) + "%";
        List<Object> params = new ArrayList<>(Arrays.asList(chosen, chosen, chosen, prefix));
        long total = jdbc.sql("select count(*) from margin_security" + where).params(params).query(Long.class)
                .single();
        params.add(page.getPageSize());
        params.add(page.getOffset());
        List<Listed> rows = new ArrayList<>();
        for (MarginSecurity entry : jdbc.sql("select " + COLUMNS + " from margin_security" + where
                + " order by code limit ? offset ?").params(params).query(MarginSecurities::of).list()) {
            securities.find(entry.code()).ifPresent(instrument -> rows.add(new Listed(entry, instrument,
                    entry.profile(instrument).exchangeMaximum(), entry.effectiveRate(instrument))));
        }
        return new PageImpl<>(rows, page, total);
    }

    /** Adds a security to the lists or changes its entry. */
    public MarginSecurity save(MarginSecurityForm form) {
        Instrument instrument = securities.find(form.getCode() == null ? "" : form.getCode())
                .orElseThrow(() -> new MarginRefused("code", "margin.security.unknown"));
        BigDecimal percent = form.getCollateralRatePercent();
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new MarginRefused("collateralRatePercent", "margin.security.rateInvalid");
        }
        if (form.getStaticPe() != null && form.getStaticPe().stripTrailingZeros().scale() > 2) {
            throw new MarginRefused("staticPe", "margin.security.peInvalid");
        }
        if (form.getFloatShares() != null && form.getFloatShares() <= 0) {
            throw new MarginRefused("floatShares", "margin.security.floatInvalid");
        }
        if (form.getLendingPool() != null && form.getLendingPool() < 0) {
            throw new MarginRefused("lendingPool", "margin.pool.negative");
        }
        BigDecimal rate = percent.movePointLeft(2).setScale(4, RoundingMode.UNNECESSARY);
        Optional<MarginSecurity> before = find(instrument.code());
        MarginSecurity entry = new MarginSecurity(instrument.code(), form.isFinancingTarget(), form.isLendingTarget(),
                rate, form.isIndexConstituent(), form.isGovernmentBond(), form.getStaticPe(), form.getFloatShares(),
                before.map(MarginSecurity::financingHalted).orElse(false),
                before.map(MarginSecurity::concentration).orElse(null), CurrentStaff.require().username());
        BigDecimal maximum = entry.profile(instrument).exchangeMaximum();
        if (rate.compareTo(maximum) > 0) {
            throw new MarginRefused("collateralRatePercent", "margin.security.aboveMaximum",
                    maximum.movePointRight(2).stripTrailingZeros().toPlainString());
        }
        boolean target = entry.financingTarget() || entry.lendingTarget();
        if (target && (instrument.st() || instrument.suspended()
                || !(instrument.type() == SecurityType.STOCK || instrument.type() == SecurityType.ETF))) {
            throw new MarginRefused("financingTarget", "margin.security.targetNotAllowed", instrument.code());
        }
        jdbc.sql("""
                        insert into margin_security (code, financing_target, lending_target, collateral_rate,
                            index_constituent, government_bond, static_pe, float_shares, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set financing_target = excluded.financing_target,
                            lending_target = excluded.lending_target, collateral_rate = excluded.collateral_rate,
                            index_constituent = excluded.index_constituent, government_bond = excluded.government_bond,
                            static_pe = excluded.static_pe, float_shares = excluded.float_shares,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                            version = margin_security.version + 1""")
                .params(entry.code(), entry.financingTarget(), entry.lendingTarget(), entry.collateralRate(),
                        entry.indexConstituent(), entry.governmentBond(), entry.staticPe(), entry.floatShares(),
                        entry.updatedBy(), Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.change("margin.security." + (before.isPresent() ? "change" : "add"), ENTITY,
                entry.code(), before.orElse(null), entry));
        if (entry.lendingTarget() && form.getLendingPool() != null) {
            pool.set(entry.code(), form.getLendingPool());
        }
        return entry;
    }

    /** Takes a security off the lists: it may no longer be financed or shorted and counts at nothing as collateral. */
    public void remove(String code) {
        MarginSecurity before = find(code).orElseThrow(() -> new MarginRefused(null, "margin.security.notListed",
                code));
        jdbc.sql("delete from margin_security where code = ?").param(code).update();
        audit.record(AuditRecord.change("margin.security.remove", ENTITY, code, before, null));
    }

    private static MarginSecurity of(ResultSet row, int n) throws SQLException {
        return new MarginSecurity(row.getString("code"), row.getBoolean("financing_target"),
                row.getBoolean("lending_target"), row.getBigDecimal("collateral_rate"),
                row.getBoolean("index_constituent"), row.getBoolean("government_bond"), row.getBigDecimal("static_pe"),
                row.getObject("float_shares", Long.class), row.getBoolean("financing_halted"),
                row.getBigDecimal("concentration"), row.getString("updated_by"));
    }

}
