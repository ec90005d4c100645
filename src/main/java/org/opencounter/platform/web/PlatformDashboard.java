package org.opencounter.platform.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencounter.platform.DashboardCard;
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
    private final Clock clock;

    PlatformDashboard(ApprovalService approvals, StaffUserRepository users, Clock clock) {
        this.approvals = approvals;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<DashboardCard> cardsFor(StaffPrincipal staff) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
        numbers.setGroupingUsed(true);
        List<DashboardCard> cards = new ArrayList<>();
        long inbox = approvals.countInbox(staff);
        cards.add(new DashboardCard("platform.dashboard.pendingApprovals", numbers.format(inbox), "/approvals",
                "check2-square", inbox > 0 ? "warning" : "secondary", 10));
        if (staff.hasRole(Role.ADMIN)) {
            long locked = users.countLocked(clock.instant());
            cards.add(new DashboardCard("platform.dashboard.activeStaff", numbers.format(users.countActive()),
                    "/admin/staff", "people", "primary", 20));
            cards.add(new DashboardCard("platform.dashboard.lockedStaff", numbers.format(locked),
                    "/admin/staff?status=LOCKED", "lock", locked > 0 ? "danger" : "success", 30));
        }
        return cards;
    }
}
