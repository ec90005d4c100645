package org.opencounter.wealth.campaign;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductStatus;
import org.opencounter.wealth.product.ProductType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales campaigns (营销活动): set up with a period, channel, segment and products, which draws the leads (active
 * clients with a valid assessment in the categories, at the branch, with at least the assets in cash and products);
 * staff mark what they made of each lead; conversions and sales are read from the product sales in the period.
 */
@Service
@Transactional
public class Campaigns {

    static final String ENTITY = "Campaign";
    /** A lead's purchases of the campaign's products in its period. */
    private static final String BOUGHT = """
            coalesce((select sum(o.amount) from wealth_product_order o where o.client_id = l.client_id
                      and o.side = 'SUBSCRIBE' and o.product_id = any(k.product_ids)
                      and o.business_date between k.starts_on and k.ends_on), 0)""";

    private final ProductCatalogue catalogue;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Campaigns(ProductCatalogue catalogue, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the campaign up at the staff member's branch (head office: firm-wide) and draws its leads. */
    public Campaign create(CampaignForm form) {
        StaffPrincipal me = CurrentStaff.require();
        return setUp(form, me.username(), me.scopedBranchId());
    }

    /**
     * Sets a campaign up for a branch (null: firm-wide) on someone's behalf, for callers with no signed-in staff
     * member (the demo data); the pages go through {@link #create}.
     */
    public Campaign setUp(CampaignForm form, String by, Long branch) {
        Optional<Long> earlier = jdbc.sql("select id from wealth_campaign where request_key = ?")
                .param(form.getRequestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return find(earlier.get());
        }
        if (form.getEndsOn().isBefore(form.getStartsOn())) {
            throw new CampaignRefused("wealth.campaign.periodInvalid");
        }
        if (form.getMaxCategory().rank() < form.getMinCategory().rank()) {
            throw new CampaignRefused("wealth.campaign.categoriesInvalid");
        }
        List<Long> products = form.getProductIds().stream().distinct().toList();
        if (products.isEmpty() || catalogue.byIds(products).values().stream().filter(this::offerable).count()
                != products.size()) {
            throw new CampaignRefused("wealth.campaign.productsRequired");
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into wealth_campaign (name, starts_on, ends_on, channel, min_category, max_category,
                            min_assets, branch_id, product_ids, created_by, created_at, request_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.getName().trim(), Date.valueOf(form.getStartsOn()), Date.valueOf(form.getEndsOn()),
                        form.getChannel().name(), form.getMinCategory().name(), form.getMaxCategory().name(),
                        form.getMinAssets(), branch, products.toArray(Long[]::new), by, now,
                        form.getRequestKey())
                .query(Long.class).single();
        int leads = jdbc.sql("""
                        insert into wealth_campaign_lead (campaign_id, client_id, status, updated_by, updated_at)
                        select ?, c.id, 'LEAD', ?, ?
                        from clients_client c
                        join lateral (select a.category, a.valid_until from wealth_risk_assessment a
                                      where a.client_id = c.id order by a.assessed_at desc, a.id desc limit 1) a on true
                        left join clients_fund_account f on f.client_id = c.id
                        where c.status = 'ACTIVE' and a.valid_until >= ? and a.category between ? and ?
                          and (cast(? as bigint) is null or c.branch_id = ?)
                          and coalesce((select sum(b.balance) from clients_ledger_account b where b.fund_account_id = f.id
                                        and b.kind in ('CLIENT_AVAILABLE', 'CLIENT_FROZEN')), 0)
                            + coalesce((select sum(round(h.units * p.nav, 2)) from wealth_product_holding h
                                        join wealth_product p on p.id = h.product_id where h.client_id = c.id), 0)
                            >= ?""")
                .params(id, by, now, Date.valueOf(form.getStartsOn()), form.getMinCategory().name(),
                        form.getMaxCategory().name(), branch, branch, form.getMinAssets())
                .update();
        audit.record(AuditRecord.change("wealth.campaign.create", ENTITY, id, null, Map.of("name",
                form.getName().trim(), "products", products, "leads", leads)));
        return find(id);
    }

    /** The campaigns the staff member's branch runs or takes part in (head office: all), latest first. */
    @Transactional(readOnly = true)
    public Page<Campaign> page(Pageable page) {
        Long branch = CurrentStaff.require().scopedBranchId();
        String where = " where cast(? as bigint) is null or branch_id is null or branch_id = ?";
        long total = jdbc.sql("select count(*) from wealth_campaign" + where).params(branch, branch)
                .query(Long.class).single();
        List<Campaign> rows = jdbc.sql("select * from wealth_campaign" + where
                        + " order by ends_on desc, id desc limit ? offset ?")
                .params(branch, branch, page.getPageSize(), page.getOffset()).query(Campaigns::of).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public Campaign visible(long id) {
        Campaign campaign = find(id);
        Long branch = CurrentStaff.require().scopedBranchId();
        if (branch != null && campaign.branchId() != null && !branch.equals(campaign.branchId())) {
            throw new CampaignNotFound(id);
        }
        return campaign;
    }

    /** The figures, over the leads the staff member may see. */
    @Transactional(readOnly = true)
    public CampaignResults results(long id) {
        visible(id);
        List<Object> params = new ArrayList<>(List.of(id));
        String scope = scope(params);
        return jdbc.sql("select count(*), count(*) filter (where l.status = 'CONTACTED'),"
                        + " count(*) filter (where l.status = 'DECLINED'), count(*) filter (where " + BOUGHT + " > 0),"
                        + " coalesce(sum(" + BOUGHT + "), 0)"
                        + " from wealth_campaign_lead l join wealth_campaign k on k.id = l.campaign_id"
                        + " join clients_client c on c.id = l.client_id where l.campaign_id = ?" + scope)
                .params(params)
                .query((row, n) -> new CampaignResults(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getBigDecimal(5)))
                .single();
    }

    @Transactional(readOnly = true)
    public Page<Lead> leads(long id, Pageable page) {
        visible(id);
        List<Object> params = new ArrayList<>(List.of(id));
        String scope = scope(params);
        long total = jdbc.sql("select count(*) from wealth_campaign_lead l join clients_client c on c.id = l.client_id"
                + " where l.campaign_id = ?" + scope).params(params).query(Long.class).single();
        params.add(page.getPageSize());
        params.add(page.getOffset());
        List<Lead> rows = jdbc.sql("select l.client_id, c.name, l.status, " + BOUGHT
                        + " from wealth_campaign_lead l join wealth_campaign k on k.id = l.campaign_id"
                        + " join clients_client c on c.id = l.client_id where l.campaign_id = ?" + scope
                        + " order by l.client_id limit ? offset ?")
                .params(params)
                .query((row, n) -> new Lead(row.getLong(1), row.getString(2), LeadStatus.valueOf(row.getString(3)),
                        row.getBigDecimal(4)))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** Records what staff made of a lead of their branch. */
    public void mark(long id, long clientId, LeadStatus status) {
        visible(id);
        if (status == null || status == LeadStatus.LEAD) {
            throw new CampaignRefused("wealth.campaign.statusRequired");
        }
        List<Object> params = new ArrayList<>(List.of(status.name(), CurrentStaff.require().username(),
                Timestamp.from(clock.instant()), id, clientId));
        String scope = scope(params);
        int changed = jdbc.sql("update wealth_campaign_lead l set status = ?, updated_by = ?, updated_at = ?"
                + " from clients_client c where c.id = l.client_id and l.campaign_id = ? and l.client_id = ?" + scope)
                .params(params).update();
        if (changed == 0) {
            throw new CampaignNotFound(id);
        }
        audit.record(AuditRecord.change("wealth.campaign.lead", ENTITY, id, null,
                Map.of("clientId", clientId, "status", status)));
    }

    /** Branch staff see only their branch's clients among a firm-wide campaign's leads. */
    private static String scope(List<Object> params) {
        Long branch = CurrentStaff.require().scopedBranchId();
        if (branch == null) {
            return "";
        }
        params.add(branch);
        return " and c.branch_id = ?";
    }

    private boolean offerable(Product product) {
        return product.status() == ProductStatus.ON_SALE && product.type() != ProductType.LISTED_FUND;
    }

    private Campaign find(long id) {
        return jdbc.sql("select * from wealth_campaign where id = ?").param(id).query(Campaigns::of).optional()
                .orElseThrow(() -> new CampaignNotFound(id));
    }

    private static Campaign of(ResultSet row, int n) throws SQLException {
        Array products = row.getArray("product_ids");
        return new Campaign(row.getLong("id"), row.getString("name"), row.getDate("starts_on").toLocalDate(),
                row.getDate("ends_on").toLocalDate(), CampaignChannel.valueOf(row.getString("channel")),
                RiskCategory.valueOf(row.getString("min_category")), RiskCategory.valueOf(row.getString("max_category")),
                row.getBigDecimal("min_assets"), row.getObject("branch_id", Long.class),
                Arrays.asList((Long[]) products.getArray()), row.getString("created_by"));
    }
}
