package org.opencounter.orders.statement;

import java.util.Locale;
import java.util.Map;

import org.opencounter.platform.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * Lays a statement out as a PDF: the Thymeleaf template {@code orders/statement-pdf} in Chinese, the client's
 * language for statements.
 */
@Component
public class StatementPdf {

    static final String TEMPLATE = "orders/statement-pdf";

    private final PdfDocuments documents;

    StatementPdf(PdfDocuments documents) {
        this.documents = documents;
    }

    public byte[] render(Statement statement) {
        return documents.render(TEMPLATE, Locale.SIMPLIFIED_CHINESE, Map.of("statement", statement));
    }
}
