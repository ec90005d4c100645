package org.opencounter.compliance.casework;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates an approved case's report and keeps it, in the approval's transaction. The file is the house XML format
 * {@code urn:opencounter:aml-report:1}, modelled on the PBOC monitoring centre's reports but not its official schema:
 * {@code AmlReport} (kind, reference, case, generatedAt) holding the {@code Client} (id, kind, name, idType,
 * idNumber, branch), the {@code Grounds} (each alert: rule, version, date, amount), the {@code Transactions} of the
 * period the alerts cover (date, direction, amount, currency, channel), the {@code Reason} and the {@code Filing}
 * (requestedBy, approvedBy).
 */
@Component
class CaseReports {

    static final String NAMESPACE = "urn:opencounter:aml-report:1";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CaseReports(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void file(long caseId, String approvedBy) {
        Map<String, Object> kase = jdbc.sql("""
                        select k.reference, k.report_kind, k.filing_reason, k.filing_requested_by, k.client_id,
                               c.kind as client_kind, c.name, c.id_type, c.id_number, b.code as branch
                        from compliance_case k join clients_client c on c.id = k.client_id
                        join platform_branch b on b.id = k.branch_id
                        where k.id = ? and k.status = 'FILING' for update of k""")
                .param(caseId).query().listOfRows().stream().findFirst().orElse(null);
        if (kase == null) {
            return;
        }
        Instant now = clock.instant();
        String reference = "R" + kase.get("reference");
        byte[] xml = xml(caseId, kase, reference, approvedBy, now);
        jdbc.sql("""
                        insert into compliance_report (case_id, kind, reference, content, sha256, requested_by,
                            approved_by, generated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, kase.get("report_kind"), reference, xml, StoredFiles.sha256(xml),
                        kase.get("filing_requested_by"), approvedBy, Timestamp.from(now)).update();
        jdbc.sql("""
                        update compliance_case set status = 'REPORTED', closed_by = ?, closed_at = ?,
                            closing_reason = filing_reason where id = ?""")
                .params(approvedBy, Timestamp.from(now), caseId).update();
        audit.record(AuditRecord.change("compliance.case.reported", AmlCases.ENTITY, caseId,
                Map.of("status", CaseStatus.FILING), Map.of("status", CaseStatus.REPORTED, "report", reference,
                        "approvedBy", approvedBy)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void filingRejected(long caseId, String decidedBy) {
        int changed = jdbc.sql("""
                        update compliance_case set status = 'INVESTIGATING', approval_id = null
                        where id = ? and status = 'FILING'""")
                .param(caseId).update();
        if (changed == 1) {
            audit.record(AuditRecord.change("compliance.case.filing-rejected", AmlCases.ENTITY, caseId,
                    Map.of("status", CaseStatus.FILING), Map.of("status", CaseStatus.INVESTIGATING, "by", decidedBy)));
        }
    }

    private byte[] xml(long caseId, Map<String, Object> kase, String reference, String approvedBy, Instant now) {
        record Ground(String rule, int version, LocalDate date, BigDecimal amount) {
        }
        record Movement(LocalDate date, String direction, BigDecimal amount) {
        }
        List<Ground> grounds = jdbc.sql("""
                        select a.rule, v.version, a.business_date, a.amount from compliance_case_alert ca
                        join compliance_alert a on a.id = ca.alert_id
                        join compliance_aml_rule_version v on v.id = a.rule_version_id
                        where ca.case_id = ? order by a.business_date, a.id""")
                .param(caseId).query((row, n) -> new Ground(row.getString(1), row.getInt(2),
                        row.getDate(3).toLocalDate(), row.getBigDecimal(4))).list();
        List<Movement> movements = jdbc.sql("""
                        with period as (
                            select min(coalesce(cast(a.facts ->> 'first' as date), cast(a.facts ->> 'from' as date),
                                                a.business_date)) as first_day, max(a.business_date) as last_day
                            from compliance_case_alert ca join compliance_alert a on a.id = ca.alert_id
                            where ca.case_id = ?)
                        select e.business_date, case when e.kind = 'BANK_TRANSFER_IN' then 'IN' else 'OUT' end,
                               e.amount
                        from clients_journal_entry e join clients_fund_account f on f.id = e.fund_account_id
                        cross join period p
                        where f.client_id = ? and e.kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT')
                          and e.business_date between p.first_day and p.last_day
                        order by e.business_date, e.id""")
                .params(caseId, kase.get("client_id"))
                .query((row, n) -> new Movement(row.getDate(1).toLocalDate(), row.getString(2), row.getBigDecimal(3)))
                .list();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("AmlReport");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("kind", String.valueOf(kase.get("report_kind")));
            xml.writeAttribute("reference", reference);
            xml.writeAttribute("case", String.valueOf(kase.get("reference")));
            xml.writeAttribute("generatedAt", now.toString());
            xml.writeEmptyElement("Client");
            xml.writeAttribute("id", String.valueOf(kase.get("client_id")));
            xml.writeAttribute("kind", String.valueOf(kase.get("client_kind")));
            xml.writeAttribute("name", String.valueOf(kase.get("name")));
            xml.writeAttribute("idType", String.valueOf(kase.get("id_type")));
            xml.writeAttribute("idNumber", String.valueOf(kase.get("id_number")));
            xml.writeAttribute("branch", String.valueOf(kase.get("branch")));
            xml.writeStartElement("Grounds");
            for (Ground ground : grounds) {
                xml.writeEmptyElement("Alert");
                xml.writeAttribute("rule", ground.rule());
                xml.writeAttribute("version", String.valueOf(ground.version()));
                xml.writeAttribute("date", ground.date().toString());
                xml.writeAttribute("amount", ground.amount().toPlainString());
            }
            xml.writeEndElement();
            xml.writeStartElement("Transactions");
            for (Movement movement : movements) {
                xml.writeEmptyElement("Transaction");
                xml.writeAttribute("date", movement.date().toString());
                xml.writeAttribute("direction", movement.direction());
                xml.writeAttribute("amount", movement.amount().toPlainString());
                xml.writeAttribute("currency", "CNY");
                xml.writeAttribute("channel", "BANK_TRANSFER");
            }
            xml.writeEndElement();
            xml.writeStartElement("Reason");
            xml.writeCharacters(String.valueOf(kase.get("filing_reason")));
            xml.writeEndElement();
            xml.writeEmptyElement("Filing");
            xml.writeAttribute("requestedBy", String.valueOf(kase.get("filing_requested_by")));
            xml.writeAttribute("approvedBy", approvedBy);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The report of case " + caseId + " could not be written", e);
        }
        return out.toByteArray();
    }

}
