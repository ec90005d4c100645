package org.opencounter.wealth.demo;

import java.util.List;

import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.opencounter.wealth.campaign.Campaign;
import org.opencounter.wealth.campaign.Campaigns;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.sales.ProductSales;
import org.opencounter.wealth.sales.SaleRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo sales of the demo campaigns' products: every fourth contacted lead buys a campaign product at its minimum,
 * sold by the branch manager through the same sales desk as the pages, each sale in its own transaction. Suitability
 * and the cash decide: a mismatch without the client's confirmation or a sale the cash cannot pay is refused, and the
 * demo tries the next product. Campaign results and sales targets then show real conversions.
 */
@Component
class CampaignSalesDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(CampaignSalesDemoData.class);
    private static final String KEY = "demo-sale-";

    private final Campaigns campaigns;
    private final ProductSales sales;
    private final ProductCatalogue catalogue;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    CampaignSalesDemoData(Campaigns campaigns, ProductSales sales, ProductCatalogue catalogue, DemoStaff staff,
                          JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.sales = sales;
        this.catalogue = catalogue;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from wealth_product_order where request_key like ?)")
                .param(KEY + "%").query(Boolean.class).single()) {
            return;
        }
        record Run(long campaignId, String manager) {
        }
        List<Run> runs = jdbc.sql("select id, created_by from wealth_campaign where request_key like 'demo-campaign-%'"
                + " order by id").query((row, n) -> new Run(row.getLong(1), row.getString(2))).list();
        int sold = 0;
        for (Run run : runs) {
            sold += staff.as(run.manager(), () -> sell(campaigns.visible(run.campaignId())));
        }
        log.info("Demo campaign sales: {} subscriptions", sold);
    }

    private int sell(Campaign campaign) {
        List<Long> buyers = jdbc.sql("select client_id from wealth_campaign_lead where campaign_id = ?"
                        + " and status = 'CONTACTED' and client_id % 4 = 0 order by client_id")
                .param(campaign.id()).query(Long.class).list();
        int sold = 0;
        for (long client : buyers) {
            for (long product : campaign.productIds()) {
                try {
                    sales.subscribe(client, product, catalogue.find(product).minimumInvestment(),
                            KEY + campaign.id() + "-" + client + "-" + product);
                    sold++;
                    break;
                } catch (SaleRefused refused) {
                    // the rules refused this sale; the next product may suit the client
                }
            }
        }
        return sold;
    }
}
