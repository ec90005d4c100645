package org.opencounter.margin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.margin.credit.CreditApplicationForm;
import org.opencounter.margin.credit.CreditApplications;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.trading.CreditTransfers;
import org.opencounter.margin.trading.InterestPostings;
import org.opencounter.platform.Approvals;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.WealthFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Margin clients for tests: funded on 2026-10-15 so that on 2026-12-07 (where the clock is left) their 20-day
 * average is the deposit; assessed with the score given; their applications scored 78 (rating B) by the standard
 * investigation.
 */
public class MarginFixture {

    private final ClientsFixture staff;
    private final WealthFixture wealth;
    private final CreditApplications applications;
    private final MarginContracts contracts;
    private final Approvals approvals;
    private final CreditTransfers transfers;
    private final InterestPostings postings;
    private final JdbcClient jdbc;

    public MarginFixture(ApplicationContext context) {
        this.staff = new ClientsFixture(context);
        this.wealth = new WealthFixture(context, staff);
        this.applications = context.getBean(CreditApplications.class);
        this.contracts = context.getBean(MarginContracts.class);
        this.approvals = context.getBean(Approvals.class);
        this.transfers = context.getBean(CreditTransfers.class);
        this.postings = context.getBean(InterestPostings.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public ClientsFixture staff() {
        return staff;
    }

    public long client(int sequence, String deposit, int score) {
        TestClock.INSTANCE.setShanghai("2026-10-15T10:00");
        long client = staff.openClient(sequence);
        staff.deposit(client, deposit);
        TestClock.INSTANCE.setShanghai("2026-12-07T10:00");
        wealth.assess(client, score, InvestmentHorizon.LONG, EnumSet.allOf(InvestmentVariety.class));
        return client;
    }

    /** The standard investigation: income 400,000, assets 2,000,000, liabilities 100,000, first trade 2020-01-02. */
    public static CreditApplicationForm form(long client, String line) {
        CreditApplicationForm form = new CreditApplicationForm();
        form.setClientId(client);
        form.setDeclaredFirstTrade(LocalDate.parse("2020-01-02"));
        form.setAnnualIncome(new BigDecimal("400000"));
        form.setTotalAssets(new BigDecimal("2000000"));
        form.setLiabilities(new BigDecimal("100000"));
        form.setExternalReport("人行征信报告：无逾期记录");
        form.setExternalDefaults(0);
        form.setRecommendedLine(new BigDecimal(line));
        form.setRecommendation("客户资产稳定，建议授信。");
        return form;
    }

    /** A contract with the line, applied for by the credit officer and approved by the risk officer. */
    public MarginContract contract(int sequence, String line) {
        long client = client(sequence, "600000.00", 60);
        long id = staff.as("credit", () -> applications.apply(form(client, line)));
        long approval = staff.as("credit", () -> applications.visible(id)).approvalId();
        staff.as("risk", () -> approvals.approve(approval, "同意"));
        return staff.as("credit", () -> contracts.live(client)).orElseThrow();
    }

    /** Puts the security on the financing and lending lists as an index constituent counting at 70% as collateral. */
    public void financingTarget(String code) {
        jdbc.sql("""
                        insert into margin_security (code, financing_target, lending_target, collateral_rate,
                            index_constituent, government_bond, static_pe, updated_by, updated_at)
                        values (?, true, true, 0.70, true, false, 6.00, 'test', now())
                        on conflict (code) do update set financing_target = true, collateral_rate = 0.70,
                            index_constituent = true, static_pe = 6.00""")
                .param(code).update();
    }

    /**
     * The domain reference's worked example in the contract's credit account: cash 50,000, 10,000 shares of the
     * security, financed 300,000 with 2,000 of interest (at 45.00 a share: 165.56%).
     */
    public void workedExample(MarginContract contract, String code) {
        transfers.transferIn(contract.id(), new BigDecimal("50000.00"), LocalDate.parse("2026-12-07"),
                "fixture:" + contract.id(), "test");
        jdbc.sql("insert into margin_credit_position (contract_id, code, quantity, cost) values (?, ?, 10000, 300000)")
                .params(contract.id(), code).update();
        long debt = jdbc.sql("""
                        insert into margin_debt (contract_id, kind, code, quantity, principal, interest, opened_on,
                            accrued_until, status)
                        values (?, 'FINANCING', ?, 10000, 300000.00, 2000.00, '2026-12-07', '2026-12-07', 'OPEN')
                        returning id""")
                .params(contract.id(), code).query(Long.class).single();
        postings.accrued(contract.id(), debt, LocalDate.parse("2026-12-07"), new BigDecimal("2000.00"), "test");
    }
}
