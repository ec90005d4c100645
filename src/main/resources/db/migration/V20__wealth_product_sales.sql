-- Product sales (认购/申购 and 赎回) through the client's cash account: a subscription is paid out of available cash
-- to the product settlement account (what the firm passes on to the product's manager), a redemption is paid back
-- from it. The product's units are kept per client at the product's net asset value.
alter table clients_ledger_account drop constraint ck_clients_ledger_account_kind;
alter table clients_ledger_account add constraint ck_clients_ledger_account_kind
    check (kind in ('CLIENT_AVAILABLE', 'CLIENT_FROZEN', 'BANK_SETTLEMENT', 'CLEARING', 'COMMISSION_INCOME',
        'PRODUCT_SETTLEMENT'));
alter table clients_journal_entry drop constraint ck_clients_journal_entry_kind;
alter table clients_journal_entry add constraint ck_clients_journal_entry_kind
    check (kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT', 'REVERSAL', 'ORDER_FREEZE', 'ORDER_RELEASE',
        'TRADE_BUY', 'TRADE_SELL', 'CSDC_SETTLEMENT', 'PRODUCT_SUBSCRIPTION', 'PRODUCT_REDEMPTION'));

-- The product's latest net asset value per unit (单位净值), as the manager publishes it.
alter table wealth_product add column nav numeric(20,4) not null default 1.0000;
alter table wealth_product add constraint ck_wealth_product_nav check (nav > 0);

-- Each subscription and redemption: the amount, the fee, the units at the NAV of the day, and the suitability
-- verdict it went through.
create table wealth_product_order (
    id           bigint generated always as identity primary key,
    client_id    bigint        not null,
    branch_id    bigint        not null,
    product_id   bigint        not null,
    side         varchar(16)   not null,
    amount       numeric(20,2) not null,
    fee          numeric(20,2) not null,
    units        numeric(20,4) not null,
    nav          numeric(20,4) not null,
    fit          varchar(16),
    sold_by      varchar(50)   not null,
    sold_at      timestamptz   not null,
    business_date date         not null,
    request_key  varchar(64)   not null,
    constraint ux_wealth_product_order_request unique (request_key),
    constraint fk_wealth_product_order_client foreign key (client_id) references clients_client (id),
    constraint fk_wealth_product_order_product foreign key (product_id) references wealth_product (id),
    constraint ck_wealth_product_order_side check (side in ('SUBSCRIBE', 'REDEEM')),
    constraint ck_wealth_product_order_amounts check (amount > 0 and fee >= 0 and units > 0 and nav > 0)
);
create index ix_wealth_product_order_client on wealth_product_order (client_id, sold_at desc);
create index ix_wealth_product_order_sales on wealth_product_order (business_date, branch_id) where side = 'SUBSCRIBE';

create table wealth_product_holding (
    client_id  bigint        not null,
    product_id bigint        not null,
    units      numeric(20,4) not null,
    cost       numeric(20,2) not null,
    version    bigint        not null default 0,
    constraint pk_wealth_product_holding primary key (client_id, product_id),
    constraint fk_wealth_product_holding_client foreign key (client_id) references clients_client (id),
    constraint fk_wealth_product_holding_product foreign key (product_id) references wealth_product (id),
    constraint ck_wealth_product_holding check (units >= 0 and cost >= 0)
);
