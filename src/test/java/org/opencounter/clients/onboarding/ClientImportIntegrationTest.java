package org.opencounter.clients.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.kyc.ResidentIdNumber;
import org.opencounter.platform.approval.ApprovalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Client import from CSV and Excel, all rows or none, and the Excel export of the list. */
@IntegrationTest
class ClientImportIntegrationTest {

    private static final String HEADER = "name,id_type,id_number,id_expiry,gender,birth_date,nationality,mobile,address,"
            + "occupation,employer,income_band,education,source_of_funds,financial_assets,average_income,"
            + "investment_years,owner_username,bank,card_number";

    @Autowired
    ApplicationContext context;

    @Autowired
    ClientImport clientImport;

    @Autowired
    ApprovalService approvals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ClientsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClientsFixture(context);
    }

    /** A valid row for a woman born 1985-06-15 with the sequence number given (even, 000–998). */
    private static String row(String name, int sequence) {
        String first17 = "44030419850615" + String.format("%03d", sequence);
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        return name + ",RESIDENT_ID," + id + ",,FEMALE,1985-06-15,CHN,1390000" + String.format("%04d", sequence)
                + ",深圳市福田区福华路" + sequence + "号,PROFESSIONAL,某律所,FROM_500K_TO_1M,MASTER,SALARY,1200000,600000,6,"
                + "advisor,CMB,6222020200112345679";
    }

    private ImportResult importCsv(String... rows) {
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        return fixture.as("clerk", () -> clientImport.importFile("clients.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private long pendingIn(String name) {
        return jdbc.sql("select count(*) from clients_client where name = ? and status = 'PENDING'").param(name)
                .query(Long.class).single();
    }

    @Test
    void aCleanFileBecomesPendingClientsThatOneApprovalOpens() {
        ImportResult result = importCsv(row("导入甲", 2), row("导入乙", 4));
        assertThat(result.accepted()).isTrue();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(pendingIn("导入甲") + pendingIn("导入乙")).isEqualTo(2);
        long request = jdbc.sql("select max(id) from platform_approval_request where type = 'clients.import-batch'")
                .query(Long.class).single();
        fixture.as("manager", () -> approvals.approve(request, "核对无误"));
        assertThat(jdbc.sql("""
                        select count(*) from clients_client c join clients_fund_account f on f.client_id = c.id
                        where c.name in ('导入甲', '导入乙') and c.status = ?""").param(ClientStatus.ACTIVE.name())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void oneBadRowMeansNothingIsImportedAndEveryProblemIsReportedByLine() {
        String badCheck = row("坏行", 6).replaceFirst("(RESIDENT_ID,\\d{17}).", "$1" + "0");
        ImportResult result = importCsv(row("好行", 8), badCheck, row("重复行", 8).replace("好行", "重复行"));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.messageKey())
                .contains("3:id_number:clients.kyc.residentId.checkCharacter",
                        "4:id_number:clients.import.duplicateInFile");
        assertThat(pendingIn("好行")).isZero();
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() {
        assertThat(importCsv(row("再导入", 10)).accepted()).isTrue();
        ImportResult again = importCsv(row("再导入", 10));
        assertThat(again.accepted()).isFalse();
        assertThat(again.problems()).extracting(ImportProblem::messageKey).containsExactly("clients.onboarding.duplicate");
        assertThat(pendingIn("再导入")).isEqualTo(1);
    }

    @Test
    void missingColumnsAreReportedForTheFile() {
        ImportResult result = fixture.as("clerk", () -> clientImport.importFile("x.csv",
                "name,mobile\n张三,13800000000\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("clients.import.missingColumns");
            assertThat(p.column()).contains("id_number", "owner_username");
        });
    }

    @Test
    void anExcelFileImportsLikeACsvFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("clients");
        String[] header = HEADER.split(",");
        String[] values = row("表格导入", 12).split(",");
        for (int column = 0; column < header.length; column++) {
            sheet.value(0, column, header[column]);
            sheet.value(1, column, values[column]);
        }
        workbook.finish();
        ImportResult result = fixture.as("clerk", () -> clientImport.importFile("clients.xlsx", out.toByteArray()));
        assertThat(result.problems()).isEmpty();
        assertThat(pendingIn("表格导入")).isEqualTo(1);
    }

    @Test
    void theExportIsAnExcelFileOfTheVisibleListWithMaskedNumbers() throws Exception {
        byte[] file = mvc.perform(get("/clients/export.xlsx").param("status", "ACTIVE").with(user(fixture.login("advisor"))))
                .andReturn().getResponse().getContentAsByteArray();
        long expected = jdbc.sql("""
                select count(*) from clients_client c join platform_branch b on b.id = c.branch_id
                where b.code = 'SH01' and c.status = 'ACTIVE'""").query(Long.class).single();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("客户名称");
            assertThat(rows).hasSize((int) expected + 1);
            assertThat(rows.get(1).getCellText(4)).matches("[0-9A-Z]{3}\\*{11}[0-9A-Z]{4}");
        }
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'clients.client.export' and username = 'advisor'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
