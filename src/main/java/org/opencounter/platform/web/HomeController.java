package org.opencounter.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.DashboardCard;
import org.opencounter.platform.DashboardContributor;
import org.opencounter.platform.HomePanel;
import org.opencounter.platform.HomePanelContributor;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: the cards and panels the modules contribute for this staff member. */
@Controller
class HomeController {

    private final List<DashboardContributor> contributors;
    private final List<HomePanelContributor> panelContributors;

    HomeController(List<DashboardContributor> contributors, List<HomePanelContributor> panelContributors) {
        this.contributors = contributors;
        this.panelContributors = panelContributors;
    }

    @GetMapping("/")
    String home(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        List<DashboardCard> cards = new ArrayList<>();
        contributors.forEach(contributor -> cards.addAll(contributor.cardsFor(me)));
        cards.sort(Comparator.comparingInt(DashboardCard::order));
        model.addAttribute("cards", cards);
        List<HomePanel> panels = new ArrayList<>();
        panelContributors.forEach(contributor -> panels.addAll(contributor.panelsFor(me)));
        panels.sort(Comparator.comparingInt(HomePanel::order));
        model.addAttribute("panels", panels);
        return "platform/home";
    }
}
