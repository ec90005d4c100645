package org.opencounter.compliance.conduct;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells whether an identity number is a staff member's or one of their declared relatives'. */
@Component
public class StaffIdentities {

    private final JdbcClient jdbc;

    StaffIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<StaffLink> link(String idNumber) {
        Optional<String> number = IdentityNumber.normalised(idNumber);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select p.staff_id, u.display_name, null as relation from compliance_staff_profile p
                        join platform_staff_user u on u.id = p.staff_id where p.id_number = ?
                        union all
                        select r.staff_id, u.display_name, r.relation from compliance_staff_relative r
                        join platform_staff_user u on u.id = r.staff_id where r.id_number = ?
                        order by relation nulls first limit 1""")
                .params(number.get(), number.get())
                .query((row, n) -> new StaffLink(row.getLong(1), row.getString(2),
                        row.getString(3) == null ? null : Relation.valueOf(row.getString(3))))
                .optional();
    }
}
