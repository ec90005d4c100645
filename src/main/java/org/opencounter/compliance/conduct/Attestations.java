package org.opencounter.compliance.conduct;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * The yearly conduct attestation (年度执业承诺): compliance opens the year's round with the statement and the day it is
 * due; every active staff member signs it once; compliance follows who has not.
 */
@Service
@Transactional
public class Attestations {

    /** A year's round, with how many of the active staff have signed. */
    public record Round(long id, int year, String statement, LocalDate dueOn, long signed, long staff) {

        public boolean complete() {
            return signed >= staff;
        }
    }

    /** A staff member who has not signed the round. */
    public record Unsigned(long staffId, String displayName, String branchCode) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Attestations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the year's round.
     *
     * @throws ConductRefused naming the field: no year, one opened already, no statement, no due day
     */
    public long open(Integer year, String statement, LocalDate dueOn) {
        if (year == null || year < 2000 || year > 2100) {
            throw new ConductRefused("year", "compliance.attestation.yearInvalid");
        }
        if (jdbc.sql("select exists (select 1 from compliance_attestation_round where year = ?)").param(year)
                .query(Boolean.class).single()) {
            throw new ConductRefused("year", "compliance.attestation.yearOpened", String.valueOf(year));
        }
        if (statement == null || statement.isBlank()) {
            throw new ConductRefused("statement", "compliance.attestation.statementRequired");
        }
        if (dueOn == null) {
            throw new ConductRefused("dueOn", "compliance.attestation.dueRequired");
        }
        long id = jdbc.sql("""
                        insert into compliance_attestation_round (year, statement, due_on, opened_by, opened_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(year, statement.strip(), Date.valueOf(dueOn), CurrentStaff.require().username(),
                        Timestamp.from(clock.instant())).query(Long.class).single();
        audit.record(AuditRecord.change("compliance.attestation.open", "AttestationRound", id, null,
                Map.of("year", year)));
        return id;
    }

    /** The rounds, the latest year first. */
    @Transactional(readOnly = true)
    public List<Round> rounds() {
        return jdbc.sql("""
                        select r.id, r.year, r.statement, r.due_on,
                               (select count(*) from compliance_attestation a
                                join platform_staff_user s on s.id = a.staff_id
                                where a.round_id = r.id and s.status = 'ACTIVE') as signed,
                               (select count(*) from platform_staff_user s where s.status = 'ACTIVE') as staff
                        from compliance_attestation_round r order by r.year desc""")
                .query((row, n) -> new Round(row.getLong(1), row.getInt(2), row.getString(3),
                        row.getDate(4).toLocalDate(), row.getLong(5), row.getLong(6))).list();
    }

    /** The latest round, if any. */
    @Transactional(readOnly = true)
    public Optional<Round> latest() {
        return rounds().stream().findFirst();
    }

    /** When the signed-in staff member signed the round; empty while not. */
    @Transactional(readOnly = true)
    public Optional<Instant> signedAt(long roundId) {
        return jdbc.sql("select signed_at from compliance_attestation where round_id = ? and staff_id = ?")
                .params(roundId, CurrentStaff.require().id()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** The latest round, when the staff member has not signed it. */
    @Transactional(readOnly = true)
    public Optional<Round> unsignedBy(long staffId) {
        return latest().filter(round -> !jdbc.sql("""
                        select exists (select 1 from compliance_attestation where round_id = ? and staff_id = ?)""")
                .params(round.id(), staffId).query(Boolean.class).single());
    }

    /** The signed-in staff member signs the round; signing again keeps the first. */
    public void sign(long roundId) {
        if (!jdbc.sql("select exists (select 1 from compliance_attestation_round where id = ?)").param(roundId)
                .query(Boolean.class).single()) {
            throw new ConductNotFound("attestation round", roundId);
        }
        if (jdbc.sql("""
                        insert into compliance_attestation (round_id, staff_id, signed_at) values (?, ?, ?)
                        on conflict do nothing""")
                .params(roundId, CurrentStaff.require().id(), Timestamp.from(clock.instant())).update() == 1) {
            audit.record(AuditRecord.change("compliance.attestation.sign", "AttestationRound", roundId, null,
                    Map.of("staff", CurrentStaff.require().username())));
        }
    }

    /** The active staff who have not signed the round. */
    @Transactional(readOnly = true)
    public Page<Unsigned> unsigned(long roundId, Pageable page) {
        String from = """
                 from platform_staff_user s join platform_branch b on b.id = s.branch_id
                where s.status = 'ACTIVE' and not exists (select 1 from compliance_attestation a
                                                          where a.round_id = ? and a.staff_id = s.id)""";
        long total = jdbc.sql("select count(*)" + from).param(roundId).query(Long.class).single();
        List<Unsigned> rows = jdbc.sql("select s.id, s.display_name, b.code" + from
                        + " order by b.code, s.id limit ? offset ?")
                .params(roundId, page.getPageSize(), page.getOffset())
                .query((row, n) -> new Unsigned(row.getLong(1), row.getString(2), row.getString(3))).list();
        return new PageImpl<>(rows, page, total);
    }
}
