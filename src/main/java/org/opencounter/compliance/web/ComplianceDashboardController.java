package org.opencounter.compliance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opencounter.compliance.aml.AmlAlerts;
import org.opencounter.compliance.aml.AmlRule;
import org.opencounter.compliance.casework.AmlCases;
import org.opencounter.compliance.conduct.StaffConduct;
import org.opencounter.compliance.disclosure.DisclosureReviews;
import org.opencounter.compliance.disclosure.DisclosureStatus;
import org.opencounter.compliance.screening.ScreeningHits;
import org.opencounter.market.TradingCalendar;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The compliance officer's dashboard (合规看板): what waits for the officers - open alerts by rule and age, overdue
 * cases and large-value reports, screening hits, certificates falling due, staff accounts, material awaiting review
 * - each figure leading to its list; the page refreshes its figures and charts every 30 seconds without a reload.
 */
@Controller
@RequestMapping("/compliance/dashboard")
class ComplianceDashboardController {

    /** A figure on the dashboard and the list it leads to. */
    record Figure(String key, long value, String link, boolean alarming) {
    }

    private final AmlAlerts alerts;
    private final AmlCases cases;
    private final ScreeningHits hits;
    private final StaffConduct conduct;
    private final DisclosureReviews disclosures;
    private final TradingCalendar calendar;

    ComplianceDashboardController(AmlAlerts alerts, AmlCases cases, ScreeningHits hits, StaffConduct conduct,
                                  DisclosureReviews disclosures, TradingCalendar calendar) {
        this.alerts = alerts;
        this.cases = cases;
        this.hits = hits;
        this.conduct = conduct;
        this.disclosures = disclosures;
        this.calendar = calendar;
    }

    @GetMapping
    String dashboard(Model model) {
        LocalDate today = calendar.today();
        Map<AmlRule, long[]> byAge = alerts.openByRuleAndAge(today);
        long openAlerts = byAge.values().stream().mapToLong(ages -> java.util.Arrays.stream(ages).sum()).sum();
        Map<DisclosureStatus, Long> byStatus = disclosures.countByStatus();
        long awaiting = byStatus.get(DisclosureStatus.SUBMITTED) + byStatus.get(DisclosureStatus.UNDER_REVIEW);
        long openHits = hits.openByKind().values().stream().mapToLong(Long::longValue).sum();
        long overdueReports = alerts.overdue(today);
        long overdueCases = cases.page(new AmlCases.Filter(null, true), PageRequest.of(0, 1)).getTotalElements();
        long certificatesDue = conduct.page(StaffConduct.Show.CERTIFICATE_DUE, today, PageRequest.of(0, 1))
                .getTotalElements();
        long linked = conduct.linkedAccounts(PageRequest.of(0, 1)).getTotalElements();
        model.addAttribute("figures", List.of(
                new Figure("compliance.dashboard.openAlerts", openAlerts, "/compliance/alerts", false),
                new Figure("compliance.dashboard.overdueReports", overdueReports, "/compliance/alerts?rule=LARGE_VALUE",
                        overdueReports > 0),
                new Figure("compliance.dashboard.overdueCases", overdueCases, "/compliance/cases?overdue=true",
                        overdueCases > 0),
                new Figure("compliance.dashboard.screeningHits", openHits, "/compliance/screening/hits",
                        openHits > 0),
                new Figure("compliance.dashboard.certificatesDue", certificatesDue,
                        "/compliance/staff?show=CERTIFICATE_DUE", certificatesDue > 0),
                new Figure("compliance.dashboard.staffAccounts", linked, "/compliance/staff/accounts", linked > 0),
                new Figure("compliance.dashboard.awaitingReview", awaiting, "/compliance/disclosures?status=SUBMITTED",
                        false)));
        model.addAttribute("rules", new ArrayList<>(byAge.keySet()));
        model.addAttribute("stackedAges", stackedAges(byAge));
        model.addAttribute("hitsByKind", hits.openByKind());
        model.addAttribute("disclosuresByStatus", byStatus);
        model.addAttribute("today", today);
        return "compliance/dashboard";
    }

    /** The counts as the stacked chart takes them: one series per age group, the rules in order within each. */
    private static String stackedAges(Map<AmlRule, long[]> byAge) {
        List<String> groups = new ArrayList<>();
        for (int group = 0; group <= AmlAlerts.AGE_LIMITS.length; group++) {
            int g = group;
            groups.add(String.join(",", byAge.values().stream().map(counts -> String.valueOf(counts[g])).toList()));
        }
        return String.join("|", groups);
    }
}
