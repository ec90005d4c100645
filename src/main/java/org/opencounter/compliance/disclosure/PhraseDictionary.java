package org.opencounter.compliance.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.opencounter.compliance.Material;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The phrase dictionary officers maintain: forbidden wording and required disclosures, added and retired. */
@Service
@Transactional
public class PhraseDictionary {

    private static final String ENTITY = "Phrase";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PhraseDictionary(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The phrases in use, forbidden first. */
    @Transactional(readOnly = true)
    public List<Phrase> live() {
        return jdbc.sql("select * from compliance_phrase where retired_at is null"
                        + " order by kind, material nulls first, id")
                .query(PhraseDictionary::phrase).list();
    }

    /** The phrases in use, a page at a time, forbidden first. */
    @Transactional(readOnly = true)
    public Page<Phrase> page(Pageable page) {
        long total = jdbc.sql("select count(*) from compliance_phrase where retired_at is null").query(Long.class)
                .single();
        List<Phrase> rows = jdbc.sql("select * from compliance_phrase where retired_at is null"
                        + " order by kind, material nulls first, id limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(PhraseDictionary::phrase).list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Adds a phrase; one in use already is not added twice.
     *
     * @throws DisclosureRefused naming the field: no phrase, one too long, a required phrase without its material
     */
    public void add(Phrase.Kind kind, String phrase, Material material, String note) {
        if (kind == null) {
            throw new DisclosureRefused("kind", "compliance.phrase.kindRequired");
        }
        if (phrase == null || phrase.isBlank()) {
            throw new DisclosureRefused("phrase", "compliance.phrase.phraseRequired");
        }
        if (phrase.strip().length() > 100) {
            throw new DisclosureRefused("phrase", "compliance.phrase.tooLong");
        }
        if (kind == Phrase.Kind.REQUIRED && material == null) {
            throw new DisclosureRefused("material", "compliance.phrase.materialRequired");
        }
        int added = jdbc.sql("""
                        insert into compliance_phrase (kind, phrase, material, note, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(kind.name(), phrase.strip(), material == null ? null : material.name(),
                        note == null || note.isBlank() ? null : note.strip(), CurrentStaff.require().username(),
                        Timestamp.from(clock.instant())).update();
        if (added == 1) {
            audit.record(AuditRecord.change("compliance.phrase.add", ENTITY, phrase.strip(), null,
                    Map.of("kind", kind.name(), "material", material == null ? "ALL" : material.name())));
        }
    }

    /** Retires a phrase: later checks no longer use it, the checks made with it stay as they were. */
    public void retire(long id) {
        if (jdbc.sql("update compliance_phrase set retired_by = ?, retired_at = ? where id = ? and retired_at is null")
                .params(CurrentStaff.require().username(), Timestamp.from(clock.instant()), id).update() == 1) {
            audit.record(AuditRecord.change("compliance.phrase.retire", ENTITY, id, Map.of("retired", false),
                    Map.of("retired", true)));
        }
    }

    private static Phrase phrase(ResultSet row, int n) throws SQLException {
        String material = row.getString("material");
        return new Phrase(row.getLong("id"), Phrase.Kind.valueOf(row.getString("kind")), row.getString("phrase"),
                material == null ? null : Material.valueOf(material), row.getString("note"),
                row.getString("added_by"), row.getTimestamp("added_at").toInstant());
    }
}
