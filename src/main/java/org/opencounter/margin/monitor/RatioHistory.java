package org.opencounter.margin.monitor;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each contract's ratio at the close of each trading day, kept for its history chart. */
@Service
@Transactional
public class RatioHistory {

    /** One day's close of one contract. */
    public record Point(LocalDate day, BigDecimal assets, BigDecimal debts, BigDecimal ratio, String band) {
    }

    private final CollateralValuation valuation;
    private final JdbcClient jdbc;

    RatioHistory(CollateralValuation valuation, JdbcClient jdbc) {
        this.valuation = valuation;
        this.jdbc = jdbc;
    }

    /** Records every live contract's ratio as of the day (again the same day: the later figures stand). */
    public int record(LocalDate day) {
        List<ContractRatio> ratios = valuation.all(null);
        for (ContractRatio ratio : ratios) {
            jdbc.sql("""
                            insert into margin_ratio_history (contract_id, business_date, assets, debts, ratio, band)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (contract_id, business_date) do update set assets = excluded.assets,
                                debts = excluded.debts, ratio = excluded.ratio, band = excluded.band""")
                    .params(ratio.contractId(), Date.valueOf(day), ratio.position().assets(),
                            ratio.position().debts(), ratio.ratio(), ratio.band().name())
                    .update();
        }
        return ratios.size();
    }

    /** The contract's closes from the day on, oldest first. */
    @Transactional(readOnly = true)
    public List<Point> since(long contractId, LocalDate from) {
        return jdbc.sql("select business_date, assets, debts, ratio, band from margin_ratio_history"
                        + " where contract_id = ? and business_date >= ? order by business_date")
                .params(contractId, Date.valueOf(from))
                .query((row, n) -> new Point(row.getDate(1).toLocalDate(), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getBigDecimal(4), row.getString(5)))
                .list();
    }
}
