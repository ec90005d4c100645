package org.opencounter.market.security;

import java.time.Clock;

import org.opencounter.market.SecurityCode;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and amends securities; every change is audited. */
@Service
public class SecurityService {

    private final SecurityRepository securities;
    private final AuditTrail audit;
    private final Clock clock;

    SecurityService(SecurityRepository securities, AuditTrail audit, Clock clock) {
        this.securities = securities;
        this.audit = audit;
        this.clock = clock;
    }

    /** Lists a new security; the code must fit its exchange, and may not exist yet. */
    @Transactional
    public Security list(SecurityCode code, SecurityTerms terms) {
        if (securities.existsById(code.code())) {
            throw new SecurityCode.InvalidSecurityCode("market.security.code.taken");
        }
        Security security = securities.save(new Security(code, terms, clock.instant()));
        audit.record(AuditRecord.change("market.security.create", "Security", code.code(), null, terms));
        return security;
    }

    @Transactional
    public void amend(String code, SecurityTerms terms) {
        Security security = securities.findById(code).orElseThrow();
        SecurityTerms before = security.terms();
        security.amend(terms, clock.instant());
        audit.record(AuditRecord.change("market.security.update", "Security", code, before, terms));
    }
}
