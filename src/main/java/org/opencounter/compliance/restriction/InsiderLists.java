package org.opencounter.compliance.restriction;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.compliance.conduct.IdentityNumber;
import org.opencounter.compliance.restriction.InsiderProject.ProjectKind;
import org.opencounter.market.Instrument;
import org.opencounter.market.Securities;
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
 * Insider lists (内幕信息知情人登记): a project on a security is opened, the people who learn of it are added with
 * their identity numbers, and it is closed on the day the information is public; people stay on the list as a record.
 */
@Service
@Transactional
public class InsiderLists {

    private static final String ENTITY = "InsiderProject";
    private static final String SELECT = """
            select p.*, s.name as security_name,
                   (select count(*) from compliance_insider_person i where i.project_id = p.id) as people
            from compliance_insider_project p left join market_security s on s.code = p.security_code""";

    /** A project to open, as the form sends it. */
    public record Opening(String name, ProjectKind kind, String securityCode, LocalDate openedOn, String description,
                          String requestKey) {
    }

    private final JdbcClient jdbc;
    private final Securities securities;
    private final RestrictedCodes codes;
    private final AuditTrail audit;
    private final Clock clock;

    InsiderLists(JdbcClient jdbc, Securities securities, RestrictedCodes codes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.securities = securities;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the project; the same form sent again answers the project it opened.
     *
     * @throws RestrictionRefused naming the field
     */
    public long open(Opening opening) {
        Optional<Long> earlier = jdbc.sql("select id from compliance_insider_project where request_key = ?")
                .param(opening.requestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (opening.name() == null || opening.name().isBlank()) {
            throw new RestrictionRefused("name", "compliance.insider.nameRequired");
        }
        if (opening.kind() == null) {
            throw new RestrictionRefused("kind", "compliance.insider.kindRequired");
        }
        Instrument security = ListedSecurity.of(securities, opening.securityCode());
        if (opening.openedOn() == null) {
            throw new RestrictionRefused("openedOn", "compliance.insider.openedRequired");
        }
        long id = jdbc.sql("""
                        insert into compliance_insider_project (name, kind, security_code, opened_on, description,
                            request_key, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(ListedSecurity.limit(opening.name(), 100), opening.kind().name(), security.code(),
                        Date.valueOf(opening.openedOn()),
                        opening.description() == null || opening.description().isBlank() ? null
                                : ListedSecurity.limit(opening.description(), 500),
                        opening.requestKey(), CurrentStaff.require().username(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        codes.changed();
        audit.record(AuditRecord.change("compliance.insider.open", ENTITY, id, null, Map.of("security",
                security.code(), "kind", opening.kind().name())));
        return id;
    }

    /**
     * Adds a person to an open project's list; a person on it already stays as they were.
     *
     * @throws RestrictionRefused naming the field, or when the project is closed
     */
    public void add(long projectId, String name, String idNumber, String role) {
        InsiderProject project = find(projectId);
        if (project.closedOn() != null) {
            throw new RestrictionRefused(null, "compliance.insider.closed");
        }
        if (name == null || name.isBlank()) {
            throw new RestrictionRefused("personName", "compliance.insider.personRequired");
        }
        String id = IdentityNumber.normalised(idNumber)
                .orElseThrow(() -> new RestrictionRefused("idNumber", "compliance.insider.idNumberInvalid"));
        if (role == null || role.isBlank()) {
            throw new RestrictionRefused("role", "compliance.insider.roleRequired");
        }
        int added = jdbc.sql("""
                        insert into compliance_insider_person (project_id, name, id_number, role, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (project_id, id_number) do nothing""")
                .params(projectId, ListedSecurity.limit(name, 50), id, ListedSecurity.limit(role, 100),
                        CurrentStaff.require().username(), Timestamp.from(clock.instant())).update();
        if (added == 0) {
            return;
        }
        audit.record(AuditRecord.change("compliance.insider.add", ENTITY, projectId, null, Map.of("name", name.strip(),
                "role", role.strip())));
    }

    /**
     * Closes the project: its people may trade the security again after the day.
     *
     * @throws RestrictionRefused without a day, or with one before the project opened
     */
    public void close(long projectId, LocalDate closedOn) {
        InsiderProject project = find(projectId);
        if (closedOn == null) {
            throw new RestrictionRefused("closedOn", "compliance.insider.closedRequired");
        }
        if (closedOn.isBefore(project.openedOn())) {
            throw new RestrictionRefused("closedOn", "compliance.insider.closedBeforeOpened");
        }
        if (jdbc.sql("update compliance_insider_project set closed_on = ? where id = ? and closed_on is null")
                .params(Date.valueOf(closedOn), projectId).update() == 1) {
            codes.changed();
            audit.record(AuditRecord.change("compliance.insider.close", ENTITY, projectId, null,
                    Map.of("closedOn", closedOn.toString())));
        }
    }

    @Transactional(readOnly = true)
    public Page<InsiderProject> page(Pageable page) {
        long total = jdbc.sql("select count(*) from compliance_insider_project").query(Long.class).single();
        List<InsiderProject> rows = jdbc.sql(SELECT + " order by p.closed_on nulls first, p.opened_on desc, p.id desc"
                        + " limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(InsiderLists::project).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public InsiderProject find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(InsiderLists::project).optional()
                .orElseThrow(() -> new RestrictionNotFound(id));
    }

    /** The project's people, as they were added; the look is recorded, the list holding identity numbers. */
    public List<Insider> people(long projectId) {
        audit.record(AuditRecord.view("compliance.insider.view", ENTITY, projectId));
        return jdbc.sql("select * from compliance_insider_person where project_id = ? order by id").param(projectId)
                .query((row, n) -> new Insider(row.getLong("id"), row.getLong("project_id"), row.getString("name"),
                        row.getString("id_number"), row.getString("role"), row.getString("added_by"),
                        row.getTimestamp("added_at").toInstant())).list();
    }

    /** The open projects on the security on the day whose lists hold the identity number. */
    @Transactional(readOnly = true)
    public List<InsiderProject> holding(String securityCode, LocalDate day, String idNumber) {
        return jdbc.sql(SELECT + " " + """
                         where p.security_code = ? and p.opened_on <= ? and (p.closed_on is null or p.closed_on >= ?)
                            and exists (select 1 from compliance_insider_person i where i.project_id = p.id
                                        and i.id_number = ?)""")
                .params(securityCode, Date.valueOf(day), Date.valueOf(day),
                        IdentityNumber.normalised(idNumber).orElse(""))
                .query(InsiderLists::project).list();
    }

    private static InsiderProject project(ResultSet row, int n) throws SQLException {
        Date closed = row.getDate("closed_on");
        return new InsiderProject(row.getLong("id"), row.getString("name"), ProjectKind.valueOf(row.getString("kind")),
                row.getString("security_code"), row.getString("security_name"),
                row.getDate("opened_on").toLocalDate(), closed == null ? null : closed.toLocalDate(),
                row.getString("description"), row.getString("created_by"), row.getInt("people"));
    }
}
