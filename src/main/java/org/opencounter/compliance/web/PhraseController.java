package org.opencounter.compliance.web;

import org.opencounter.compliance.disclosure.DisclosureRefused;
import org.opencounter.compliance.Material;
import org.opencounter.compliance.disclosure.Phrase;
import org.opencounter.compliance.disclosure.PhraseDictionary;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The phrase dictionary of the disclosure check: forbidden wording and required disclosures. */
@Controller
@RequestMapping("/compliance/phrases")
class PhraseController {

    private static final int PER_PAGE = 30;

    private final PhraseDictionary dictionary;

    PhraseController(PhraseDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @GetMapping
    String phrases(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(page, model);
    }

    @PostMapping
    String add(@RequestParam(required = false) Phrase.Kind kind, @RequestParam(required = false) String phrase,
               @RequestParam(required = false) Material material, @RequestParam(required = false) String note,
               Model model, RedirectAttributes redirect) {
        try {
            dictionary.add(kind, phrase, material, note);
            Flash.success(redirect, "compliance.phrase.added", phrase.strip());
            return "redirect:/compliance/phrases";
        } catch (DisclosureRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("phrase", phrase);
            model.addAttribute("note", note);
            return page(0, model);
        }
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        dictionary.retire(id);
        Flash.success(redirect, "compliance.phrase.retired");
        return "redirect:/compliance/phrases";
    }

    private String page(int page, Model model) {
        model.addAttribute("phrases", dictionary.page(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("kinds", Phrase.Kind.values());
        model.addAttribute("materials", Material.values());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/phrases";
    }
}
