package org.opencounter.margin.monitor;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.margin.CollateralPosition;
import org.opencounter.margin.RatioBand;
import org.opencounter.margin.RatioLines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values every live contract's credit account at the latest prices in one set-based pass: cash plus securities at
 * market value against the financed amounts, the shorted shares at market value and the unpaid interest; the
 * band follows from the house lines. Read at the moment it is asked, so a price move shows at once.
 */
@Service
@Transactional(readOnly = true)
public class CollateralValuation {

    /**
     * Assets and debts of some live contracts, or of those holding or owing some securities, grouped set-wise; a
     * security without a price counts at nothing. Parameters: contracts, contracts, codes, codes, codes.
     */
    private static final String VALUES = """
            with live as (
                select id, contract_number, client_id, branch_id from margin_contract
                where status in ('ACTIVE', 'SUSPENDED') and (cast(? as bigint[]) is null or id = any(?))
                  and (cast(? as varchar[]) is null or id in (
                      select contract_id from margin_credit_position where code = any(?)
                      union select contract_id from margin_debt where status = 'OPEN' and code = any(?)))
            ), held as (
                select p.contract_id, sum(round(p.quantity * coalesce(q.price, 0), 2)) as securities
                from margin_credit_position p join live l on l.id = p.contract_id
                left join market_latest_price q on q.code = p.code
                group by p.contract_id
            ), owed as (
                select d.contract_id,
                       sum(d.principal) filter (where d.kind = 'FINANCING') as financed,
                       sum(round(d.quantity * coalesce(q.price, 0), 2)) filter (where d.kind = 'LENDING') as shorted,
                       sum(d.interest) as interest
                from margin_debt d join live l on l.id = d.contract_id
                left join market_latest_price q on q.code = d.code
                where d.status = 'OPEN'
                group by d.contract_id
            )
            select l.id, l.contract_number, l.client_id, l.branch_id, coalesce(c.balance, 0) as cash,
                   coalesce(h.securities, 0) as securities, coalesce(o.financed, 0) as financed,
                   coalesce(o.shorted, 0) as shorted, coalesce(o.interest, 0) as interest
            from live l left join margin_credit_cash c on c.contract_id = l.id
            left join held h on h.contract_id = l.id left join owed o on o.contract_id = l.id""";

    /**
     * Every live contract of a branch (or all) at once: the sums aggregated over the whole books first and joined to
     * the contracts after, the shape the database does fastest when nothing narrows the contracts; each book read
     * once. Parameters: branch, branch.
     */
    private static final String ALL_VALUES = """
            select k.id, k.contract_number, k.client_id, k.branch_id, coalesce(c.balance, 0) as cash,
                   coalesce(h.securities, 0) as securities, coalesce(o.financed, 0) as financed,
                   coalesce(o.shorted, 0) as shorted, coalesce(o.interest, 0) as interest
            from margin_contract k
            left join margin_credit_cash c on c.contract_id = k.id
            left join (select p.contract_id, sum(round(p.quantity * coalesce(q.price, 0), 2)) as securities
                       from margin_credit_position p left join market_latest_price q on q.code = p.code
                       group by p.contract_id) h on h.contract_id = k.id
            left join (select d.contract_id, sum(d.principal) filter (where d.kind = 'FINANCING') as financed,
                              sum(round(d.quantity * coalesce(q.price, 0), 2)) filter (where d.kind = 'LENDING')
                                  as shorted,
                              sum(d.interest) as interest
                       from margin_debt d left join market_latest_price q on q.code = d.code
                       where d.status = 'OPEN' group by d.contract_id) o on o.contract_id = k.id
            where k.status in ('ACTIVE', 'SUSPENDED') and (cast(? as bigint) is null or k.branch_id = ?)""";

    private final JdbcClient jdbc;

    CollateralValuation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every live contract of the branch (null: all), lowest ratio first and those without debt last. */
    public List<ContractRatio> all(Long branchId) {
        return lowestFirst(jdbc.sql(ALL_VALUES).params(branchId, branchId).query(CollateralValuation::of).list());
    }

    public Optional<ContractRatio> of(long contractId) {
        return values(new Long[] {contractId}, null).stream().findFirst();
    }

    /** The live contracts among these, lowest ratio first. */
    public List<ContractRatio> of(Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return lowestFirst(values(contractIds.toArray(Long[]::new), null));
    }

    /**
     * The contracts a move of these securities' prices changes: those holding them or owing them. What a price
     * move needs recomputed, rather than every contract.
     */
    public List<ContractRatio> affectedBy(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : values(null, codes.toArray(String[]::new));
    }

    private List<ContractRatio> values(Long[] contractIds, String[] codes) {
        return jdbc.sql(VALUES).params(contractIds, contractIds, codes, codes, codes)
                .query(CollateralValuation::of).list();
    }

    /** How many contracts stand in each band. */
    public static Map<RatioBand, Long> countByBand(List<ContractRatio> ratios) {
        Map<RatioBand, Long> counts = new EnumMap<>(RatioBand.class);
        for (RatioBand band : RatioBand.values()) {
            counts.put(band, 0L);
        }
        ratios.forEach(ratio -> counts.merge(ratio.band(), 1L, Long::sum));
        return counts;
    }

    /** Lowest ratio first, those without debt last, each ratio worked out once rather than at every comparison. */
    private static List<ContractRatio> lowestFirst(List<ContractRatio> ratios) {
        record Keyed(BigDecimal ratio, ContractRatio value) {
        }
        Comparator<Keyed> order = Comparator.comparing(Keyed::ratio, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(keyed -> keyed.value().contractId());
        return ratios.stream().map(ratio -> new Keyed(ratio.ratio(), ratio)).sorted(order).map(Keyed::value)
                .toList();
    }

    private static ContractRatio of(ResultSet row, int n) throws SQLException {
        CollateralPosition position = new CollateralPosition(row.getBigDecimal("cash"),
                row.getBigDecimal("securities"), row.getBigDecimal("financed"), row.getBigDecimal("shorted"),
                row.getBigDecimal("interest"));
        return new ContractRatio(row.getLong("id"), row.getString("contract_number"), row.getLong("client_id"),
                row.getLong("branch_id"), position, RatioLines.HOUSE.band(position));
    }
}
