package org.opencounter.wealth.complaint;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint statistics over the last twelve months, for the staff member's branch (head office: every branch): by
 * category, by branch, by month received and closed, the average days to close and the callbacks' satisfaction.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintStatistics {

    static final int MONTHS = 12;

    /** A count under a label (a category, a branch code, a satisfaction). */
    public record Count(String label, long count) {
    }

    /** A month's complaints received and closed. */
    public record Month(String month, long received, long closed) {
    }

    /** The figures the statistics page shows. */
    public record Summary(LocalDate from, long received, long open, long overdue, BigDecimal averageDaysToClose,
                          List<Count> byCategory, List<Count> byBranch, List<Month> byMonth,
                          List<Count> bySatisfaction) {
    }

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;

    ComplaintStatistics(JdbcClient jdbc, TradingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public Summary summary() {
        LocalDate today = calendar.today();
        LocalDate from = today.withDayOfMonth(1).minusMonths(MONTHS - 1);
        Long branch = CurrentStaff.require().scopedBranchId();
        String scope = " from wealth_complaint k where k.received_on >= ?"
                + (branch == null ? "" : " and k.branch_id = ?");
        List<Object> scoped = branch == null ? List.of(Date.valueOf(from)) : List.of(Date.valueOf(from), branch);
        long received = jdbc.sql("select count(*)" + scope).params(scoped).query(Long.class).single();
        long open = jdbc.sql("select count(*)" + scope + " and k.status <> 'CLOSED'").params(scoped)
                .query(Long.class).single();
        Date day = Date.valueOf(today);
        List<Object> overdueParams = new ArrayList<>(scoped);
        overdueParams.addAll(List.of(day, day, day));
        long overdue = jdbc.sql("select count(*)" + scope + " and " + Complaints.OVERDUE).params(overdueParams)
                .query(Long.class).single();
        BigDecimal average = jdbc.sql("select round(avg(k.closed_on - k.received_on), 1)" + scope
                        + " and k.closed_on is not null").params(scoped).query(BigDecimal.class).optional()
                .orElse(null);
        return new Summary(from, received, open, overdue, average,
                counts("k.category", scope, scoped),
                jdbc.sql("select b.code, count(*)" + scope.replace(" from wealth_complaint k",
                                " from wealth_complaint k join platform_branch b on b.id = k.branch_id")
                                + " group by b.code order by count(*) desc, b.code").params(scoped)
                        .query((row, n) -> new Count(row.getString(1), row.getLong(2))).list(),
                jdbc.sql("select to_char(k.received_on, 'YYYY-MM'), count(*), count(k.closed_on)" + scope
                                + " group by 1 order by 1").params(scoped)
                        .query((row, n) -> new Month(row.getString(1), row.getLong(2), row.getLong(3))).list(),
                counts("k.satisfaction", scope + " and k.satisfaction is not null", scoped));
    }

    private List<Count> counts(String column, String scope, List<Object> params) {
        return jdbc.sql("select " + column + ", count(*)" + scope + " group by 1 order by 2 desc, 1").params(params)
                .query((row, n) -> new Count(row.getString(1), row.getLong(2))).list();
    }
}
