package org.opencounter.compliance.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opencounter.compliance.aml.RuleMode;
import org.opencounter.compliance.aml.RuleVersion;

/** New parameters for a rule, to run active or in shadow, and why. */
public class RuleVersionForm {

    private Map<String, BigDecimal> parameters = new LinkedHashMap<>();
    private RuleMode mode = RuleMode.SHADOW;
    private String reason;

    /** A form starting from the version's parameters. */
    static RuleVersionForm from(RuleVersion version) {
        RuleVersionForm form = new RuleVersionForm();
        form.parameters.putAll(version.parameters());
        return form;
    }

    public Map<String, BigDecimal> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, BigDecimal> parameters) {
        this.parameters = parameters;
    }

    public RuleMode getMode() {
        return mode;
    }

    public void setMode(RuleMode mode) {
        this.mode = mode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
