-- A liquidation plan also buys back shares its short sales owe (买券还券) with what the sales brought in.
alter table margin_liquidation_sale add column side varchar(4) not null default 'SELL';
alter table margin_liquidation_sale add constraint ck_margin_liquidation_sale_side check (side in ('BUY', 'SELL'));
