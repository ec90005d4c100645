package org.opencounter.compliance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.compliance.aml.AmlScans;
import org.opencounter.platform.FileRefused;
import org.opencounter.platform.approval.ApprovalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

/**
 * AML cases on the real database: an alert opens a case and the client's next alert joins it; notes take
 * attachments; a filing needs a second compliance officer and then makes the report's XML; a case is dismissed with
 * its alerts; deadlines are 5 working days (a large-value alert's own, or from the confirmed suspicion).
 */
@IntegrationTest
class AmlCasesIntegrationTest {

    private static int sequence = 440;

    @Autowired ApplicationContext context;
    @Autowired AmlScans scans;
    @Autowired AmlCases cases;
    @Autowired ApprovalService approvals;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    /** A client who moves 460,000, 470,000 and 600,000 in on three days: structuring, then a large value. */
    private long suspiciousClient() {
        TestClock.INSTANCE.setShanghai("2026-11-02T09:30");
        long client = staff().openClient(sequence++);
        for (String[] move : new String[][] {{"2026-11-09", "460000.00"}, {"2026-11-10", "470000.00"},
                {"2026-11-11", "450000.00"}, {"2026-11-12", "600000.00"}}) {
            TestClock.INSTANCE.setShanghai(move[0] + "T10:00");
            staff().deposit(client, move[1]);
            TestClock.INSTANCE.setShanghai(move[0] + "T20:30");
            scans.scan(LocalDate.parse(move[0]), "compliance");
        }
        TestClock.INSTANCE.setShanghai("2026-11-13T10:00");
        return client;
    }

    private long alert(long client, String rule) {
        return jdbc.sql("select id from compliance_alert where client_id = ? and rule = ? and not shadow")
                .params(client, rule).query(Long.class).single();
    }

    @Test
    void anAlertOpensACaseTheNextJoinsItAndAFilingNeedsASecondOfficer() throws Exception {
        long client = suspiciousClient();
        long structuring = alert(client, "STRUCTURING");
        long large = alert(client, "LARGE_VALUE");

        long kase = staff().as("compliance", () -> cases.openFor(structuring));
        assertThat(staff().as("compliance", () -> cases.openFor(large))).as("joins the case under way").isEqualTo(kase);
        assertThat(staff().as("compliance", () -> cases.openFor(large))).as("asked again").isEqualTo(kase);
        AmlCase opened = cases.find(kase);
        assertThat(opened.reference()).matches("AML-2026-\\d{5}");
        assertThat(opened.alerts()).isEqualTo(2);
        // the large value of Thursday 12 November is due 5 working days later
        assertThat(opened.dueDate()).isEqualTo(LocalDate.parse("2026-11-19"));
        assertThat(jdbc.sql("select count(*) from compliance_alert where client_id = ? and status = 'IN_CASE'")
                .param(client).query(Long.class).single()).isEqualTo(2);

        assertThatThrownBy(() -> staff().as("compliance", () -> cases.note(kase, new AmlCases.Note(" ", null, null,
                UUID.randomUUID().toString())))).isInstanceOf(CaseRefused.class)
                .hasMessage("compliance.case.noteRequired");
        assertThatThrownBy(() -> staff().as("compliance", () -> cases.note(kase, new AmlCases.Note("合同扫描件",
                "contract.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), UUID.randomUUID().toString()))))
                .isInstanceOf(FileRefused.class);
        String key = UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.4\n% a scanned bank statement".getBytes(StandardCharsets.ISO_8859_1);
        long note = staff().as("compliance", () -> cases.note(kase, new AmlCases.Note("调取了客户近三个月银行流水",
                "statement.pdf", pdf, key)));
        assertThat(staff().as("compliance", () -> cases.note(kase, new AmlCases.Note("调取了客户近三个月银行流水",
                "statement.pdf", pdf, key)))).isEqualTo(note);
        assertThat(cases.notes(kase)).singleElement().satisfies(n -> assertThat(n.file().fileName())
                .isEqualTo("statement.pdf"));

        long approval = staff().as("compliance", () -> cases.requestFiling(kase, ReportKind.SUSPICIOUS,
                "多日分散转入，单笔接近大额标准，与客户收入不符"));
        AmlCase filing = cases.find(kase);
        assertThat(filing.status()).isEqualTo(CaseStatus.FILING);
        // confirmed on Friday 13 November: 5 working days is Friday 20th, but the large value is due on the 19th
        assertThat(filing.dueDate()).isEqualTo(LocalDate.parse("2026-11-19"));
        assertThatThrownBy(() -> staff().as("compliance", () -> approvals.approve(approval, "ok")))
                .as("no one approves their own filing").isInstanceOf(RuntimeException.class);
        staff().as("compliance2", () -> approvals.approve(approval, "复核同意报送"));

        AmlCase reported = cases.find(kase);
        assertThat(reported.status()).isEqualTo(CaseStatus.REPORTED);
        FiledReport report = cases.report(kase).orElseThrow();
        assertThat(report.requestedBy()).isEqualTo("compliance");
        assertThat(report.approvedBy()).isEqualTo("compliance2");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(cases.reportContent(kase)));
        assertThat(xml.getDocumentElement().getAttribute("kind")).isEqualTo("SUSPICIOUS");
        assertThat(xml.getElementsByTagName("Alert").getLength()).isEqualTo(2);
        // the transfers from the first near-threshold one to the large value
        assertThat(xml.getElementsByTagName("Transaction").getLength()).isEqualTo(4);
        assertThat(((org.w3c.dom.Element) xml.getElementsByTagName("Client").item(0)).getAttribute("idNumber"))
                .hasSize(18);

        assertThatThrownBy(() -> staff().as("compliance", () -> {
            cases.submitted(kase, "");
            return null;
        })).isInstanceOf(CaseRefused.class);
        staff().as("compliance", () -> cases.submitted(kase, "CAMLMAC-20261116-0001"));
        assertThat(cases.report(kase).orElseThrow().receipt()).isEqualTo("CAMLMAC-20261116-0001");

        var officer = user(staff().login("compliance"));
        String page = mvc.perform(get("/compliance/cases/" + kase).with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(reported.reference(), "已报告", "CAMLMAC-20261116-0001", "statement.pdf");
        var download = mvc.perform(get("/compliance/cases/" + kase + "/report").with(user(staff().login("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentType()).startsWith("application/xml");
        assertThat(download.getContentAsString(StandardCharsets.UTF_8)).contains("urn:opencounter:aml-report:1");
        mvc.perform(get("/compliance/cases/" + kase + "/notes/" + note + "/file").with(officer))
                .andExpect(status().isOk());
        mvc.perform(get("/compliance/cases?status=REPORTED").with(officer)).andExpect(status().isOk());
    }

    @Test
    void aCaseDismissedClosesItsAlertsAndARejectedFilingGoesBackToInvestigation() {
        long client = suspiciousClient();
        long kase = staff().as("compliance", () -> cases.openFor(alert(client, "STRUCTURING")));
        assertThatThrownBy(() -> staff().as("compliance", () -> cases.requestFiling(kase, ReportKind.LARGE_VALUE,
                "大额"))).isInstanceOf(CaseRefused.class).hasMessage("compliance.case.noLargeValue");

        long approval = staff().as("compliance", () -> cases.requestFiling(kase, ReportKind.SUSPICIOUS, "可疑"));
        assertThat(cases.find(kase).dueDate()).as("5 working days after Friday 13 November")
                .isEqualTo(LocalDate.parse("2026-11-20"));
        staff().as("compliance2", () -> approvals.reject(approval, "证据不足，请补充调查"));
        assertThat(cases.find(kase).status()).isEqualTo(CaseStatus.INVESTIGATING);

        assertThatThrownBy(() -> staff().as("compliance", () -> {
            cases.dismiss(kase, "");
            return null;
        })).isInstanceOf(CaseRefused.class).hasMessage("compliance.case.reasonRequired");
        staff().as("compliance", () -> cases.dismiss(kase, "客户为个体工商户，分批收回货款，已核实"));

        assertThat(cases.find(kase).status()).isEqualTo(CaseStatus.DISMISSED);
        assertThat(jdbc.sql("select status from compliance_alert where id = ?").param(alert(client, "STRUCTURING"))
                .query(String.class).single()).isEqualTo("DISMISSED");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where entity_type = 'AmlCase' and entity_id = ?")
                .param(String.valueOf(kase)).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }
}
