package org.opencounter.wealth.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.orders.TradingDesk;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.WealthFixture;
import org.opencounter.wealth.sales.ProductSales;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** A December campaign at SH01 for C3–C5 clients with at least 50,000, offering WM2026A01. */
@IntegrationTest
class CampaignsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Campaigns campaigns;
    @Autowired ProductSales sales;

    private TradingDesk desk;
    private ClientsFixture staff;
    private WealthFixture wealth;
    private static int sequence = 495;

    @BeforeEach
    void onTheSecondOfDecember() {
        TestClock.INSTANCE.setShanghai("2026-12-02T10:00");
        desk = new TradingDesk(context);
        staff = desk.fixture();
        wealth = new WealthFixture(context, staff);
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private long client(String cash, int score) {
        long client = desk.clientWith(sequence++, cash);
        wealth.assess(client, score, InvestmentHorizon.LONG, EnumSet.allOf(InvestmentVariety.class));
        return client;
    }

    private CampaignForm december() {
        CampaignForm form = new CampaignForm();
        form.setName("年末稳健理财季");
        form.setStartsOn(LocalDate.parse("2026-12-01"));
        form.setEndsOn(LocalDate.parse("2026-12-31"));
        form.setChannel(CampaignChannel.PHONE);
        form.setMinCategory(RiskCategory.C3);
        form.setMaxCategory(RiskCategory.C5);
        form.setMinAssets(new BigDecimal("50000.00"));
        form.setProductIds(List.of(wealth.productId("WM2026A01")));
        return form;
    }

    private List<Long> leadIds(long campaign) {
        return staff.as("manager", () -> campaigns.leads(campaign, PageRequest.of(0, 1000))).map(Lead::clientId)
                .getContent();
    }

    @Test
    void theLeadsAreTheSegmentsClientsAndAPurchaseConvertsOne() {
        long balanced = client("100000.00", 45);
        long conservative = client("100000.00", 10);
        long small = client("10000.00", 45);
        CampaignForm form = december();
        Campaign campaign = staff.as("manager", () -> campaigns.create(form));
        Campaign again = staff.as("manager", () -> campaigns.create(form));

        assertThat(again.id()).isEqualTo(campaign.id());
        assertThat(leadIds(campaign.id())).contains(balanced).doesNotContain(conservative, small);

        staff.as("advisor", () -> sales.subscribe(balanced, wealth.productId("WM2026A01"),
                new BigDecimal("20000.00"), UUID.randomUUID().toString()));
        staff.as("advisor", () -> campaigns.mark(campaign.id(), balanced, LeadStatus.CONTACTED));

        CampaignResults results = staff.as("manager", () -> campaigns.results(campaign.id()));
        assertThat(results.converted()).isGreaterThanOrEqualTo(1);
        assertThat(results.contacted()).isEqualTo(1);
        assertThat(results.sales()).isGreaterThanOrEqualTo(new BigDecimal("20000.00"));
        Lead lead = staff.as("manager", () -> campaigns.leads(campaign.id(), PageRequest.of(0, 1000))).stream()
                .filter(l -> l.clientId() == balanced).findFirst().orElseThrow();
        assertThat(lead.converted()).isTrue();
        assertThat(lead.bought()).isEqualByComparingTo("20000.00");
        assertThat(lead.status()).isEqualTo(LeadStatus.CONTACTED);
    }

    @Test
    void aCampaignCannotEndBeforeItStarts() {
        CampaignForm form = december();
        form.setEndsOn(LocalDate.parse("2026-11-30"));

        assertThatThrownBy(() -> staff.as("manager", () -> campaigns.create(form)))
                .isInstanceOfSatisfying(CampaignRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.campaign.periodInvalid"));
    }

    @Test
    void anotherBranchDoesNotSeeIt() {
        Campaign campaign = staff.as("manager", () -> campaigns.create(december()));

        assertThatThrownBy(() -> staff.as("manager.bj", () -> campaigns.visible(campaign.id())))
                .isInstanceOf(CampaignNotFound.class);
        assertThat(staff.as("manager.bj", () -> campaigns.page(PageRequest.of(0, 100))).map(Campaign::id)
                .getContent()).doesNotContain(campaign.id());
    }

    @Test
    void theDemoCampaignsLeadsBoughtThroughTheSalesDesk() {
        long demo = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id from wealth_campaign where request_key = 'demo-campaign-SH01'").query(Long.class)
                .single();

        CampaignResults results = staff.as("manager", () -> campaigns.results(demo));

        assertThat(results.converted()).isPositive();
        assertThat(results.sales()).isPositive();
    }
}
