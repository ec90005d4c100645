package org.opencounter.wealth.web;

import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.assessment.DraftRules;
import org.opencounter.wealth.assessment.Questionnaire;
import org.opencounter.wealth.assessment.QuestionnaireDraft;
import org.opencounter.wealth.assessment.QuestionnaireNotFound;
import org.opencounter.wealth.assessment.QuestionnaireRefused;
import org.opencounter.wealth.assessment.QuestionnaireStatus;
import org.opencounter.wealth.assessment.QuestionnaireVersions;
import org.opencounter.wealth.assessment.Questionnaires;
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

/**
 * The risk tolerance questionnaire's versions (测评问卷管理): everyone who assesses clients reads them; compliance
 * drafts the next version, edits it, and asks a second compliance officer to activate it.
 */
@Controller
@RequestMapping("/wealth/questionnaires")
class QuestionnaireController {

    private static final String EDITOR = "wealth/questionnaire-edit";

    private final Questionnaires questionnaires;
    private final QuestionnaireVersions versions;

    QuestionnaireController(Questionnaires questionnaires, QuestionnaireVersions versions) {
        this.questionnaires = questionnaires;
        this.versions = versions;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("versions", questionnaires.versions());
        model.addAttribute("canDraft", CurrentStaff.require().hasAnyRole(WealthRoles.QUESTIONNAIRE_KEEPERS));
        return "wealth/questionnaires";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        Questionnaire questionnaire = questionnaires.byId(id).orElseThrow(() -> new QuestionnaireNotFound(id));
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("requestedBy", versions.activationRequestedBy(id));
        model.addAttribute("canEdit", questionnaire.status() == QuestionnaireStatus.DRAFT
                && CurrentStaff.require().hasAnyRole(WealthRoles.QUESTIONNAIRE_KEEPERS));
        model.addAttribute("canDraft", questionnaire.status() != QuestionnaireStatus.DRAFT
                && CurrentStaff.require().hasAnyRole(WealthRoles.QUESTIONNAIRE_KEEPERS));
        return "wealth/questionnaire";
    }

    @PostMapping("/{id}/draft")
    String draft(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long draftId = versions.draftFrom(id);
            Flash.success(redirect, "wealth.questionnaire.drafted");
            return "redirect:/wealth/questionnaires/" + draftId + "/edit";
        } catch (QuestionnaireRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/wealth/questionnaires/" + id;
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Questionnaire questionnaire = questionnaires.byId(id).orElseThrow(() -> new QuestionnaireNotFound(id));
        if (questionnaire.status() != QuestionnaireStatus.DRAFT || versions.activationRequestedBy(id) != null) {
            Flash.warning(redirect, "wealth.questionnaire.notEditable");
            return "redirect:/wealth/questionnaires/" + id;
        }
        model.addAttribute("form", QuestionnaireDraft.of(questionnaire));
        return editor(questionnaire, model);
    }

    /**
     * Saves the draft, or changes the form without saving: {@code addQuestion}, {@code removeQuestion:q},
     * {@code addOption:q}, {@code removeOption:q:o}.
     */
    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
                @ModelAttribute("form") QuestionnaireDraft form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        Questionnaire questionnaire = questionnaires.byId(id).orElseThrow(() -> new QuestionnaireNotFound(id));
        String[] parts = action.split(":");
        switch (parts[0]) {
            case "addQuestion" -> form.addQuestion();
            case "removeQuestion" -> form.removeQuestion(index(parts, 1));
            case "addOption" -> form.addOption(index(parts, 1));
            case "removeOption" -> form.removeOption(index(parts, 1), index(parts, 2));
            default -> {
                return save(id, form, errors, questionnaire, model, redirect);
            }
        }
        return editor(questionnaire, model);
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            versions.requestActivation(id);
            Flash.success(redirect, "wealth.questionnaire.activationRequested");
        } catch (QuestionnaireRefused refused) {
            Flash.error(redirect, refused.problems().isEmpty() ? refused.messageKey()
                    : "wealth.questionnaire.invalid", refused.arguments());
        }
        return "redirect:/wealth/questionnaires/" + id;
    }

    private String save(long id, QuestionnaireDraft form, BindingResult errors, Questionnaire questionnaire,
                        Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return editor(questionnaire, model);
        }
        try {
            versions.save(id, form);
            Flash.success(redirect, "wealth.questionnaire.saved");
            return "redirect:/wealth/questionnaires/" + id;
        } catch (QuestionnaireRefused refused) {
            if (refused.problems().isEmpty()) {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
            for (DraftRules.Problem problem : refused.problems()) {
                if (problem.field() == null) {
                    errors.reject(problem.key(), problem.figures(), null);
                } else {
                    errors.rejectValue(problem.field(), problem.key(), problem.figures(), null);
                }
            }
            return editor(questionnaire, model);
        }
    }

    private String editor(Questionnaire questionnaire, Model model) {
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("categories", RiskCategory.values());
        return EDITOR;
    }

    private static int index(String[] parts, int at) {
        try {
            return parts.length > at ? Integer.parseInt(parts[at]) : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
