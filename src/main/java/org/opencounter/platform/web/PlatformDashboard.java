package org.opencounter.platform.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.opencounter.platform.DashboardCard;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.DashboardContributor;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.approval.ApprovalService;
import org.opencounter.platform.staff.StaffUserRepository;
import org.springframework.stereotype.Component;

/** Home-page cards of the platform: the approvals inbox for everyone, staff figures for admins. */
@Component
class PlatformDashboard implements DashboardContributor {

    private final ApprovalService approvals;
    private final StaffUserRepository users;
    private final DisplayFormat format;
    private final Clock clock;

    PlatformDashboard(ApprovalService approvals, StaffUserRepository users, DisplayFormat format, Clock clock) {
        this.approvals = approvals;
        this.users = users;
        this.format = format;
        this.clock = clock;
    }

    @Override
    public List<DashboardCard> cardsFor(StaffPrincipal staff) {
        List<DashboardCard> cards = new ArrayList<>();
        long inbox = approvals.countInbox(staff);
        cards.add(new DashboardCard("platform.dashboard.pendingApprovals", format.number(inbox), "/approvals",
                "check2-square", inbox > 0 ? "warning" : "secondary", 10));
        if (staff.hasRole(Role.ADMIN)) {
            long locked = users.countLocked(clock.instant());
            cards.add(new DashboardCard("platform.dashboard.activeStaff", format.number(users.countActive()),
                    "/admin/staff", "people", "primary", 20));
            cards.add(new DashboardCard("platform.dashboard.lockedStaff", format.number(locked),
                    "/admin/staff?status=LOCKED", "lock", locked > 0 ? "danger" : "success", 30));
        }
        return cards;
    }
}
