package org.opencounter.wealth.target;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Organisation;
import org.opencounter.platform.StaffMember;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales targets (销售目标) that a branch manager sets for the branch or for a member of its staff, per month or
 * quarter, and how far each got. Results belong to the client's account manager (业绩归属) and to the client's branch:
 * subscriptions by amount on their business date, accounts by the day they opened, products held at the latest NAV
 * (there is no history of holdings, so a past period shows today's value).
 */
@Service
@Transactional
public class SalesTargets {

    static final String ENTITY = "SalesTarget";

    /** The actual of target t, over its own period, for its member of staff or its branch. */
    private static final String ACTUAL = """
            case t.metric
              when 'PRODUCT_SALES' then coalesce((select sum(o.amount) from wealth_product_order o
                  join clients_client c on c.id = o.client_id
                  where o.side = 'SUBSCRIBE' and o.business_date between t.period_start and t.period_end
                    and (c.owner_id = t.staff_id or o.branch_id = t.branch_id)), 0)
              when 'NEW_CLIENTS' then (select count(*) from clients_client c
                  where c.opened_at is not null
                    and cast(c.opened_at at time zone 'Asia/Shanghai' as date) between t.period_start and t.period_end
                    and (c.owner_id = t.staff_id or c.branch_id = t.branch_id))
              else coalesce((select sum(round(h.units * p.nav, 2)) from wealth_product_holding h
                  join wealth_product p on p.id = h.product_id join clients_client c on c.id = h.client_id
                  where c.owner_id = t.staff_id or c.branch_id = t.branch_id), 0)
            end""";

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final Clock clock;

    SalesTargets(JdbcClient jdbc, Organisation organisation, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A target as the manager enters it: for a member of staff (staffId) or for the branch (forBranch). */
    public record Setting(TargetPeriod period, Long staffId, boolean forBranch, TargetMetric metric,
                          BigDecimal target) {
    }

    /** Sets (or replaces) a target for the manager's branch or one of its staff. */
    public void set(Setting setting) {
        StaffPrincipal me = CurrentStaff.require();
        if (setting.period() == null) {
            throw new TargetRefused("wealth.target.periodInvalid");
        }
        if (setting.metric() == null) {
            throw new TargetRefused("wealth.target.metricRequired");
        }
        BigDecimal target = setting.target();
        if (target == null || target.signum() <= 0 || target.stripTrailingZeros().scale() > 2) {
            throw new TargetRefused("wealth.target.amountInvalid");
        }
        Long staffId = null;
        Long branchId = null;
        if (setting.forBranch()) {
            branchId = me.branchId();
        } else {
            StaffMember member = setting.staffId() == null ? null
                    : organisation.staffMember(setting.staffId()).orElse(null);
            if (member == null || !member.active() || member.branchId() != me.branchId()) {
                throw new TargetRefused("wealth.target.staffRequired");
            }
            staffId = member.id();
        }
        TargetPeriod period = setting.period();
        BigDecimal before = jdbc.sql("""
                        select target from wealth_sales_target where period_start = ? and metric = ?
                          and coalesce(staff_id, -1) = coalesce(cast(? as bigint), -1)
                          and coalesce(branch_id, -1) = coalesce(cast(? as bigint), -1)""")
                .params(Date.valueOf(period.start()), setting.metric().name(), staffId, branchId)
                .query(BigDecimal.class).optional().orElse(null);
        long id = jdbc.sql("""
                        insert into wealth_sales_target (period_start, period_end, staff_id, branch_id, metric, target,
                            set_by, set_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (period_start, coalesce(staff_id, -1), coalesce(branch_id, -1), metric)
                        do update set period_end = excluded.period_end, target = excluded.target,
                            set_by = excluded.set_by, set_at = excluded.set_at
                        returning id""")
                .params(Date.valueOf(period.start()), Date.valueOf(period.end()), staffId, branchId,
                        setting.metric().name(), target, me.username(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("period", period.label());
        after.put(setting.forBranch() ? "branchId" : "staffId", setting.forBranch() ? branchId : staffId);
        after.put("metric", setting.metric());
        after.put("target", target);
        audit.record(AuditRecord.change("wealth.target.set", ENTITY, id,
                before == null ? null : Map.of("target", before), after));
    }

    /**
     * The targets whose period overlaps the one shown (a month shows its quarter's targets too), for the staff
     * member's branch and its staff (head office: all), each with its actual; branch targets first.
     */
    @Transactional(readOnly = true)
    public List<TargetProgress> progress(TargetPeriod shown) {
        Long branch = CurrentStaff.require().scopedBranchId();
        record Row(long id, Long staffId, Long branchId, TargetPeriod period, TargetMetric metric, BigDecimal target,
                   BigDecimal actual) {
        }
        List<Row> rows = jdbc.sql("select t.id, t.staff_id, t.branch_id, t.period_start, t.period_end, t.metric,"
                        + " t.target, " + ACTUAL + """
                         from wealth_sales_target t
                        where t.period_start <= ? and t.period_end >= ?
                          and (cast(? as bigint) is null or t.branch_id = ?
                               or t.staff_id in (select u.id from platform_staff_user u where u.branch_id = ?))
                        order by t.branch_id nulls last, t.staff_id, t.period_start, t.metric""")
                .params(Date.valueOf(shown.end()), Date.valueOf(shown.start()), branch, branch, branch)
                .query((row, n) -> new Row(row.getLong(1), row.getObject(2, Long.class), row.getObject(3, Long.class),
                        new TargetPeriod(row.getDate(4).toLocalDate(), row.getDate(5).toLocalDate()),
                        TargetMetric.valueOf(row.getString(6)), row.getBigDecimal(7), row.getBigDecimal(8)))
                .list();
        Map<Long, String> staffNames = organisation.displayNames(
                rows.stream().map(Row::staffId).filter(Objects::nonNull).distinct().toList());
        Map<Long, String> branchNames = new HashMap<>();
        List<TargetProgress> progress = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String owner = row.staffId() != null ? staffNames.getOrDefault(row.staffId(), "#" + row.staffId())
                    : branchNames.computeIfAbsent(row.branchId(), id -> organisation.branch(id)
                            .map(info -> info.displayName(LocaleContextHolder.getLocale()))
                            .orElse("#" + id));
            progress.add(new TargetProgress(row.id(), owner, row.staffId() == null, row.period(), row.metric(),
                    row.target(), row.actual()));
        }
        return progress;
    }
}
