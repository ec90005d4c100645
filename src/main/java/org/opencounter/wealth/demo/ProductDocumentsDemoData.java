package org.opencounter.wealth.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.opencounter.platform.PdfDocuments;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductDocumentKind;
import org.opencounter.wealth.product.ProductDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each demo product's fact sheet (产品资料概要) as a real PDF, made from the catalogue entry and uploaded by the
 * compliance login through the same service as the product page. The demo catalogue is always the same, so each
 * sheet is rendered once per run and kept for a reload of the demo data (as every test class does).
 */
@Component
class ProductDocumentsDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(ProductDocumentsDemoData.class);
    private static final String KEY = "demo-fact-sheet-";
    private static final String TEMPLATE = "wealth/product-fact-sheet-pdf";

    private final ProductCatalogue catalogue;
    private final ProductDocuments documents;
    private final PdfDocuments pdf;
    private final DemoStaff staff;
    private final JdbcClient jdbc;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    ProductDocumentsDemoData(ProductCatalogue catalogue, ProductDocuments documents, PdfDocuments pdf,
                             DemoStaff staff, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.pdf = pdf;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 56;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from wealth_product_document where request_key like ?)")
                .param(KEY + "%").query(Boolean.class).single()) {
            return;
        }
        List<Long> products = jdbc.sql("select id from wealth_product order by id").query(Long.class).list();
        long started = System.nanoTime();
        staff.as("compliance", () -> {
            products.forEach(this::factSheet);
            return products.size();
        });
        log.info("Demo product fact sheets: {} PDFs in {} ms", products.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void factSheet(long productId) {
        Product product = catalogue.find(productId);
        byte[] content = rendered.computeIfAbsent(product.code(),
                code -> pdf.render(TEMPLATE, Locale.SIMPLIFIED_CHINESE, Map.of("product", product)));
        documents.upload(productId, new ProductDocuments.Upload(ProductDocumentKind.FACT_SHEET,
                product.nameZh() + " 产品资料概要", product.code() + "-fact-sheet.pdf", content, KEY + productId));
    }
}
