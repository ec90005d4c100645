package org.opencounter.compliance.web;

import java.util.List;

import org.opencounter.platform.NavigationContributor;
import org.opencounter.platform.NavigationItem;
import org.springframework.stereotype.Component;

/** The compliance module's entries in the side navigation. */
@Component
class ComplianceNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("compliance.nav.section", "compliance.nav.dashboard", "/compliance/dashboard",
                        "clipboard-data", ComplianceRoles.READERS, 595),
                new NavigationItem("compliance.nav.section", "compliance.nav.alerts", "/compliance/alerts",
                        "exclamation-triangle", ComplianceRoles.READERS, 600),
                new NavigationItem("compliance.nav.section", "compliance.nav.cases", "/compliance/cases",
                        "folder2-open", ComplianceRoles.READERS, 605),
                new NavigationItem("compliance.nav.section", "compliance.nav.ratings", "/compliance/ratings",
                        "speedometer2", ComplianceRoles.READERS, 607),
                new NavigationItem("compliance.nav.section", "compliance.nav.rules", "/compliance/rules", "sliders",
                        ComplianceRoles.READERS, 610),
                new NavigationItem("compliance.nav.section", "compliance.nav.scans", "/compliance/scans", "search",
                        ComplianceRoles.READERS, 620),
                new NavigationItem("compliance.nav.section", "compliance.nav.screening", "/compliance/screening/hits",
                        "person-exclamation", ComplianceRoles.READERS, 630),
                new NavigationItem("compliance.nav.section", "compliance.nav.lists", "/compliance/screening/lists",
                        "list-check", ComplianceRoles.READERS, 635),
                new NavigationItem("compliance.nav.section", "compliance.nav.restrictions", "/compliance/restrictions",
                        "slash-circle", ComplianceRoles.READERS, 640),
                new NavigationItem("compliance.nav.section", "compliance.nav.insiders", "/compliance/insiders",
                        "incognito", ComplianceRoles.READERS, 645),
                new NavigationItem("compliance.nav.section", "compliance.nav.staff", "/compliance/staff",
                        "person-badge", ComplianceRoles.READERS, 650),
                new NavigationItem("compliance.nav.section", "compliance.nav.disclosures", "/compliance/disclosures",
                        "megaphone", ComplianceRoles.DISCLOSURE_READERS, 660),
                new NavigationItem("compliance.nav.section", "compliance.nav.phrases", "/compliance/phrases",
                        "spellcheck", ComplianceRoles.DISCLOSURE_READERS, 665),
                new NavigationItem("compliance.nav.section", "compliance.nav.regulations", "/compliance/regulations",
                        "journal-bookmark", ComplianceRoles.READERS, 670),
                new NavigationItem("compliance.nav.section", "compliance.nav.policies", "/compliance/policies",
                        "journal-text", ComplianceRoles.READERS, 675),
                new NavigationItem("compliance.nav.section", "compliance.nav.myTasks", "/compliance/my-tasks",
                        "list-task", java.util.EnumSet.allOf(org.opencounter.platform.Role.class), 680),
                new NavigationItem("compliance.nav.section", "compliance.nav.acknowledgements",
                        "/compliance/acknowledgements", "check2-square",
                        java.util.EnumSet.allOf(org.opencounter.platform.Role.class), 685),
                new NavigationItem("compliance.nav.section", "compliance.nav.declarations", "/compliance/declarations",
                        "gift", java.util.EnumSet.allOf(org.opencounter.platform.Role.class), 690),
                new NavigationItem("compliance.nav.section", "compliance.nav.declarationReview",
                        "/compliance/declarations/review", "clipboard-check", ComplianceRoles.READERS, 655),
                new NavigationItem("compliance.nav.section", "compliance.nav.attestations", "/compliance/attestations",
                        "pen", ComplianceRoles.READERS, 657));
    }
}
