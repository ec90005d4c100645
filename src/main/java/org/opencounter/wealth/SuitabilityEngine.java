package org.opencounter.wealth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.suitability.SuitabilityRules;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that answers "may this client buy this product" (适当性匹配): the verdict, its reasons and the rule
 * version, judged on the client's latest assessment and kept with who asked.
 */
@Service
@Transactional
public class SuitabilityEngine {

    static final String ENTITY = "SuitabilityVerdict";
    private static final String COLUMNS = """
            id, client_id, product_id, verdict, reasons, rule_version, assessment_id, asked_by, asked_at""";

    private final ClientProfiles clients;
    private final RiskAssessments assessments;
    private final ProductCatalogue catalogue;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    SuitabilityEngine(ClientProfiles clients, RiskAssessments assessments, ProductCatalogue catalogue,
                      TradingCalendar calendar, JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Judges the product for the client and stores the verdict. */
    public SuitabilityVerdict judge(long clientId, long productId) {
        ClientProfile client = clients.visible(clientId);
        Product product = catalogue.find(productId);
        Optional<RiskAssessment> assessment = assessments.latest(clientId);
        SuitabilityRules.Judgement judgement = judge(client.professional(), assessment.orElse(null), product);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into wealth_suitability_verdict (client_id, product_id, assessment_id, verdict, reasons,
                            rule_version, asked_by, asked_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(clientId, productId, assessment.map(RiskAssessment::id).orElse(null), judgement.fit().name(),
                        json.writeValueAsString(judgement.reasons()), SuitabilityRules.VERSION,
                        CurrentStaff.require().username(), Timestamp.from(now))
                .query(Long.class).single();
        SuitabilityVerdict verdict = new SuitabilityVerdict(id, clientId, productId, judgement.fit(),
                judgement.reasons(), SuitabilityRules.VERSION, assessment.map(RiskAssessment::id).orElse(null),
                CurrentStaff.require().username(), now);
        audit.record(AuditRecord.change("wealth.suitability.judge", ENTITY, id, null, facts(verdict, product)));
        return verdict;
    }

    /**
     * The verdict for a client the caller has already checked, without storing it (the pre-trade check stores its
     * result with the order).
     */
    @Transactional(readOnly = true)
    public SuitabilityRules.Judgement judge(boolean professional, RiskAssessment assessment, Product product) {
        return SuitabilityRules.judge(new SuitabilityRules.Investor(professional, assessment),
                new SuitabilityRules.Offer(product.riskLevel(), product.horizon(), product.variety(),
                        product.professionalOnly()), calendar.today());
    }

    /** A stored verdict of a client the staff member may see. */
    @Transactional(readOnly = true)
    public SuitabilityVerdict verdict(long verdictId) {
        SuitabilityVerdict verdict = jdbc.sql("select " + COLUMNS + " from wealth_suitability_verdict where id = ?")
                .param(verdictId).query(this::of).optional().orElseThrow(() -> new VerdictNotFound(verdictId));
        clients.visible(verdict.clientId());
        return verdict;
    }

    /** The client's verdicts, newest first. */
    @Transactional(readOnly = true)
    public Page<SuitabilityVerdict> verdicts(long clientId, Pageable page) {
        clients.visible(clientId);
        long total = jdbc.sql("select count(*) from wealth_suitability_verdict where client_id = ?").param(clientId)
                .query(Long.class).single();
        List<SuitabilityVerdict> rows = jdbc.sql("select " + COLUMNS + " from wealth_suitability_verdict"
                        + " where client_id = ? order by asked_at desc, id desc limit ? offset ?")
                .params(clientId, page.getPageSize(), page.getOffset()).query(this::of).list();
        return new PageImpl<>(rows, page, total);
    }

    private SuitabilityVerdict of(ResultSet row, int n) throws SQLException {
        Long assessment = row.getObject("assessment_id", Long.class);
        return new SuitabilityVerdict(row.getLong("id"), row.getLong("client_id"), row.getLong("product_id"),
                Fit.valueOf(row.getString("verdict")),
                Arrays.asList(json.readValue(row.getString("reasons"), VerdictReason[].class)),
                row.getString("rule_version"), assessment, row.getString("asked_by"),
                row.getTimestamp("asked_at").toInstant());
    }

    private static Map<String, Object> facts(SuitabilityVerdict verdict, Product product) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("clientId", verdict.clientId());
        facts.put("product", product.code());
        facts.put("riskLevel", product.riskLevel());
        facts.put("fit", verdict.fit());
        facts.put("reasons", verdict.reasons().stream().map(VerdictReason::key).toList());
        facts.put("assessmentId", verdict.assessmentId());
        facts.put("ruleVersion", verdict.ruleVersion());
        return facts;
    }
}
