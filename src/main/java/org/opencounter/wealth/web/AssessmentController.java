package org.opencounter.wealth.web;

import java.util.Map;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.assessment.AssessmentRefused;
import org.opencounter.wealth.assessment.QuestionnaireAudience;
import org.opencounter.wealth.assessment.Questionnaires;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client's risk tolerance assessment (风险承受能力测评): the questionnaire, the latest result and the history. */
@Controller
@RequestMapping("/wealth/clients/{id}/assessment")
class AssessmentController {

    private static final String PAGE = "wealth/assessment";
    private static final int RESULTS_PER_PAGE = 10;
    /** Which field each refusal belongs next to; the others are shown above the form. */
    private static final Map<String, String> FIELDS = Map.of(
            "wealth.assessment.horizonRequired", "horizon",
            "wealth.assessment.varietiesRequired", "varieties");

    private final ClientProfiles clients;
    private final RiskAssessments assessments;
    private final Questionnaires questionnaires;
    private final TradingCalendar calendar;

    AssessmentController(ClientProfiles clients, RiskAssessments assessments, Questionnaires questionnaires,
                         TradingCalendar calendar) {
        this.clients = clients;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.calendar = calendar;
    }

    @ModelAttribute
    void context(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        ClientProfile client = clients.visible(id);
        model.addAttribute("client", client);
        model.addAttribute("questionnaire", questionnaires.active(QuestionnaireAudience.of(client)).orElse(null));
        model.addAttribute("latest", assessments.latest(id).orElse(null));
        model.addAttribute("today", calendar.today());
        model.addAttribute("history", assessments.history(id, PageRequest.of(Math.max(page, 0), RESULTS_PER_PAGE)));
        model.addAttribute("horizons", InvestmentHorizon.values());
        model.addAttribute("varieties", InvestmentVariety.values());
        model.addAttribute("canAssess", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new AssessmentForm());
        return PAGE;
    }

    @PostMapping
    String assess(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            RiskAssessment result = assessments.assess(id, form.toAnswers());
            Flash.success(redirect, "wealth.assessment.recorded", result.score(), result.category());
            return "redirect:/wealth/clients/" + id + "/assessment";
        } catch (AssessmentRefused refused) {
            String field = FIELDS.get(refused.messageKey());
            if (field != null) {
                errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
            } else {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
            return PAGE;
        }
    }

    @GetMapping("/{assessmentId}")
    String answers(@PathVariable long id, @PathVariable long assessmentId, Model model) {
        model.addAttribute("answers", assessments.answers(id, assessmentId));
        model.addAttribute("assessmentId", assessmentId);
        return "wealth/assessment-answers";
    }
}
