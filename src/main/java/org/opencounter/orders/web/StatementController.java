package org.opencounter.orders.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.orders.statement.Statement;
import org.opencounter.orders.statement.StatementPdf;
import org.opencounter.orders.statement.StatementUnavailable;
import org.opencounter.orders.statement.Statements;
import org.opencounter.platform.AuditOutcome;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Client statements (对账单): staff pick a fund account and a settled day or month and download the PDF. A bad
 * account, date or month comes back as the form with the reason next to the field. Every statement issued is a
 * sensitive view in the audit trail.
 */
@Controller
class StatementController {

    static final String VIEW = "orders/statements";

    private final Statements statements;
    private final StatementPdf pdf;
    private final TradingAccounts accounts;
    private final AuditTrail audit;

    StatementController(Statements statements, StatementPdf pdf, TradingAccounts accounts, AuditTrail audit) {
        this.statements = statements;
        this.pdf = pdf;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/orders/statements")
    ModelAndView form(@RequestParam Optional<String> account) {
        ModelAndView page = page(account, Optional.empty(), Optional.empty());
        present(account).ifPresent(number -> client(number, page.getModelMap()));
        return page;
    }

    @GetMapping("/orders/statements/daily")
    @Transactional
    ModelAndView daily(@RequestParam Optional<String> account, @RequestParam Optional<String> date,
                       HttpServletResponse response) throws IOException {
        ModelAndView page = page(account, date, Optional.empty());
        Optional<LocalDate> day = parse(date, LocalDate::parse, "dateError", "orders.statement.date.invalid", page);
        return issue(account, page, response, "dateError",
                day.map(d -> client -> statements.daily(client.clientId(), d)));
    }

    @GetMapping("/orders/statements/monthly")
    @Transactional
    ModelAndView monthly(@RequestParam Optional<String> account, @RequestParam Optional<String> month,
                         HttpServletResponse response) throws IOException {
        ModelAndView page = page(account, Optional.empty(), month);
        Optional<YearMonth> period = parse(month, YearMonth::parse, "monthError", "orders.statement.month.invalid", page);
        return issue(account, page, response, "monthError",
                period.map(m -> client -> statements.monthly(client.clientId(), m)));
    }

    /** Makes the statement and writes it as the response, or answers the form with what was wrong. */
    private ModelAndView issue(Optional<String> account, ModelAndView page, HttpServletResponse response,
                               String periodField, Optional<Function<TradingAccount, Statement>> make)
            throws IOException {
        Optional<String> number = present(account);
        if (number.isEmpty()) {
            page.addObject("accountError", "orders.statement.account.required");
        }
        Optional<TradingAccount> client = number.flatMap(found -> client(found, page.getModelMap()));
        if (client.isEmpty() || make.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        Statement statement;
        try {
            statement = make.get().apply(client.get());
        } catch (StatementUnavailable unavailable) {
            page.addObject(periodField, unavailable.messageKey());
            page.addObject("errorArgs", unavailable.arguments());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        byte[] document = pdf.render(statement);
        audit.record(AuditRecord.view("orders.statement.view", "Client", statement.client().clientId())
                .withOutcome(AuditOutcome.SUCCESS, statement.period().kind() + " " + statement.period().from() + ".."
                        + statement.period().to()));
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(statement.period().fileName(statement.client().fundAccountNumber()), StandardCharsets.UTF_8)
                .build().toString());
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
        return null;
    }

    private ModelAndView page(Optional<String> account, Optional<String> date, Optional<String> month) {
        Optional<LocalDate> lastSettled = statements.lastSettled();
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("accountValue", account.orElse(""));
        page.addObject("dateValue", date.orElse(lastSettled.map(LocalDate::toString).orElse("")));
        page.addObject("monthValue", month.orElse(lastSettled.map(YearMonth::from).map(YearMonth::toString)
                .orElse("")));
        page.addObject("lastSettled", lastSettled.orElse(null));
        return page;
    }

    private Optional<TradingAccount> client(String number, ModelMap model) {
        Optional<TradingAccount> client = accounts.visibleByFundAccount(number);
        if (client.isEmpty()) {
            model.addAttribute("accountError", "orders.form.account.unknown");
        }
        client.ifPresent(found -> model.addAttribute("client", found));
        return client;
    }

    private static <T> Optional<T> parse(Optional<String> text, Function<String, T> parser, String field, String error,
                                         ModelAndView page) {
        Optional<String> value = present(text);
        if (value.isEmpty()) {
            page.addObject(field, error);
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.get()));
        } catch (DateTimeParseException invalid) {
            page.addObject(field, error);
            return Optional.empty();
        }
    }

    private static Optional<String> present(Optional<String> text) {
        return text.map(String::strip).filter(value -> !value.isEmpty());
    }
}
