-- Each run of the cash ledger consistency check: what it covered and the breaks it found (none, normally).
create table clients_ledger_check_run (
    id               bigint generated always as identity primary key,
    ran_at           timestamptz  not null,
    triggered_by     varchar(50)  not null,
    entries_checked  bigint       not null,
    accounts_checked bigint       not null,
    break_count      integer      not null,
    breaks           text,
    duration_ms      bigint       not null,
    constraint ck_clients_ledger_check_run_breaks check (break_count >= 0)
);
create index ix_clients_ledger_check_run_time on clients_ledger_check_run (ran_at desc);
