package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opencounter.clients.TradingPermission;

/**
 * A client's standing against a board's permission rule on a day, with the figures the checks read.
 *
 * @param averageAssets the exact average of the daily assets (cash and securities at the close)
 * @param daysAveraged  the trading days averaged over (fewer than 20 only at the start of the calendar)
 * @param firstTrade    the earliest known day the client traded securities, or null
 */
public record Eligibility(TradingPermission board, LocalDate asOf, boolean accountActive, boolean institution,
                          BigDecimal averageAssets, int daysAveraged, LocalDate firstTrade) {

    public PermissionRule rule() {
        return PermissionRule.of(board);
    }

    public boolean assetsMet() {
        return institution || rule().assetsMet(averageAssets);
    }

    public boolean experienceMet() {
        return institution || PermissionRule.experienced(firstTrade, asOf);
    }

    public boolean eligible() {
        return accountActive && assetsMet() && experienceMet();
    }

    /** The average in cents, as shown and stored. Rounds down, so that a shown figure never flatters a failed check. */
    public BigDecimal averageAssetsShown() {
        return averageAssets.setScale(2, RoundingMode.DOWN);
    }

    public LocalDate experiencedFrom() {
        return firstTrade == null ? null : PermissionRule.experiencedFrom(firstTrade);
    }

    /** What the permission was granted on, as kept with it. */
    String evidence(long applicationId) {
        return "application " + applicationId + ": average assets " + averageAssetsShown().toPlainString() + " over "
                + daysAveraged + " trading days; first trade " + (firstTrade == null ? "-" : firstTrade)
                + "; risk disclosure signed";
    }

    /** The figures as the audit trail keeps them. */
    Map<String, Object> facts(long applicationId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("application", applicationId);
        facts.put("board", board);
        facts.put("averageAssets", averageAssetsShown());
        facts.put("daysAveraged", daysAveraged);
        facts.put("firstTrade", firstTrade);
        return facts;
    }
}
