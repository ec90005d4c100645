package org.opencounter.wealth.web;

import java.math.BigDecimal;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.complaint.Complaint;
import org.opencounter.wealth.complaint.ComplaintCategory;
import org.opencounter.wealth.complaint.ComplaintChannel;
import org.opencounter.wealth.complaint.ComplaintForm;
import org.opencounter.wealth.complaint.ComplaintNotFound;
import org.opencounter.wealth.complaint.ComplaintRefused;
import org.opencounter.wealth.complaint.ComplaintSeverity;
import org.opencounter.wealth.complaint.ComplaintStatistics;
import org.opencounter.wealth.complaint.ComplaintStatus;
import org.opencounter.wealth.complaint.Complaints;
import org.opencounter.wealth.complaint.Satisfaction;
import org.opencounter.wealth.product.ProductCatalogue;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Complaints (投诉处理): the branch's list, intake, one complaint's handling step by step, and the statistics. */
@Controller
@RequestMapping("/wealth/complaints")
class ComplaintController {

    private static final String FORM = "wealth/complaint-form";
    private static final int PER_PAGE = 20;

    private final Complaints complaints;
    private final ComplaintStatistics statistics;
    private final ClientProfiles clients;
    private final ProductCatalogue catalogue;
    private final TradingCalendar calendar;

    ComplaintController(Complaints complaints, ComplaintStatistics statistics, ClientProfiles clients,
                        ProductCatalogue catalogue, TradingCalendar calendar) {
        this.complaints = complaints;
        this.statistics = statistics;
        this.clients = clients;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("channels", ComplaintChannel.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("severities", ComplaintSeverity.values());
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("today", calendar.today());
        model.addAttribute("canHandle", CurrentStaff.require().hasAnyRole(WealthRoles.COMPLAINT_HANDLERS));
    }

    @GetMapping
    String list(@RequestParam(required = false) ComplaintStatus status,
                @RequestParam(required = false) ComplaintCategory category,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Long clientId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("complaints", complaints.page(new Complaints.Filter(status, category, overdue, clientId),
                PageRequest.of(Math.max(page, 0), PER_PAGE)));
        return "wealth/complaints";
    }

    @GetMapping("/new")
    String intake(@RequestParam(required = false) Long clientId, Model model) {
        ComplaintForm form = new ComplaintForm();
        form.setClientId(clientId);
        model.addAttribute("form", form);
        return form(model, clientId);
    }

    @PostMapping("/new")
    String intake(@Validated @ModelAttribute("form") ComplaintForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form.getClientId());
        }
        Complaint complaint = complaints.receive(form);
        Flash.success(redirect, "wealth.complaint.received", complaint.reference(), complaint.acknowledgeBy(),
                complaint.answerBy());
        return "redirect:/wealth/complaints/" + complaint.id();
    }

    @GetMapping("/statistics")
    String statistics(Model model) {
        model.addAttribute("summary", statistics.summary());
        return "wealth/complaint-statistics";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Complaint complaint = complaints.visible(id);
        model.addAttribute("complaint", complaint);
        model.addAttribute("history", complaints.history(id));
        model.addAttribute("product", complaint.productId() == null ? null : catalogue.find(complaint.productId()));
        return "wealth/complaint";
    }

    /** One handling step: assign, acknowledge, note, extend, close, callback or reopen. */
    @PostMapping("/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(defaultValue = "") String text,
                @RequestParam(defaultValue = "") String rootCause, @RequestParam(required = false) BigDecimal compensation,
                @RequestParam(required = false) Satisfaction satisfaction, RedirectAttributes redirect) {
        String limited = text.length() > 2000 ? text.substring(0, 2000) : text;
        try {
            switch (step) {
                case "assign" -> complaints.assign(id, limited);
                case "acknowledge" -> complaints.acknowledge(id);
                case "note" -> complaints.note(id, limited);
                case "extend" -> complaints.extend(id, limited.length() > 500 ? limited.substring(0, 500) : limited);
                case "close" -> complaints.close(id, rootCause.length() > 1000 ? rootCause.substring(0, 1000)
                        : rootCause, limited, compensation);
                case "callback" -> complaints.callback(id, satisfaction,
                        limited.length() > 500 ? limited.substring(0, 500) : limited);
                case "reopen" -> complaints.reopen(id, limited);
                default -> throw new ComplaintNotFound(id);
            }
            Flash.success(redirect, "wealth.complaint.step." + step);
        } catch (ComplaintRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/complaints/" + id;
    }

    private String form(Model model, Long clientId) {
        model.addAttribute("client", clientId == null ? null : clients.visible(clientId));
        model.addAttribute("products", catalogue.onSale());
        return FORM;
    }
}
