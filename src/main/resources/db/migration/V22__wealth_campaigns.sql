-- Sales campaigns (营销活动): a period, the clients aimed at (risk categories, assets, branch), the products and the
-- channel; the leads drawn from that segment when the campaign is set up, and what staff made of them. A lead
-- converts when the client buys one of the campaign's products within its period (computed from the sales).
create table wealth_campaign (
    id            bigint generated always as identity primary key,
    name          varchar(100)  not null,
    starts_on     date          not null,
    ends_on       date          not null,
    channel       varchar(16)   not null,
    min_category  varchar(2)    not null,
    max_category  varchar(2)    not null,
    min_assets    numeric(20,2) not null,
    branch_id     bigint,
    product_ids   bigint[]      not null,
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null,
    request_key   varchar(64)   not null,
    constraint ux_wealth_campaign_request unique (request_key),
    constraint ck_wealth_campaign_period check (ends_on >= starts_on),
    constraint ck_wealth_campaign_channel check (channel in ('BRANCH', 'PHONE', 'SMS', 'APP', 'EVENT')),
    constraint ck_wealth_campaign_categories check (min_category <= max_category),
    constraint ck_wealth_campaign_assets check (min_assets >= 0),
    constraint ck_wealth_campaign_products check (cardinality(product_ids) > 0)
);
create index ix_wealth_campaign_period on wealth_campaign (ends_on desc, starts_on);

create table wealth_campaign_lead (
    campaign_id bigint      not null,
    client_id   bigint      not null,
    status      varchar(16) not null,
    updated_by  varchar(50) not null,
    updated_at  timestamptz not null,
    constraint pk_wealth_campaign_lead primary key (campaign_id, client_id),
    constraint fk_wealth_campaign_lead_campaign foreign key (campaign_id) references wealth_campaign (id),
    constraint fk_wealth_campaign_lead_client foreign key (client_id) references clients_client (id),
    constraint ck_wealth_campaign_lead_status check (status in ('LEAD', 'CONTACTED', 'DECLINED'))
);
