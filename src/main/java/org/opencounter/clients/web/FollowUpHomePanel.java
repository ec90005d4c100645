package org.opencounter.clients.web;

import java.util.List;
import java.util.Map;

import org.opencounter.clients.followup.FollowUpRows;
import org.opencounter.clients.followup.FollowUpService;
import org.opencounter.platform.HomePanel;
import org.opencounter.platform.HomePanelContributor;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The overdue follow-ups on an account manager's (their own) or branch manager's (the branch's) home page. */
@Component
class FollowUpHomePanel implements HomePanelContributor {

    private final FollowUpService followUps;
    private final FollowUpRows rows;

    FollowUpHomePanel(FollowUpService followUps, FollowUpRows rows) {
        this.followUps = followUps;
        this.rows = rows;
    }

    @Override
    public List<HomePanel> panelsFor(StaffPrincipal staff) {
        boolean accountManager = staff.hasRole(Role.ACCOUNT_MANAGER);
        if (!accountManager && !staff.hasRole(Role.BRANCH_MANAGER)) {
            return List.of();
        }
        var overdue = rows.of(followUps.overdue(staff, accountManager, Pageable.ofSize(8)));
        return List.of(new HomePanel("clients.followUp.overdueTitle", "clients/home-follow-ups",
                Map.of("overdue", overdue), 200));
    }
}
