package org.opencounter.wealth.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.platform.PdfDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Product documents on the real database: compliance uploads a PDF that then opens byte for byte, a form sent twice
 * uploads once, a file that is not a document is refused next to the field, a withdrawal hides it and both are
 * audited; the demo products come with fact sheets that are real PDFs.
 */
@IntegrationTest
class ProductDocumentsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired ProductDocuments documents;
    @Autowired ProductCatalogue catalogue;
    @Autowired PdfDocuments pdf;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private long anyProduct() {
        return jdbc.sql("select max(id) from wealth_product").query(Long.class).single();
    }

    private MockMultipartHttpServletRequestBuilder upload(long product, MockMultipartFile file, String kind,
                                                          String requestKey) {
        MockMultipartHttpServletRequestBuilder request = multipart("/wealth/products/" + product + "/documents");
        request.file(file).param("kind", kind).param("title", "基金合同（2026年版）").param("requestKey", requestKey)
                .with(user(staff().login("compliance"))).with(csrf());
        return request;
    }

    private byte[] aPdf() {
        return pdf.render("wealth/product-fact-sheet-pdf", Locale.SIMPLIFIED_CHINESE,
                Map.of("product", catalogue.find(anyProduct())));
    }

    private long documentCount(long product) {
        return jdbc.sql("select count(*) from wealth_product_document where product_id = ? and status = 'CURRENT'")
                .param(product).query(Long.class).single();
    }

    @Test
    void compliancesUploadOpensByteForByteAndASecondSendUploadsNothing() throws Exception {
        long product = anyProduct();
        byte[] content = aPdf();
        long before = documentCount(product);
        MockMultipartFile file = new MockMultipartFile("file", "C:\\合同\\fund-contract.pdf", "application/pdf",
                content);
        String key = UUID.randomUUID().toString();

        mvc.perform(upload(product, file, "CONTRACT", key)).andExpect(status().is3xxRedirection());
        mvc.perform(upload(product, file, "CONTRACT", key)).andExpect(status().is3xxRedirection());

        assertThat(documentCount(product)).isEqualTo(before + 1);
        ProductDocument document = documents.current(product).stream()
                .filter(d -> d.kind() == ProductDocumentKind.CONTRACT).reduce((a, b) -> b).orElseThrow();
        assertThat(document.title()).isEqualTo("基金合同（2026年版）");
        assertThat(document.file().fileName()).as("no folder from the browser").isEqualTo("fund-contract.pdf");
        assertThat(document.file().sizeBytes()).isEqualTo(content.length);
        assertThat(document.file().sha256()).hasSize(64);

        var response = mvc.perform(get("/wealth/products/" + product + "/documents/" + document.id())
                        .with(user(staff().login("clerk"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("inline").contains("fund-contract.pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(content);

        String page = mvc.perform(get("/wealth/products/" + product).with(user(staff().login("clerk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("document-" + document.id()).contains("基金合同（2026年版）")
                .doesNotContain("document-form");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = ? and entity_id = ?")
                .params("wealth.product.document.upload", String.valueOf(document.id())).query(Long.class).single())
                .isOne();

        mvc.perform(post("/wealth/products/" + product + "/documents/" + document.id() + "/withdraw")
                        .with(user(staff().login("compliance"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(documentCount(product)).isEqualTo(before);
        assertThat(documents.find(product, document.id()).withdrawnBy()).isEqualTo("compliance");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = ? and entity_id = ?")
                .params("wealth.product.document.withdraw", String.valueOf(document.id())).query(Long.class)
                .single()).isOne();
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedNextToTheFieldAndNothingIsKept() throws Exception {
        long product = anyProduct();
        long before = documentCount(product);
        long files = jdbc.sql("select count(*) from platform_file").query(Long.class).single();
        // a program renamed to .pdf: the content decides, not the name
        MockMultipartFile program = new MockMultipartFile("file", "prospectus.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        String page = mvc.perform(upload(product, program, "PROSPECTUS", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"file-error\"").contains("“prospectus.pdf”不是 PDF、Word、Excel、PNG 或 JPEG 文件");

        String noKind = mvc.perform(upload(product, new MockMultipartFile("file", "a.pdf", "application/pdf",
                        aPdf()), "", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noKind).contains("id=\"kind-error\"");
        assertThat(documentCount(product)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from platform_file").query(Long.class).single()).isEqualTo(files);
    }

    @Test
    void onlyComplianceUploadsAndAnotherProductsDocumentIsNotFound() throws Exception {
        long product = anyProduct();
        MockMultipartFile file = new MockMultipartFile("file", "a.pdf", "application/pdf", aPdf());
        mvc.perform(multipart("/wealth/products/" + product + "/documents").file(file).param("kind", "OTHER")
                        .with(user(staff().login("advisor"))).with(csrf()))
                .andExpect(status().isForbidden());

        long demoDocument = jdbc.sql("select min(id) from wealth_product_document where product_id <> ?")
                .param(product).query(Long.class).single();
        mvc.perform(get("/wealth/products/" + product + "/documents/" + demoDocument)
                        .with(user(staff().login("clerk"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyDemoProductHasAFactSheetThatOpensAsAPdf() throws Exception {
        // the demo catalogue's 30 products come first; tests add theirs later
        assertThat(jdbc.sql("""
                        select count(*) from (select id from wealth_product order by id limit 30) p
                        where not exists (select 1 from wealth_product_document d where d.product_id = p.id
                                          and d.kind = 'FACT_SHEET' and d.request_key like 'demo-%')""")
                .query(Long.class).single()).as("demo products without a fact sheet").isZero();
        long product = jdbc.sql("select min(id) from wealth_product").query(Long.class).single();
        ProductDocument sheet = documents.current(product).stream()
                .filter(d -> d.kind() == ProductDocumentKind.FACT_SHEET).findFirst().orElseThrow();
        byte[] content = mvc.perform(get("/wealth/products/" + product + "/documents/" + sheet.id())
                        .with(user(staff().login("advisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument opened = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(opened);
            assertThat(text).contains("产品资料概要").contains(catalogue.find(product).issuer());
        }
    }
}
