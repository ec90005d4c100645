package org.opencounter.compliance.restriction;

import java.util.List;
import java.util.Optional;

import org.opencounter.compliance.conduct.StaffIdentities;
import org.opencounter.compliance.conduct.StaffLink;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compliance's pre-trade check: a security on the restricted list on the trade date refuses the orders of every
 * client when the entry says so, otherwise those of staff and their declared relatives; a security of an open insider
 * project refuses the orders of the people on its list. Buys and sells alike; the watch list refuses nothing.
 */
@Component
class RestrictedListCheck implements PreTradeCheck {

    private final RestrictedCodes codes;
    private final Restrictions restrictions;
    private final InsiderLists insiders;
    private final StaffIdentities staff;
    private final JdbcClient jdbc;

    RestrictedListCheck(RestrictedCodes codes, Restrictions restrictions, InsiderLists insiders, StaffIdentities staff,
                        JdbcClient jdbc) {
        this.codes = codes;
        this.restrictions = restrictions;
        this.insiders = insiders;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "RESTRICTED_LIST";
    }

    @Override
    public int position() {
        return 170;
    }

    @Override
    public boolean appliesTo(OrderTicket ticket) {
        return codes.named(ticket.instrument().code());
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        String code = ticket.instrument().code();
        List<Restriction> inForce = restrictions.inForce(code, ticket.tradeDate());
        for (Restriction restriction : inForce) {
            if (restriction.scope() == RestrictionScope.ALL_CLIENTS) {
                return CheckVerdict.reject("compliance.check.restricted", code, restriction.reason());
            }
        }
        String idNumber = jdbc.sql("select id_number from clients_client where id = ?")
                .param(ticket.account().clientId()).query(String.class).single();
        if (!inForce.isEmpty()) {
            Optional<StaffLink> link = staff.link(idNumber);
            if (link.isPresent()) {
                return CheckVerdict.reject(link.get().own() ? "compliance.check.restrictedStaff"
                        : "compliance.check.restrictedRelative", code, inForce.get(0).reason());
            }
        }
        List<InsiderProject> projects = insiders.holding(code, ticket.tradeDate(), idNumber);
        if (!projects.isEmpty()) {
            return CheckVerdict.reject("compliance.check.insider", code, projects.get(0).name());
        }
        return CheckVerdict.pass();
    }
}
