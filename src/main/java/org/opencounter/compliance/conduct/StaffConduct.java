package org.opencounter.compliance.conduct;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.market.TradingCalendar;
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
 * The staff registry compliance keeps (执业行为管理): identity number and SAC practising certificate (the number the
 * staff account carries until compliance records the verified one, with its expiry), declared
 * relatives, continuing training; the certificates falling due and the client accounts that carry a staff member's
 * or a relative's identity number.
 */
@Service
@Transactional
public class StaffConduct {

    private static final String ENTITY = "StaffConduct";
    private static final BigDecimal MAX_HOURS = new BigDecimal("40");
    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.employee_number, b.code as branch_code, p.id_number,
                   coalesce(p.certificate_number, u.sac_number) as certificate_number, p.certificate_expiry,
                   coalesce((select sum(t.hours) from compliance_staff_training t where t.staff_id = u.id
                             and extract(year from t.held_on) = :year), 0) as training_hours,
                   (select count(*) from compliance_staff_relative r where r.staff_id = u.id) as relatives,
                   (select count(*) from clients_client c where c.status in ('PENDING', 'ACTIVE')
                      and (c.id_number = p.id_number or c.id_number in
                           (select r.id_number from compliance_staff_relative r where r.staff_id = u.id)))
                       as linked_accounts
            from platform_staff_user u join platform_branch b on b.id = u.branch_id
            left join compliance_staff_profile p on p.staff_id = u.id""";
    private static final String LINKED = """
            select c.id, c.name, b.code, s.staff_id, u.display_name, s.relation, c.owner_id = s.staff_id as served
            from (select staff_id, id_number, null as relation from compliance_staff_profile
                  union all select staff_id, id_number, relation from compliance_staff_relative) s
            join clients_client c on c.id_number = s.id_number and c.status in ('PENDING', 'ACTIVE')
            join platform_branch b on b.id = c.branch_id
            join platform_staff_user u on u.id = s.staff_id""";

    /** Which staff the registry list shows. */
    public enum Show {
        ALL, CERTIFICATE_DUE, TRAINING_SHORT, LINKED_ACCOUNTS
    }

    /** A course attended. */
    public record Training(long id, String course, LocalDate heldOn, BigDecimal hours, String recordedBy) {
    }

    /** A declared relative. */
    public record Relative(long id, String name, String idNumber, Relation relation, String declaredBy) {
    }

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    StaffConduct(JdbcClient jdbc, TradingCalendar calendar, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active staff the filter shows, certificates falling due first. */
    @Transactional(readOnly = true)
    public Page<StaffRecord> page(Show show, LocalDate today, Pageable page) {
        String where = switch (show) {
            case ALL -> "";
            case CERTIFICATE_DUE -> " where certificate_expiry <= :due";
            case TRAINING_SHORT -> " where training_hours < :minimum";
            case LINKED_ACCOUNTS -> " where linked_accounts > 0";
        };
        Map<String, Object> params = new HashMap<>();
        params.put("year", today.getYear());
        params.put("due", Date.valueOf(today.plusDays(StaffRecord.EXPIRY_NOTICE_DAYS)));
        params.put("minimum", StaffRecord.TRAINING_HOURS_A_YEAR);
        String staff = "select * from (" + SELECT + " where u.status = 'ACTIVE') s";
        long total = jdbc.sql("select count(*) from (" + staff + where + ") counted").params(params)
                .query(Long.class).single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<StaffRecord> rows = jdbc.sql(staff + where
                        + " order by certificate_expiry nulls last, display_name, id limit :limit offset :offset")
                .params(params).query(StaffConduct::record).list();
        return new PageImpl<>(rows, page, total);
    }

    /** The staff member's record, the look recorded in the audit trail: it shows identity numbers. */
    public StaffRecord open(long staffId, LocalDate today) {
        StaffRecord record = find(staffId, today);
        audit.record(AuditRecord.view("compliance.staff.view", ENTITY, staffId));
        return record;
    }

    @Transactional(readOnly = true)
    public StaffRecord find(long staffId, LocalDate today) {
        return jdbc.sql(SELECT + " where u.id = :id").param("year", today.getYear()).param("id", staffId)
                .query(StaffConduct::record).optional().orElseThrow(() -> new ConductNotFound("staff", staffId));
    }

    /**
     * Records the identity number and the practising certificate.
     *
     * @throws ConductRefused naming the field: no valid identity number, one another staff member has, a certificate
     *                        number without its expiry or the other way round
     */
    public void saveProfile(long staffId, String idNumber, String certificateNumber, LocalDate certificateExpiry) {
        StaffRecord before = find(staffId, calendar.today());
        String number = IdentityNumber.normalised(idNumber)
                .orElseThrow(() -> new ConductRefused("idNumber", "compliance.staff.idNumberInvalid"));
        Optional<Long> holder = jdbc.sql("select staff_id from compliance_staff_profile where id_number = ?")
                .param(number).query(Long.class).optional();
        if (holder.isPresent() && holder.get() != staffId) {
            throw new ConductRefused("idNumber", "compliance.staff.idNumberTaken");
        }
        String certificate = certificateNumber == null || certificateNumber.isBlank() ? null
                : certificateNumber.strip();
        if (certificate != null && certificateExpiry == null) {
            throw new ConductRefused("certificateExpiry", "compliance.staff.expiryRequired");
        }
        if (certificate == null && certificateExpiry != null) {
            throw new ConductRefused("certificateNumber", "compliance.staff.certificateRequired");
        }
        if (certificate != null && certificate.length() > 30) {
            throw new ConductRefused("certificateNumber", "compliance.staff.certificateTooLong");
        }
        jdbc.sql("""
                        insert into compliance_staff_profile (staff_id, id_number, certificate_number,
                            certificate_expiry, updated_by, updated_at) values (?, ?, ?, ?, ?, ?)
                        on conflict (staff_id) do update set id_number = excluded.id_number,
                            certificate_number = excluded.certificate_number,
                            certificate_expiry = excluded.certificate_expiry, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .params(staffId, number, certificate,
                        certificateExpiry == null ? null : Date.valueOf(certificateExpiry),
                        CurrentStaff.require().username(), Timestamp.from(clock.instant())).update();
        audit.record(AuditRecord.change("compliance.staff.profile", ENTITY, staffId,
                profile(before.certificateNumber(), before.certificateExpiry()),
                profile(certificate, certificateExpiry)));
    }

    /**
     * Records a relative the staff member declared; declared again, the relation is updated.
     *
     * @throws ConductRefused naming the field
     */
    public void declareRelative(long staffId, String name, String idNumber, Relation relation) {
        find(staffId, calendar.today());
        if (name == null || name.isBlank()) {
            throw new ConductRefused("relativeName", "compliance.staff.relativeNameRequired");
        }
        String number = IdentityNumber.normalised(idNumber)
                .orElseThrow(() -> new ConductRefused("relativeIdNumber", "compliance.staff.idNumberInvalid"));
        if (relation == null) {
            throw new ConductRefused("relation", "compliance.staff.relationRequired");
        }
        jdbc.sql("""
                        insert into compliance_staff_relative (staff_id, name, id_number, relation, declared_by,
                            declared_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (staff_id, id_number)
                            do update set name = excluded.name, relation = excluded.relation""")
                .params(staffId, name.strip().length() > 50 ? name.strip().substring(0, 50) : name.strip(), number,
                        relation.name(), CurrentStaff.require().username(), Timestamp.from(clock.instant())).update();
        audit.record(AuditRecord.change("compliance.staff.relative", ENTITY, staffId, null,
                Map.of("relative", name.strip(), "relation", relation.name())));
    }

    /** Removes a declared relative (a relation that ended), recorded in the audit trail. */
    public void removeRelative(long staffId, long relativeId) {
        jdbc.sql("select name, relation from compliance_staff_relative where id = ? and staff_id = ?")
                .params(relativeId, staffId).query().listOfRows().forEach(row -> {
                    jdbc.sql("delete from compliance_staff_relative where id = ?").param(relativeId).update();
                    audit.record(AuditRecord.change("compliance.staff.relative-removed", ENTITY, staffId, row, null));
                });
    }

    /**
     * Records a course attended; the same form sent again records it once.
     *
     * @throws ConductRefused naming the field: no course, no day or one still to come, hours outside 0 to 40
     */
    public void recordTraining(long staffId, String course, LocalDate heldOn, BigDecimal hours, String requestKey) {
        find(staffId, calendar.today());
        if (course == null || course.isBlank()) {
            throw new ConductRefused("course", "compliance.staff.courseRequired");
        }
        if (heldOn == null || heldOn.isAfter(calendar.today())) {
            throw new ConductRefused("heldOn", "compliance.staff.heldOnInvalid");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1) {
            throw new ConductRefused("hours", "compliance.staff.hoursInvalid", MAX_HOURS);
        }
        int recorded = jdbc.sql("""
                        insert into compliance_staff_training (staff_id, course, held_on, hours, request_key,
                            recorded_by,
                            recorded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (request_key) do nothing""")
                .params(staffId, course.strip().length() > 200 ? course.strip().substring(0, 200) : course.strip(),
                        Date.valueOf(heldOn), hours, requestKey, CurrentStaff.require().username(),
                        Timestamp.from(clock.instant())).update();
        if (recorded == 1) {
            audit.record(AuditRecord.change("compliance.staff.training", ENTITY, staffId, null,
                    Map.of("course", course.strip(), "hours", hours)));
        }
    }

    @Transactional(readOnly = true)
    public List<Relative> relatives(long staffId) {
        return jdbc.sql("select * from compliance_staff_relative where staff_id = ? order by id").param(staffId)
                .query((row, n) -> new Relative(row.getLong("id"), row.getString("name"), row.getString("id_number"),
                        Relation.valueOf(row.getString("relation")), row.getString("declared_by"))).list();
    }

    /** The courses of the year, the latest first. */
    @Transactional(readOnly = true)
    public List<Training> trainings(long staffId, int year) {
        return jdbc.sql("""
                        select * from compliance_staff_training where staff_id = ? and extract(year from held_on) = ?
                        order by held_on desc, id desc""")
                .params(staffId, year)
                .query((row, n) -> new Training(row.getLong("id"), row.getString("course"),
                        row.getDate("held_on").toLocalDate(), row.getBigDecimal("hours"),
                        row.getString("recorded_by"))).list();
    }

    /** The client accounts carrying a staff member's or a relative's identity number; breaches first. */
    @Transactional(readOnly = true)
    public Page<LinkedAccount> linkedAccounts(Pageable page) {
        long total = jdbc.sql("select count(*) from (" + LINKED + ") linked").query(Long.class).single();
        List<LinkedAccount> rows = jdbc.sql(LINKED + " order by s.relation nulls first, served desc, c.id"
                        + " limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(StaffConduct::linked).list();
        return new PageImpl<>(rows, page, total);
    }

    /** One staff member's linked client accounts. */
    @Transactional(readOnly = true)
    public List<LinkedAccount> linkedAccounts(long staffId) {
        return jdbc.sql(LINKED + " where s.staff_id = ? order by s.relation nulls first, c.id").param(staffId)
                .query(StaffConduct::linked).list();
    }

    private static Map<String, Object> profile(String certificate, LocalDate expiry) {
        Map<String, Object> state = new HashMap<>();
        state.put("certificate", certificate);
        state.put("expiry", expiry == null ? null : expiry.toString());
        return state;
    }

    private static LinkedAccount linked(ResultSet row, int n) throws SQLException {
        String relation = row.getString(6);
        return new LinkedAccount(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                row.getString(5), relation == null ? null : Relation.valueOf(relation), row.getBoolean(7));
    }

    private static StaffRecord record(ResultSet row, int n) throws SQLException {
        Date expiry = row.getDate("certificate_expiry");
        return new StaffRecord(row.getLong("id"), row.getString("username"), row.getString("display_name"),
                row.getString("employee_number"), row.getString("branch_code"), row.getString("id_number"),
                row.getString("certificate_number"), expiry == null ? null : expiry.toLocalDate(),
                row.getBigDecimal("training_hours"), row.getInt("relatives"), row.getInt("linked_accounts"));
    }
}
