-- Changes to a margin contract (授信额度调整, 合同展期, 暂停, 恢复) that a credit officer proposes and a risk officer
-- approves; each applies at approval. Expiry is recorded here too, by the nightly job. One pending change per
-- contract.
create table margin_contract_change (
    id            bigint generated always as identity primary key,
    contract_id   bigint        not null,
    kind          varchar(16)   not null,
    old_line      numeric(20,2),
    new_line      numeric(20,2),
    old_expiry    date,
    new_expiry    date,
    reason        varchar(500)  not null,
    status        varchar(16)   not null,
    requested_by  varchar(50)   not null,
    requested_at  timestamptz   not null,
    request_key   varchar(64)   not null,
    approval_id   bigint,
    decided_by    varchar(50),
    decided_at    timestamptz,
    constraint fk_margin_contract_change_contract foreign key (contract_id) references margin_contract (id),
    constraint ux_margin_contract_change_request unique (request_key),
    constraint ck_margin_contract_change_kind check (kind in ('LINE', 'RENEWAL', 'SUSPENSION', 'RESUMPTION',
        'EXPIRY')),
    constraint ck_margin_contract_change_status check (status in ('PENDING', 'APPLIED', 'REJECTED')),
    constraint ck_margin_contract_change_line check (kind <> 'LINE' or (new_line > 0 and old_line is not null)),
    constraint ck_margin_contract_change_renewal check (kind <> 'RENEWAL' or new_expiry > old_expiry)
);
create unique index ux_margin_contract_change_pending on margin_contract_change (contract_id) where status = 'PENDING';
create index ix_margin_contract_change_contract on margin_contract_change (contract_id, requested_at desc);
