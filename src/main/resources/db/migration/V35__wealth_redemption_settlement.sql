-- Redemptions settle T+n (赎回到账): the units leave the holding at once, the proceeds reach the client's cash on the
-- settlement day. Subscriptions are paid at once and are settled when booked.
alter table wealth_product_order add column status varchar(10) not null default 'SETTLED';
alter table wealth_product_order add column settles_on date;
alter table wealth_product_order add column settled_at timestamptz;
alter table wealth_product_order add constraint ck_wealth_product_order_status check (status in ('PENDING', 'SETTLED'));
alter table wealth_product_order add constraint ck_wealth_product_order_pending
    check (status = 'SETTLED' or (side = 'REDEEM' and settles_on is not null));
create index ix_wealth_product_order_pending on wealth_product_order (settles_on) where status = 'PENDING';
