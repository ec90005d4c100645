package org.opencounter.clients.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientSearch;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.platform.AuditOutcome;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The client list as it is filtered now, up to 10,000 rows, as an Excel file; every export is audited. */
@Controller
class ClientExportController {

    /** The most rows one export writes. */
    static final int EXPORT_LIMIT = 10_000;

    private final ClientRepository clients;
    private final ClientRows rows;
    private final ClientListWorkbook workbook;
    private final AuditTrail audit;

    ClientExportController(ClientRepository clients, ClientRows rows, ClientListWorkbook workbook, AuditTrail audit) {
        this.clients = clients;
        this.rows = rows;
        this.workbook = workbook;
        this.audit = audit;
    }

    @GetMapping("/clients/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) ClientStatus status,
                @RequestParam(required = false) Long owner, @RequestParam(required = false) Long branch,
                HttpServletResponse response) throws IOException {
        Long scope = CurrentStaff.require().scopedBranchId();
        List<Client> found = clients.findAll(new ClientSearch(q, status, owner, branch).within(scope),
                PageRequest.of(0, EXPORT_LIMIT, Sort.by(Sort.Direction.DESC, "id"))).getContent();
        audit.recordIndependently(new AuditRecord("clients.client.export", ClientAccess.ENTITY, null, null,
                Map.of("q", q == null ? "" : q, "status", status == null ? "" : status.name()),
                AuditOutcome.SUCCESS, "rows " + found.size(), null));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"clients.xlsx\"");
        workbook.write(rows.of(found), LocaleContextHolder.getLocale(), response.getOutputStream());
    }
}
