-- The firm's margin lists (融资融券标的证券与可充抵保证金证券): which securities may be bought with financing or sold
-- short, and each security's collateral conversion rate (折算率), which may not exceed the exchange maximum that its
-- kind, index membership and static P/E allow. A security not listed is worth nothing as collateral.
create table margin_security (
    code               varchar(6)    not null,
    financing_target   boolean       not null default false,
    lending_target     boolean       not null default false,
    collateral_rate    numeric(5,4)  not null,
    index_constituent  boolean       not null default false,
    government_bond    boolean       not null default false,
    static_pe          numeric(12,2),
    updated_by         varchar(50)   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint pk_margin_security primary key (code),
    constraint fk_margin_security_security foreign key (code) references market_security (code),
    constraint ck_margin_security_rate check (collateral_rate >= 0 and collateral_rate <= 1)
);
create index ix_margin_security_financing on margin_security (code) where financing_target;
create index ix_margin_security_lending on margin_security (code) where lending_target;
