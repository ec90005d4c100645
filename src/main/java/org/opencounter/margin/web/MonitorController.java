package org.opencounter.margin.web;

import java.util.List;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.margin.RatioBand;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.margin.trading.CreditLedgerCheck;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk officer's collateral monitor (维持担保比例监控): every live contract at the latest prices, lowest ratio
 * first, in colour bands, with how many stand in each band.
 */
@Controller
@RequestMapping("/margin/monitor")
class MonitorController {

    private static final int PER_PAGE = 25;

    private final CollateralValuation valuation;
    private final MarginCalls calls;
    private final ClientProfiles clients;
    private final CreditLedgerCheck ledger;

    MonitorController(CollateralValuation valuation, MarginCalls calls, ClientProfiles clients,
                      CreditLedgerCheck ledger) {
        this.valuation = valuation;
        this.calls = calls;
        this.clients = clients;
        this.ledger = ledger;
    }

    @GetMapping
    String monitor(@RequestParam(required = false) RatioBand band, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        List<ContractRatio> all = valuation.all(CurrentStaff.require().scopedBranchId());
        List<ContractRatio> shown = band == null ? all : all.stream().filter(r -> r.band() == band).toList();
        PageRequest request = PageRequest.of(Math.max(page, 0), PER_PAGE);
        int from = (int) Math.min(request.getOffset(), shown.size());
        Page<ContractRatio> ratios = new PageImpl<>(shown.subList(from, Math.min(from + PER_PAGE, shown.size())),
                request, shown.size());
        model.addAttribute("ratios", ratios);
        model.addAttribute("names", clients.names(ratios.map(ContractRatio::clientId).toSet()));
        model.addAttribute("counts", CollateralValuation.countByBand(all));
        model.addAttribute("calls", calls.standing());
        model.addAttribute("bands", RatioBand.values());
        // the credit cash check is firm-wide: head office sees its breaks
        model.addAttribute("ledgerBreaks", CurrentStaff.require().scopedBranchId() == null ? ledger.breaks()
                : List.of());
        return "margin/monitor";
    }
}
