package org.opencounter.compliance.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;

import org.opencounter.compliance.screening.ListImport;
import org.opencounter.compliance.screening.ScreeningRefused;
import org.opencounter.compliance.screening.WatchListKind;
import org.opencounter.compliance.screening.WatchLists;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The watch lists (观察名单): each list's version in force, importing a new version from CSV, and a version's entries. */
@Controller
@RequestMapping("/compliance/screening/lists")
class WatchListController {

    private static final int VERSIONS_PER_PAGE = 10;
    private static final int ENTRIES_PER_PAGE = 25;

    private final WatchLists lists;

    WatchListController(WatchLists lists) {
        this.lists = lists;
    }

    @GetMapping
    String lists(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("threshold", WatchLists.defaultThreshold());
        return page(page, model);
    }

    @PostMapping
    String importList(@RequestParam(required = false) WatchListKind kind,
                      @RequestParam(required = false) BigDecimal threshold,
                      @RequestParam(required = false) MultipartFile file, @RequestParam String requestKey, Model model,
                      RedirectAttributes redirect) throws IOException {
        model.addAttribute("threshold", threshold);
        model.addAttribute("kind", kind);
        if (kind == null) {
            model.addAttribute("kindError", "compliance.list.kindRequired");
            return page(0, model);
        }
        boolean attached = file != null && !file.isEmpty();
        try {
            ListImport done = lists.importVersion(kind, attached ? file.getOriginalFilename() : null,
                    attached ? file.getBytes() : null, threshold, requestKey);
            if (!done.accepted()) {
                model.addAttribute("problems", done.problems());
                return page(0, model);
            }
            Flash.success(redirect, "compliance.list.imported", done.version().version(), done.version().entries(),
                    done.version().screenedNames(), done.version().hits());
            return "redirect:/compliance/screening/lists/" + done.version().id();
        } catch (ScreeningRefused refused) {
            model.addAttribute("thresholdError", refused);
            return page(0, model);
        }
    }

    @GetMapping("/{id}")
    String version(@PathVariable long id, @RequestParam(required = false) String q,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("version", lists.find(id));
        model.addAttribute("entries", lists.entries(id, q, PageRequest.of(Math.max(page, 0), ENTRIES_PER_PAGE)));
        model.addAttribute("q", q);
        return "compliance/watch-list";
    }

    private String page(int page, Model model) {
        model.addAttribute("active", lists.active());
        model.addAttribute("kinds", WatchListKind.values());
        model.addAttribute("versions", lists.versions(PageRequest.of(Math.max(page, 0), VERSIONS_PER_PAGE)));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("canImport", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/watch-lists";
    }
}
