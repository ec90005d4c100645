-- The credit account's books (信用账户): the collateral cash, the securities held in it (bought with financing or with
-- the client's own money, or transferred in as collateral), and the debts - financing (融资负债: the amount financed)
-- and securities lending (融券负债: the shares owed and what their short sale brought in) - with their interest.
create table margin_credit_cash (
    contract_id bigint        not null,
    balance     numeric(20,2) not null default 0,
    version     bigint        not null default 0,
    constraint pk_margin_credit_cash primary key (contract_id),
    constraint fk_margin_credit_cash_contract foreign key (contract_id) references margin_contract (id),
    constraint ck_margin_credit_cash_balance check (balance >= 0)
);

create table margin_credit_position (
    contract_id bigint        not null,
    code        varchar(6)    not null,
    quantity    bigint        not null,
    cost        numeric(20,4) not null default 0,
    version     bigint        not null default 0,
    constraint pk_margin_credit_position primary key (contract_id, code),
    constraint fk_margin_credit_position_contract foreign key (contract_id) references margin_contract (id),
    constraint fk_margin_credit_position_security foreign key (code) references market_security (code),
    constraint ck_margin_credit_position_quantity check (quantity > 0)
);
create index ix_margin_credit_position_code on margin_credit_position (code);

create table margin_debt (
    id            bigint generated always as identity primary key,
    contract_id   bigint        not null,
    kind          varchar(16)   not null,
    code          varchar(6)    not null,
    quantity      bigint        not null,
    principal     numeric(20,2) not null,
    interest      numeric(20,2) not null default 0,
    opened_on     date          not null,
    accrued_until date          not null,
    status        varchar(8)    not null,
    constraint fk_margin_debt_contract foreign key (contract_id) references margin_contract (id),
    constraint fk_margin_debt_security foreign key (code) references market_security (code),
    constraint ck_margin_debt_kind check (kind in ('FINANCING', 'LENDING')),
    constraint ck_margin_debt_status check (status in ('OPEN', 'REPAID')),
    constraint ck_margin_debt_amounts check (quantity >= 0 and principal >= 0 and interest >= 0)
);
create index ix_margin_debt_contract on margin_debt (contract_id) where status = 'OPEN';
create index ix_margin_debt_code on margin_debt (code) where status = 'OPEN';

-- Each contract's maintenance collateral ratio at the close of each trading day, for its history chart.
create table margin_ratio_history (
    contract_id   bigint        not null,
    business_date date          not null,
    assets        numeric(20,2) not null,
    debts         numeric(20,2) not null,
    ratio         numeric(12,4),
    band          varchar(16)   not null,
    constraint pk_margin_ratio_history primary key (contract_id, business_date),
    constraint fk_margin_ratio_history_contract foreign key (contract_id) references margin_contract (id)
);
