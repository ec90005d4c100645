package org.opencounter.compliance.screening;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.opencounter.compliance.screening.ScreeningSubject.SubjectRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names screening looks at, read from the clients' records: every client being opened or active, and for an
 * institution its legal representative, controller and beneficial owners.
 */
@Component
class ClientSubjects {

    private static final int BATCH = 2000;
    private static final String SUBJECTS = """
            select c.id, c.branch_id, c.name as client_name, 'CLIENT' as role, c.name, c.id_number, c.birth_date
            from clients_client c where c.id = any(?)
            union all
            select c.id, c.branch_id, c.name, 'LEGAL_REPRESENTATIVE', c.legal_representative, null, null
            from clients_client c where c.id = any(?) and c.legal_representative is not null
            union all
            select c.id, c.branch_id, c.name, 'CONTROLLER', c.controller, null, null
            from clients_client c where c.id = any(?) and c.controller is not null and c.controller <> c.name
            union all
            select c.id, c.branch_id, c.name, 'BENEFICIAL_OWNER', b.name, b.id_number, null
            from clients_beneficial_owner b join clients_client c on c.id = b.client_id where c.id = any(?)""";

    private final JdbcClient jdbc;

    ClientSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every screened client's names, a batch of clients at a time. */
    void forEach(Consumer<List<ScreeningSubject>> batch) {
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.sql("""
                            select id from clients_client where status in ('PENDING', 'ACTIVE') and id > ?
                            order by id limit ?""")
                    .params(after, BATCH).query(Long.class).list();
            if (ids.isEmpty()) {
                return;
            }
            batch.accept(of(ids));
            after = ids.get(ids.size() - 1);
        }
    }

    /** The names of these clients. */
    List<ScreeningSubject> of(List<Long> clientIds) {
        Long[] ids = clientIds.toArray(Long[]::new);
        return jdbc.sql(SUBJECTS).params(ids, ids, ids, ids).query(ClientSubjects::subject).list();
    }

    private static ScreeningSubject subject(ResultSet row, int n) throws SQLException {
        Date birth = row.getDate("birth_date");
        return new ScreeningSubject(row.getLong("id"), row.getLong("branch_id"), row.getString("client_name"),
                SubjectRole.valueOf(row.getString("role")), row.getString("name"), row.getString("id_number"),
                birth == null ? null : birth.toLocalDate());
    }
}
