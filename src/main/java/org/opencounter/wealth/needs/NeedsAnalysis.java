package org.opencounter.wealth.needs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs analysis (客户需求分析) besides the risk questionnaire: the household's finances and family, the
 * life-cycle stage derived from them (or set by the adviser with a reason), and the client's investment goals.
 */
@Service
@Transactional
public class NeedsAnalysis {

    static final String HOUSEHOLD = "Household";
    static final String GOAL = "InvestmentGoal";

    private final ClientProfiles clients;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    NeedsAnalysis(ClientProfiles clients, TradingCalendar calendar, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The recorded household of a client the caller may see. */
    @Transactional(readOnly = true)
    public Optional<Household> household(long clientId) {
        return jdbc.sql("select * from wealth_financial_profile where client_id = ?").param(clientId)
                .query(NeedsAnalysis::household).optional();
    }

    /**
     * The stage for the client: INSTITUTION for an institution; for an individual derived from a recorded household
     * and the date of birth, or as set by the adviser; null when nothing is recorded yet.
     */
    @Transactional(readOnly = true)
    public StageView stage(ClientProfile client, Optional<Household> household) {
        if (client.institution()) {
            return new StageView(LifeCycleStage.INSTITUTION, null, null);
        }
        if (household.isEmpty()) {
            return null;
        }
        Household h = household.get();
        LifeCycleStage derived = client.birthDate() == null ? null : LifeCycleStage.derive(client.birthDate(),
                calendar.today(), h.marital(), h.dependentChildren(), h.retired());
        return derived == null && h.stageOverride() == null ? null
                : new StageView(derived, h.stageOverride(), h.overrideReason());
    }

    /** Records the household; the form must have been read from the current version (or be the first). */
    public Household save(long clientId, HouseholdForm form) {
        ClientProfile client = clients.visible(clientId);
        if (client.institution()) {
            throw new NeedsRefused(null, "wealth.needs.individualsOnly");
        }
        if ((form.getStageOverride() == null) != (form.getOverrideReason() == null)) {
            throw new NeedsRefused("overrideReason", "wealth.needs.overrideNeedsReason");
        }
        if (form.getStageOverride() == LifeCycleStage.INSTITUTION) {
            throw new NeedsRefused("stageOverride", "wealth.needs.householdStageOnly");
        }
        Optional<Household> before = household(clientId);
        if (before.map(Household::version).orElse(-1L) != form.getVersion()) {
            throw new NeedsRefused(null, "wealth.needs.changedMeanwhile");
        }
        FinancialSituation f = form.finances();
        String by = CurrentStaff.require().username();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into wealth_financial_profile (client_id, annual_income, annual_expenses, cash_deposits,
                            fixed_income, equity, real_estate, other_assets, mortgage, other_liabilities, marital_status,
                            dependent_children, retired, stage_override, override_reason, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client_id) do update set annual_income = excluded.annual_income,
                            annual_expenses = excluded.annual_expenses, cash_deposits = excluded.cash_deposits,
                            fixed_income = excluded.fixed_income, equity = excluded.equity,
                            real_estate = excluded.real_estate, other_assets = excluded.other_assets,
                            mortgage = excluded.mortgage, other_liabilities = excluded.other_liabilities,
                            marital_status = excluded.marital_status, dependent_children = excluded.dependent_children,
                            retired = excluded.retired, stage_override = excluded.stage_override,
                            override_reason = excluded.override_reason, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at, version = wealth_financial_profile.version + 1""")
                .params(clientId, f.annualIncome(), f.annualExpenses(), f.cashDeposits(), f.fixedIncome(), f.equity(),
                        f.realEstate(), f.otherAssets(), f.mortgage(), f.otherLiabilities(), form.getMarital().name(),
                        form.getDependentChildren(), form.isRetired(),
                        form.getStageOverride() == null ? null : form.getStageOverride().name(),
                        form.getOverrideReason(), by, now)
                .update();
        Household after = household(clientId).orElseThrow();
        audit.record(AuditRecord.change("wealth.needs.household", HOUSEHOLD, clientId,
                before.map(NeedsAnalysis::facts).orElse(null), facts(after)));
        return after;
    }

    /** The client's goals: active ones first, soonest first. */
    @Transactional(readOnly = true)
    public List<Goal> goals(long clientId) {
        return jdbc.sql("""
                        select * from wealth_goal where client_id = ?
                        order by status = 'ACTIVE' desc, target_date, id""")
                .param(clientId).query(NeedsAnalysis::goal).list();
    }

    /** Adds a goal; the same form submitted twice adds it once. */
    public Goal addGoal(long clientId, GoalForm form) {
        clients.visible(clientId);
        LocalDate today = calendar.today();
        if (!form.getTargetDate().isAfter(today)) {
            throw new NeedsRefused("targetDate", "wealth.goal.dateInFuture");
        }
        String by = CurrentStaff.require().username();
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> id = jdbc.sql("""
                        insert into wealth_goal (client_id, kind, target_amount, target_date, priority, note, status,
                            created_by, created_at, updated_by, updated_at, request_key)
                        values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)
                        on conflict (request_key) do nothing returning id""")
                .params(clientId, form.getKind().name(), form.getTargetAmount(), Date.valueOf(form.getTargetDate()),
                        form.getPriority().name(), form.getNote(), by, now, by, now, form.getRequestKey())
                .query(Long.class).optional();
        Goal goal = jdbc.sql("select * from wealth_goal where request_key = ?").param(form.getRequestKey())
                .query(NeedsAnalysis::goal).single();
        if (id.isPresent()) {
            audit.record(AuditRecord.change("wealth.goal.add", GOAL, goal.id(), null, Map.of("clientId", clientId,
                    "kind", goal.kind(), "targetAmount", goal.targetAmount(), "targetDate", goal.targetDate())));
        }
        return goal;
    }

    /** Marks an active goal achieved or dropped. */
    public void closeGoal(long clientId, long goalId, GoalStatus status) {
        clients.visible(clientId);
        if (status == GoalStatus.ACTIVE) {
            throw new NeedsRefused(null, "wealth.goal.notActive");
        }
        int changed = jdbc.sql("""
                        update wealth_goal set status = ?, updated_by = ?, updated_at = ?
                        where id = ? and client_id = ? and status = 'ACTIVE'""")
                .params(status.name(), CurrentStaff.require().username(), Timestamp.from(clock.instant()), goalId,
                        clientId)
                .update();
        if (changed == 0) {
            throw new NeedsRefused(null, "wealth.goal.notActive");
        }
        audit.record(AuditRecord.change("wealth.goal.close", GOAL, goalId, Map.of("status", GoalStatus.ACTIVE),
                Map.of("status", status)));
    }

    private static Map<String, Object> facts(Household household) {
        FinancialSituation f = household.finances();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("annualIncome", f.annualIncome());
        facts.put("annualExpenses", f.annualExpenses());
        facts.put("totalAssets", f.totalAssets());
        facts.put("totalLiabilities", f.totalLiabilities());
        facts.put("marital", household.marital());
        facts.put("dependentChildren", household.dependentChildren());
        facts.put("retired", household.retired());
        facts.put("stageOverride", household.stageOverride());
        facts.put("overrideReason", household.overrideReason());
        return facts;
    }

    private static Household household(ResultSet row, int n) throws SQLException {
        String override = row.getString("stage_override");
        Instant updated = row.getTimestamp("updated_at").toInstant();
        return new Household(row.getLong("client_id"), new FinancialSituation(row.getBigDecimal("annual_income"),
                row.getBigDecimal("annual_expenses"), row.getBigDecimal("cash_deposits"),
                row.getBigDecimal("fixed_income"), row.getBigDecimal("equity"), row.getBigDecimal("real_estate"),
                row.getBigDecimal("other_assets"), row.getBigDecimal("mortgage"),
                row.getBigDecimal("other_liabilities")), MaritalStatus.valueOf(row.getString("marital_status")),
                row.getInt("dependent_children"), row.getBoolean("retired"),
                override == null ? null : LifeCycleStage.valueOf(override), row.getString("override_reason"),
                row.getLong("version"), row.getString("updated_by"), updated);
    }

    private static Goal goal(ResultSet row, int n) throws SQLException {
        return new Goal(row.getLong("id"), row.getLong("client_id"), GoalKind.valueOf(row.getString("kind")),
                row.getBigDecimal("target_amount"), row.getDate("target_date").toLocalDate(),
                GoalPriority.valueOf(row.getString("priority")), row.getString("note"),
                GoalStatus.valueOf(row.getString("status")), row.getString("updated_by"));
    }
}
