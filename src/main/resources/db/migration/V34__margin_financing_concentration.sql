-- Financing concentration (融资集中度): when the financing balance of a security reaches 25% of its free-float market
-- value, financing buys of it stop from the next trading day until the balance falls below 20%. The list keeps the
-- security's free float (流通股本, from the exchange's figures) and whether financing buys are halted, with the ratio
-- that decided it.
alter table margin_security add column float_shares bigint;
alter table margin_security add column financing_halted boolean not null default false;
alter table margin_security add column concentration numeric(8,6);
alter table margin_security add column concentration_on date;
alter table margin_security add constraint ck_margin_security_float check (float_shares is null or float_shares > 0);
