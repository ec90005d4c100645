package org.opencounter.compliance.regulation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

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
 * The internal policies and the work regulations make on them: an owner closes a task by revising the policy (a new
 * version every active staff member acknowledges) or by recording why it needs no change.
 */
@Service
@Transactional
public class Policies {

    static final String TASKS = """
            select t.*, r.title as regulation_title, p.code as policy_code, p.title as policy_title,
                   u.display_name as owner_name
            from compliance_policy_task t join compliance_regulation r on r.id = t.regulation_id
            join compliance_policy p on p.id = t.policy_id join platform_staff_user u on u.id = t.owner_id""";
    private static final String ENTITY = "Policy";
    private static final String SELECT = """
            select p.*, u.display_name as owner_name,
                   (select count(*) from compliance_policy_acknowledgement a join compliance_policy_change c
                      on c.id = a.change_id where c.policy_id = p.id and c.version = p.version) as acknowledged,
                   (select count(*) from platform_staff_user s where s.status = 'ACTIVE') as staff
            from compliance_policy p join platform_staff_user u on u.id = p.owner_id""";
    private static final String CHANGES = """
            select c.*, p.code, p.title from compliance_policy_change c
            join compliance_policy p on p.id = c.policy_id""";

    /** How an owner closes a task. */
    public enum Outcome {
        REVISED, NO_CHANGE
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Policies(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a policy at version 1.
     *
     * @throws LibraryRefused naming the field: no code, one in use, no title, no summary, an unknown owner
     */
    public long create(String code, String title, long ownerId, String summary) {
        if (code == null || !code.strip().matches("[A-Za-z0-9-]{2,20}")) {
            throw new LibraryRefused("code", "compliance.policy.codeInvalid");
        }
        if (jdbc.sql("select exists (select 1 from compliance_policy where code = ?)").param(code.strip())
                .query(Boolean.class).single()) {
            throw new LibraryRefused("code", "compliance.policy.codeTaken");
        }
        if (title == null || title.isBlank()) {
            throw new LibraryRefused("title", "compliance.policy.titleRequired");
        }
        if (summary == null || summary.isBlank()) {
            throw new LibraryRefused("summary", "compliance.policy.summaryRequired");
        }
        if (!jdbc.sql("select exists (select 1 from platform_staff_user where id = ? and status = 'ACTIVE')")
                .param(ownerId).query(Boolean.class).single()) {
            throw new LibraryRefused("ownerId", "compliance.policy.ownerRequired");
        }
        long id = jdbc.sql("""
                        insert into compliance_policy (code, title, owner_id, summary, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(code.strip(), title.strip(), ownerId, summary.strip(), CurrentStaff.require().username(),
                        Timestamp.from(clock.instant())).query(Long.class).single();
        audit.record(AuditRecord.change("compliance.policy.create", ENTITY, id, null, Map.of("code", code.strip())));
        return id;
    }

    @Transactional(readOnly = true)
    public Page<Policy> page(Pageable page) {
        long total = jdbc.sql("select count(*) from compliance_policy").query(Long.class).single();
        List<Policy> rows = jdbc.sql(SELECT + " order by p.code limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(Policies::policy).list();
        return new PageImpl<>(rows, page, total);
    }

    /** An active staff member who may own a policy. */
    public record Owner(long id, String displayName, String branchCode) {
    }

    /** The active staff, for the owner choice. */
    @Transactional(readOnly = true)
    public List<Owner> possibleOwners() {
        return jdbc.sql("""
                        select s.id, s.display_name, b.code from platform_staff_user s
                        join platform_branch b on b.id = s.branch_id where s.status = 'ACTIVE' order by b.code, s.id""")
                .query((row, n) -> new Owner(row.getLong(1), row.getString(2), row.getString(3))).list();
    }

    /** Every policy, for the choice of those a regulation affects. */
    @Transactional(readOnly = true)
    public List<Policy> all() {
        return jdbc.sql(SELECT + " order by p.code").query(Policies::policy).list();
    }

    @Transactional(readOnly = true)
    public Policy find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(Policies::policy).optional()
                .orElseThrow(() -> new LibraryNotFound("policy", id));
    }

    /** The regulations that affect the policy, with the tasks they opened. */
    @Transactional(readOnly = true)
    public List<PolicyTask> tasksOf(long policyId) {
        return jdbc.sql(TASKS + " where t.policy_id = ? order by t.id desc").param(policyId).query(Policies::task)
                .list();
    }

    @Transactional(readOnly = true)
    public List<PolicyChange> changes(long policyId) {
        return jdbc.sql(CHANGES + " where c.policy_id = ? order by c.version desc").param(policyId)
                .query(Policies::change).list();
    }

    /** The signed-in staff member's tasks, open ones first and the earliest due first. */
    @Transactional(readOnly = true)
    public Page<PolicyTask> myTasks(Pageable page) {
        long me = CurrentStaff.require().id();
        long total = jdbc.sql("select count(*) from compliance_policy_task where owner_id = ?").param(me)
                .query(Long.class).single();
        List<PolicyTask> rows = jdbc.sql(TASKS + " where t.owner_id = ? order by t.status desc, t.due_on, t.id"
                        + " limit ? offset ?")
                .params(me, page.getPageSize(), page.getOffset()).query(Policies::task).list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Closes one's own open task: revised (the policy's new version with the summary of what changed, for every
     * staff member to acknowledge), or no change needed with the reason.
     *
     * @throws LibraryRefused naming the field: no outcome, no note, no summary of the revision
     */
    public void complete(long taskId, Outcome outcome, String note, String revisedSummary) {
        PolicyTask task = jdbc.sql(TASKS + " where t.id = ?").param(taskId).query(Policies::task).optional()
                .filter(found -> found.ownerId() == CurrentStaff.require().id())
                .orElseThrow(() -> new LibraryNotFound("task", taskId));
        if (!task.open()) {
            throw new LibraryRefused(null, "compliance.task.done");
        }
        if (outcome == null) {
            throw new LibraryRefused("outcome", "compliance.task.outcomeRequired");
        }
        if (note == null || note.isBlank()) {
            throw new LibraryRefused("note", "compliance.task.noteRequired");
        }
        if (outcome == Outcome.REVISED && (revisedSummary == null || revisedSummary.isBlank())) {
            throw new LibraryRefused("revisedSummary", "compliance.task.summaryRequired");
        }
        Timestamp now = Timestamp.from(clock.instant());
        String username = CurrentStaff.require().username();
        if (jdbc.sql("""
                        update compliance_policy_task set status = 'DONE', outcome = ?, note = ?, done_at = ?
                        where id = ? and status = 'OPEN'""")
                .params(outcome.name(), note.strip(), now, taskId).update() != 1) {
            throw new LibraryRefused(null, "compliance.task.done");
        }
        if (outcome == Outcome.REVISED) {
            int version = jdbc.sql("""
                            update compliance_policy set version = version + 1, summary = ?, updated_by = ?,
                                updated_at = ?
                            where id = ? returning version""")
                    .params(revisedSummary.strip(), username, now, task.policyId()).query(Integer.class).single();
            jdbc.sql("""
                            insert into compliance_policy_change (policy_id, version, summary, task_id, changed_by,
                                changed_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(task.policyId(), version, revisedSummary.strip(), taskId, username, now).update();
        }
        audit.record(AuditRecord.change("compliance.task.complete", "PolicyTask", taskId, Map.of("status", "OPEN"),
                Map.of("status", "DONE", "outcome", outcome.name())));
    }

    /** The policy changes the signed-in staff member has not acknowledged yet, the oldest first. */
    @Transactional(readOnly = true)
    public List<PolicyChange> toAcknowledge() {
        return jdbc.sql(CHANGES + " " + """
                         where c.version = p.version and not exists (select 1 from compliance_policy_acknowledgement a
                                                   where a.change_id = c.id and a.staff_id = ?)
                        order by c.changed_at, c.id""")
                .param(CurrentStaff.require().id()).query(Policies::change).list();
    }

    /** How many tasks the staff member has open, and how many of them are past their day. */
    @Transactional(readOnly = true)
    public long[] openTasks(long staffId, java.time.LocalDate today) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where due_on < ?) from compliance_policy_task
                        where owner_id = ? and status = 'OPEN'""")
                .params(Date.valueOf(today), staffId)
                .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).single();
    }

    /** How many current policy versions the staff member has not acknowledged. */
    @Transactional(readOnly = true)
    public long unacknowledged(long staffId) {
        return jdbc.sql("""
                        select count(*) from compliance_policy_change c join compliance_policy p on p.id = c.policy_id
                        where c.version = p.version and not exists (select 1 from compliance_policy_acknowledgement a
                                                                    where a.change_id = c.id and a.staff_id = ?)""")
                .param(staffId).query(Long.class).single();
    }

    /** The signed-in staff member has read the change; acknowledging twice keeps the first. */
    public void acknowledge(long changeId) {
        if (!jdbc.sql("select exists (select 1 from compliance_policy_change where id = ?)").param(changeId)
                .query(Boolean.class).single()) {
            throw new LibraryNotFound("policy change", changeId);
        }
        if (jdbc.sql("""
                        insert into compliance_policy_acknowledgement (change_id, staff_id, acknowledged_at)
                        values (?, ?, ?) on conflict do nothing""")
                .params(changeId, CurrentStaff.require().id(), Timestamp.from(clock.instant())).update() == 1) {
            audit.record(AuditRecord.change("compliance.policy.acknowledge", "PolicyChange", changeId, null,
                    Map.of("staff", CurrentStaff.require().username())));
        }
    }

    /** An active staff member and when they acknowledged a change; null while not yet. */
    public record Acknowledgement(String displayName, String branchCode, java.time.Instant acknowledgedAt) {
    }

    /** Who has and who has not acknowledged the change, those who have not first. */
    @Transactional(readOnly = true)
    public Page<Acknowledgement> acknowledgements(long changeId, Pageable page) {
        long total = jdbc.sql("select count(*) from platform_staff_user where status = 'ACTIVE'").query(Long.class)
                .single();
        List<Acknowledgement> rows = jdbc.sql("""
                        select s.display_name, b.code, a.acknowledged_at from platform_staff_user s
                        join platform_branch b on b.id = s.branch_id
                        left join compliance_policy_acknowledgement a on a.staff_id = s.id and a.change_id = ?
                        where s.status = 'ACTIVE' order by a.acknowledged_at nulls first, b.code, s.id
                        limit ? offset ?""")
                .params(changeId, page.getPageSize(), page.getOffset())
                .query((row, n) -> {
                    Timestamp at = row.getTimestamp(3);
                    return new Acknowledgement(row.getString(1), row.getString(2), at == null ? null : at.toInstant());
                }).list();
        return new PageImpl<>(rows, page, total);
    }

    static PolicyTask task(ResultSet row, int n) throws SQLException {
        Date due = row.getDate("due_on");
        return new PolicyTask(row.getLong("id"), row.getLong("regulation_id"), row.getString("regulation_title"),
                row.getLong("policy_id"), row.getString("policy_code"), row.getString("policy_title"),
                row.getLong("owner_id"), row.getString("owner_name"), due.toLocalDate(), row.getString("status"),
                row.getString("outcome"), row.getString("note"));
    }

    private static PolicyChange change(ResultSet row, int n) throws SQLException {
        return new PolicyChange(row.getLong("id"), row.getLong("policy_id"), row.getString("code"),
                row.getString("title"), row.getInt("version"), row.getString("summary"), row.getString("changed_by"),
                row.getTimestamp("changed_at").toInstant());
    }

    private static Policy policy(ResultSet row, int n) throws SQLException {
        return new Policy(row.getLong("id"), row.getString("code"), row.getString("title"), row.getLong("owner_id"),
                row.getString("owner_name"), row.getInt("version"), row.getString("summary"),
                row.getTimestamp("updated_at").toInstant(), row.getLong("acknowledged"), row.getLong("staff"));
    }
}
