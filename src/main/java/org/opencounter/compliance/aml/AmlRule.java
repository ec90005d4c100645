package org.opencounter.compliance.aml;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monitoring rules the scans apply, each with the parameters officers may change as a new version: the
 * anti-money-laundering rules, whose thresholds follow the PBOC's large-value and suspicious-transaction rules (2016
 * No. 3, amended 2018) and whose patterns are the securities industry's typical ones, and the post-trade surveillance
 * rules over the day's orders, trades and holdings.
 */
public enum AmlRule {
    /** A client's bank transfers of one direction in a day reach the large-value threshold for its kind. */
    LARGE_VALUE(AlertSource.AML, List.of(
            new Parameter("individualTransfer", new BigDecimal("1"), new BigDecimal("100000000")),
            new Parameter("institutionTransfer", new BigDecimal("1"), new BigDecimal("100000000")))),
    /** Several transfers of one direction just under the threshold, over more than one day of a window. */
    STRUCTURING(AlertSource.AML, List.of(
            new Parameter("windowDays", BigDecimal.ONE, new BigDecimal("30")),
            new Parameter("minTransfers", new BigDecimal("2"), new BigDecimal("50")),
            new Parameter("lowerFraction", new BigDecimal("0.5"), new BigDecimal("0.99")))),
    /** Money in and most of it out again within a window, with little trading in between. */
    RAPID_IN_OUT(AlertSource.AML, List.of(
            new Parameter("windowDays", BigDecimal.ONE, new BigDecimal("30")),
            new Parameter("minIn", new BigDecimal("1"), new BigDecimal("100000000")),
            new Parameter("outFraction", new BigDecimal("0.1"), BigDecimal.ONE),
            new Parameter("maxTurnoverFraction", BigDecimal.ZERO, BigDecimal.ONE))),
    /** An account idle for a long time suddenly moves a large amount. */
    DORMANT_ACTIVE(AlertSource.AML, List.of(
            new Parameter("dormantDays", new BigDecimal("30"), new BigDecimal("3650")),
            new Parameter("minAmount", new BigDecimal("1"), new BigDecimal("100000000")))),
    /** Money in over a window far beyond what the client declared as income and financial assets. */
    BEYOND_PROFILE(AlertSource.AML, List.of(
            new Parameter("windowDays", BigDecimal.ONE, new BigDecimal("90")),
            new Parameter("incomeMultiple", BigDecimal.ONE, new BigDecimal("100")),
            new Parameter("assetMultiple", BigDecimal.ONE, new BigDecimal("100")))),
    /**
     * Trades between related accounts (关联账户对倒): the client's fills met on the other side by a related client's
     * fills of the same security and price within seconds, for at least the amount in the day.
     */
    RELATED_WASH(AlertSource.AML, List.of(
            new Parameter("windowSeconds", BigDecimal.ONE, new BigDecimal("3600")),
            new Parameter("minAmount", BigDecimal.ONE, new BigDecimal("100000000")))),
    /** At least so many changes of the client's mobile number, address or bank card within the window. */
    FREQUENT_CHANGES(AlertSource.AML, List.of(
            new Parameter("windowDays", BigDecimal.ONE, new BigDecimal("365")),
            new Parameter("minChanges", new BigDecimal("2"), new BigDecimal("50")))),
    /**
     * Self-trades (自买自卖): the client's buy fills of a security each met by a sell fill of the same client, security
     * and price within seconds, at least so many of them and for at least the amount in the day.
     */
    SELF_TRADE(AlertSource.SURVEILLANCE, List.of(
            new Parameter("windowSeconds", BigDecimal.ONE, new BigDecimal("3600")),
            new Parameter("minPairs", BigDecimal.ONE, new BigDecimal("100")),
            new Parameter("minAmount", BigDecimal.ONE, new BigDecimal("100000000")))),
    /**
     * Frequent cancellations (频繁撤单): in a day, at least so many of the client's orders in a security withdrawn,
     * and at least so large a share of them.
     */
    FREQUENT_CANCEL(AlertSource.SURVEILLANCE, List.of(
            new Parameter("minCancels", BigDecimal.ONE, new BigDecimal("10000")),
            new Parameter("minCancelRatio", new BigDecimal("0.1"), BigDecimal.ONE))),
    /**
     * Pushing the price to the limit (拉抬打压至涨跌停): the client's buys at the day's limit-up price (or sells at the
     * limit-down), of at least the amount and at least the share of all the firm's fills at that price.
     */
    LIMIT_PUSH(AlertSource.SURVEILLANCE, List.of(
            new Parameter("minAmount", BigDecimal.ONE, new BigDecimal("1000000000")),
            new Parameter("minShare", new BigDecimal("0.01"), BigDecimal.ONE))),
    /**
     * Holdings near or past the 5% disclosure line (举牌, Securities Law art. 63): a client holds at least the set share
     * of an issuer's shares; each further whole percent past 5% raises its own alert.
     */
    HOLDING_THRESHOLD(AlertSource.SURVEILLANCE, List.of(
            new Parameter("nearFraction", new BigDecimal("0.01"), new BigDecimal("0.05"))));

    /** A parameter's name and the range a version may set it in, both ends included. */
    public record Parameter(String name, BigDecimal min, BigDecimal max) {

        public boolean accepts(BigDecimal value) {
            return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }
    }

    private final AlertSource source;
    private final List<Parameter> parameters;

    AmlRule(AlertSource source, List<Parameter> parameters) {
        this.source = source;
        this.parameters = parameters;
    }

    /** Whose alerts the rule raises: the AML monitoring's or the trade surveillance's. */
    public AlertSource source() {
        return source;
    }

    public List<Parameter> parameters() {
        return parameters;
    }
}
