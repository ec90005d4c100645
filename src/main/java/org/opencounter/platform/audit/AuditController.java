package org.opencounter.platform.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Search and CSV export of the audit trail, for auditors and compliance officers. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditLog log;
    private final AuditTrail audit;
    private final Clock clock;

    AuditController(AuditLog log, AuditTrail audit, Clock clock) {
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String search(AuditQuery query, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("page", log.search(query, pageable));
        return "platform/audit";
    }

    @GetMapping("/export.csv")
    void export(AuditQuery query, HttpServletResponse response) throws IOException {
        audit.recordIndependently(new AuditRecord("platform.audit.export", "AuditTrail", null, null, query,
                org.opencounter.platform.AuditOutcome.SUCCESS, null, null));
        String name = "audit-" + LocalDateTime.now(clock.withZone(SHANGHAI)).format(FILE_STAMP) + ".csv";
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // lets Excel recognise UTF-8 (Chinese names)
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("id", "occurred_at", "username", "branch",
                "action", "entity_type", "entity_id", "outcome", "ip", "request_id", "detail", "before", "after")
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            log.forEach(query, entry -> print(csv, entry));
        }
    }

    private static void print(CSVPrinter csv, AuditEntry entry) {
        try {
            csv.printRecord(entry.id(), TIME.format(entry.occurredAt().atZone(SHANGHAI)), entry.username(),
                    entry.branchCode(), entry.action(), entry.entityType(), entry.entityId(), entry.outcome(),
                    entry.ipAddress(), entry.requestId(), entry.detail(), entry.before(), entry.after());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
