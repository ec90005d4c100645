package org.opencounter.e2e;

/** The credit officer's investigation as typed on the application form: a client with stable assets and no defaults. */
final class CreditInvestigation {

    private CreditInvestigation() {
    }

    /** Income 400,000, assets 2,000,000, liabilities 100,000, a clean report, CSDC first trade 2020-01-02, a line. */
    static void fill(Browser browser, String line) {
        browser.type("annualIncome", "400000");
        browser.type("totalAssets", "2000000");
        browser.type("liabilities", "100000");
        browser.type("externalReport", "人行征信报告：无逾期记录");
        browser.setValue("declaredFirstTrade", "2020-01-02");
        browser.type("recommendedLine", line);
    }
}
