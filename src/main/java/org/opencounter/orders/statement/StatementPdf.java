package org.opencounter.orders.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Lays a statement out as a PDF: the Thymeleaf template {@code orders/statement-pdf} (well-formed XHTML) in Chinese,
 * the client's language for statements, with its fonts embedded so it reads the same on every machine.
 */
@Component
public class StatementPdf {

    static final String TEMPLATE = "orders/statement-pdf";
    private static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    StatementPdf(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    public byte[] render(Statement statement) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable("statement", statement);
        String html = templates.process(TEMPLATE, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> font(LATIN_FONT), "Statement Latin");
            builder.useFont(() -> font(CJK_FONT), "Statement CJK");
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String resource) {
        InputStream stream = PDDocument.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Font " + resource + " is missing from the classpath");
        }
        return stream;
    }
}
