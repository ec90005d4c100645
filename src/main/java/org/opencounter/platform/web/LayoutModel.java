package org.opencounter.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.approval.ApprovalService;
import org.opencounter.platform.branch.BranchRepository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: the navigation for the user's roles, breadcrumbs, branch, request id. */
@ControllerAdvice
class LayoutModel {

    private final List<NavigationContributor> contributors;
    private final BranchRepository branches;
    private final ApprovalService approvals;

    LayoutModel(List<NavigationContributor> contributors, BranchRepository branches, ApprovalService approvals) {
        this.contributors = contributors;
        this.branches = branches;
        this.approvals = approvals;
    }

    @ModelAttribute("requestId")
    String requestId(HttpServletRequest request) {
        return (String) request.getAttribute(RequestIds.ATTRIBUTE);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    StaffPrincipal me() {
        return CurrentStaff.get().orElse(null);
    }

    @ModelAttribute("myBranch")
    Object myBranch() {
        return CurrentStaff.get().flatMap(me -> branches.findById(me.branchId())).orElse(null);
    }

    @ModelAttribute("navigation")
    Map<String, List<NavigationItem>> navigation() {
        Optional<StaffPrincipal> me = CurrentStaff.get();
        if (me.isEmpty() || me.get().mustChangePassword()) {
            return Map.of();
        }
        List<NavigationItem> visible = new ArrayList<>();
        contributors.forEach(contributor -> contributor.navigationItems().stream()
                .filter(item -> item.visibleTo(me.get())).forEach(visible::add));
        visible.sort(Comparator.comparingInt(NavigationItem::order));
        Map<String, List<NavigationItem>> sections = new LinkedHashMap<>();
        visible.forEach(item -> sections.computeIfAbsent(item.sectionKey(), key -> new ArrayList<>()).add(item));
        return sections;
    }

    @ModelAttribute("breadcrumb")
    NavigationItem breadcrumb(HttpServletRequest request) {
        String path = currentPath(request);
        return contributors.stream().flatMap(contributor -> contributor.navigationItems().stream())
                .filter(item -> !"/".equals(item.path()) && (path.equals(item.path()) || path.startsWith(item.path() + "/")))
                .max(Comparator.comparingInt(item -> item.path().length()))
                .orElse(null);
    }

    @ModelAttribute("inboxCount")
    long inboxCount() {
        return CurrentStaff.get().filter(me -> !me.mustChangePassword()).map(approvals::countInbox).orElse(0L);
    }
}
