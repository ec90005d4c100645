package org.opencounter.clients.web;

import org.opencounter.clients.ledger.LedgerCheck;
import org.opencounter.clients.ledger.LedgerCheckRun;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The auditors' view of the cash ledger consistency check: its runs, and a run on demand. */
@Controller
@RequestMapping("/clients/ledger-check")
class LedgerCheckController {

    private final LedgerCheck check;

    LedgerCheckController(LedgerCheck check) {
        this.check = check;
    }

    @GetMapping
    String runs(@PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("page", check.history(pageable));
        return "clients/ledger-check";
    }

    @PostMapping
    String runNow(RedirectAttributes redirect) {
        LedgerCheckRun run = check.run();
        if (run.clean()) {
            Flash.success(redirect, "clients.ledgerCheck.clean", run.entriesChecked(), run.accountsChecked());
        } else {
            Flash.error(redirect, "clients.ledgerCheck.breaks", run.breaks().size());
        }
        return "redirect:/clients/ledger-check";
    }
}
