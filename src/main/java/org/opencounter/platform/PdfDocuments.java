package org.opencounter.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Lays documents out as PDF (statements, allocation plans): a Thymeleaf template of well-formed XHTML, in the
 * reader's language, with its fonts embedded so it reads the same on every machine. Templates name the fonts
 * {@code 'Document Latin', 'Document CJK'}.
 */
@Component
public class PdfDocuments {

    private static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    PdfDocuments(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    public byte[] render(String template, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        variables.forEach(context::setVariable);
        String html = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> font(LATIN_FONT), "Document Latin");
            builder.useFont(() -> font(CJK_FONT), "Document CJK");
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
