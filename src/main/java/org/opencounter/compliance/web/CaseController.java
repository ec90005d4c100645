package org.opencounter.compliance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.opencounter.compliance.aml.AmlAlerts;
import org.opencounter.compliance.casework.AmlCase;
import org.opencounter.compliance.casework.AmlCases;
import org.opencounter.compliance.casework.CaseNotFound;
import org.opencounter.compliance.casework.CaseRefused;
import org.opencounter.compliance.casework.CaseStatus;
import org.opencounter.compliance.casework.ReportKind;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.FileDownload;
import org.opencounter.platform.FileRefused;
import org.opencounter.platform.Flash;
import org.opencounter.platform.StoredFile;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** AML cases (反洗钱案件): the list with its deadlines, and a case's alerts, notes, decision and report. */
@Controller
@RequestMapping("/compliance")
class CaseController {

    private static final int CASES_PER_PAGE = 20;
    private static final String PAGE = "compliance/case";

    private final AmlCases cases;
    private final AmlAlerts alerts;
    private final TradingCalendar calendar;

    CaseController(AmlCases cases, AmlAlerts alerts, TradingCalendar calendar) {
        this.cases = cases;
        this.alerts = alerts;
        this.calendar = calendar;
    }

    @PostMapping("/alerts/{id}/case")
    String openFor(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long caseId = cases.openFor(id);
            Flash.success(redirect, "compliance.case.alertAdded", cases.find(caseId).reference());
            return "redirect:/compliance/cases/" + caseId;
        } catch (CaseRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/compliance/alerts/" + id;
        }
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) CaseStatus status,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("cases", cases.page(new AmlCases.Filter(status, overdue),
                PageRequest.of(Math.max(page, 0), CASES_PER_PAGE)));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", calendar.today());
        return "compliance/cases";
    }

    @GetMapping("/cases/{id}")
    String view(@PathVariable long id, Model model) {
        return page(cases.open(id), model);
    }

    @PostMapping("/cases/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String body,
                @RequestParam(required = false) MultipartFile file, @RequestParam String requestKey, Model model,
                RedirectAttributes redirect) throws IOException {
        boolean attached = file != null && !file.isEmpty();
        try {
            cases.note(id, new AmlCases.Note(body, attached ? file.getOriginalFilename() : null,
                    attached ? file.getBytes() : null, requestKey));
            Flash.success(redirect, "compliance.case.noted");
            return "redirect:/compliance/cases/" + id + "#notes";
        } catch (CaseRefused refused) {
            model.addAttribute("refusal", refused);
        } catch (FileRefused refused) {
            model.addAttribute("refusal", new CaseRefused("file", refused.messageKey(), refused.arguments()));
        }
        model.addAttribute("noteBody", body);
        return page(cases.find(id), model);
    }

    @PostMapping("/cases/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String closingReason, Model model,
                   RedirectAttributes redirect) {
        return step(id, () -> cases.dismiss(id, closingReason), "compliance.case.dismissed", model, redirect);
    }

    @PostMapping("/cases/{id}/filing")
    String requestFiling(@PathVariable long id, @RequestParam(required = false) ReportKind reportKind,
                         @RequestParam(required = false) String filingReason, Model model,
                         RedirectAttributes redirect) {
        model.addAttribute("filingReasonValue", filingReason);
        return step(id, () -> cases.requestFiling(id, reportKind, filingReason), "compliance.case.filingRequested",
                model, redirect);
    }

    @PostMapping("/cases/{id}/submitted")
    String submitted(@PathVariable long id, @RequestParam(required = false) String receipt, Model model,
                     RedirectAttributes redirect) {
        return step(id, () -> cases.submitted(id, receipt), "compliance.case.submittedDone", model, redirect);
    }

    /** Takes a step of the case: done, back to the case with the notice; refused, the case again with the reason. */
    private String step(long id, Runnable action, String doneKey, Model model, RedirectAttributes redirect) {
        try {
            action.run();
            Flash.success(redirect, doneKey);
            return "redirect:/compliance/cases/" + id;
        } catch (CaseRefused refused) {
            model.addAttribute("refusal", refused);
            return page(cases.find(id), model);
        }
    }

    @GetMapping("/cases/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        AmlCase found = cases.find(id);
        byte[] xml = cases.reportContent(id);
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("R" + found.reference() + ".xml").build().toString())
                .body(xml);
    }

    @GetMapping("/cases/{id}/notes/{noteId}/file")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long noteId) {
        StoredFile file = cases.attachment(id, noteId)
                .orElseThrow(() -> new CaseNotFound(id + "/note " + noteId));
        return FileDownload.of(file, cases.content(file), false);
    }

    private String page(AmlCase found, Model model) {
        model.addAttribute("kase", found);
        model.addAttribute("caseAlerts", alerts.byIds(cases.alertIds(found.id())));
        model.addAttribute("notes", cases.notes(found.id()));
        model.addAttribute("report", cases.report(found.id()).orElse(null));
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("today", calendar.today());
        model.addAttribute("requestKey", java.util.UUID.randomUUID().toString());
        model.addAttribute("canAct", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return PAGE;
    }
}
