-- Prospects (潜在客户): people an account manager is working to win.
create table clients_prospect (
    id               bigint generated always as identity primary key,
    name             varchar(100)  not null,
    phone            varchar(11)   not null,
    source           varchar(16)   not null,
    estimated_assets numeric(20,2) not null,
    branch_id        bigint        not null,
    owner_id         bigint        not null,
    stage            varchar(16)   not null,
    lost_reason      varchar(200),
    next_contact     date,
    notes            varchar(1000),
    client_id        bigint,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint fk_clients_prospect_branch foreign key (branch_id) references platform_branch (id),
    constraint fk_clients_prospect_owner foreign key (owner_id) references platform_staff_user (id),
    constraint ck_clients_prospect_source check (source in ('REFERRAL', 'EVENT', 'WALK_IN', 'ONLINE', 'BANK_PARTNER')),
    constraint ck_clients_prospect_stage check (stage in ('LEAD', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'LOST')),
    constraint ck_clients_prospect_assets check (estimated_assets >= 0),
    constraint ck_clients_prospect_lost check ((stage = 'LOST') = (lost_reason is not null)),
    constraint ck_clients_prospect_converted check (stage <> 'CONVERTED' or client_id is not null)
);
create index ix_clients_prospect_branch_stage on clients_prospect (branch_id, stage);
create index ix_clients_prospect_owner_stage on clients_prospect (owner_id, stage);

-- Clients (客户), individuals and institutions, from onboarding on. Pending until a checker approves the opening.
create table clients_client (
    id                    bigint generated always as identity primary key,
    kind                  varchar(16)   not null,
    name                  varchar(100)  not null,
    branch_id             bigint        not null,
    owner_id              bigint        not null,
    status                varchar(16)   not null,
    id_type               varchar(24)   not null,
    id_number             varchar(32)   not null,
    id_expiry             date,
    mobile                varchar(11)   not null,
    address               varchar(200)  not null,
    gender                varchar(8),
    birth_date            date,
    nationality           varchar(3),
    occupation            varchar(24),
    employer              varchar(100),
    income_band           varchar(24),
    education             varchar(24),
    tax_residency         varchar(24)   not null,
    controller            varchar(100),
    beneficiary           varchar(100),
    legal_representative  varchar(50),
    authorised_agents     varchar(200),
    business_scope        varchar(500),
    source_of_funds       varchar(24)   not null,
    financial_assets      numeric(20,2) not null,
    average_income        numeric(20,2) not null,
    investment_years      integer       not null,
    investor_class        varchar(16)   not null,
    professional_category varchar(32),
    professional_evidence varchar(200),
    kyc_status            varchar(16)   not null,
    next_kyc_review       date          not null,
    aml_risk              varchar(8)    not null,
    prospect_id           bigint,
    request_key           varchar(64)   not null,
    submitted_by          varchar(50)   not null,
    opened_at             timestamptz,
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint fk_clients_client_branch foreign key (branch_id) references platform_branch (id),
    constraint fk_clients_client_owner foreign key (owner_id) references platform_staff_user (id),
    constraint fk_clients_client_prospect foreign key (prospect_id) references clients_prospect (id),
    constraint uq_clients_client_request_key unique (request_key),
    constraint ck_clients_client_kind check (kind in ('INDIVIDUAL', 'INSTITUTION')),
    constraint ck_clients_client_status check (status in ('PENDING', 'ACTIVE', 'REJECTED', 'CLOSED')),
    constraint ck_clients_client_id_type check (id_type in ('RESIDENT_ID', 'PASSPORT', 'HK_MACAU_PERMIT',
        'TAIWAN_PERMIT', 'CREDIT_CODE')),
    constraint ck_clients_client_institution_id check ((kind = 'INSTITUTION') = (id_type = 'CREDIT_CODE')),
    constraint ck_clients_client_individual check (kind = 'INSTITUTION' or (gender is not null and birth_date is not null)),
    constraint ck_clients_client_investor_class check (investor_class in ('ORDINARY', 'PROFESSIONAL')),
    constraint ck_clients_client_professional check ((investor_class = 'PROFESSIONAL') = (professional_category is not null)),
    constraint ck_clients_client_kyc check (kyc_status in ('PENDING_REVIEW', 'APPROVED', 'NEEDS_UPDATE')),
    constraint ck_clients_client_aml check (aml_risk in ('LOW', 'MEDIUM', 'HIGH')),
    constraint ck_clients_client_opened check ((status = 'PENDING' or status = 'REJECTED') = (opened_at is null))
);
-- One live client per identity document; a rejected opening does not block a corrected one.
create unique index uq_clients_client_identity on clients_client (id_type, id_number) where status <> 'REJECTED';
create index ix_clients_client_branch on clients_client (branch_id, status, id);
create index ix_clients_client_owner on clients_client (owner_id);
create index ix_clients_client_name on clients_client (name varchar_pattern_ops);
create index ix_clients_client_mobile on clients_client (mobile);
create index ix_clients_client_id_number on clients_client (id_number);

alter table clients_prospect
    add constraint fk_clients_prospect_client foreign key (client_id) references clients_client (id);

-- Natural persons who own or control more than 25% of an institutional client (受益所有人).
create table clients_beneficial_owner (
    id        bigint generated always as identity primary key,
    client_id bigint       not null,
    name      varchar(50)  not null,
    id_number varchar(32)  not null,
    share     numeric(5,2) not null,
    constraint fk_clients_beneficial_owner_client foreign key (client_id) references clients_client (id),
    constraint ck_clients_beneficial_owner_share check (share > 0 and share <= 100)
);
create index ix_clients_beneficial_owner_client on clients_beneficial_owner (client_id);

-- The client's bank settlement account (三方存管). Only the masked card number is kept.
create table clients_bank_link (
    id          bigint generated always as identity primary key,
    client_id   bigint      not null,
    bank        varchar(16) not null,
    card_masked varchar(32) not null,
    linked_at   timestamptz not null,
    constraint fk_clients_bank_link_client foreign key (client_id) references clients_client (id),
    constraint uq_clients_bank_link_client unique (client_id)
);

-- Fund account (资金账户): 12 digits, unique in the firm, opened when the onboarding is approved.
create table clients_fund_account (
    id               bigint generated always as identity primary key,
    client_id        bigint       not null,
    account_number   varchar(12)  not null,
    status           varchar(16)  not null,
    freeze_kind      varchar(16),
    freeze_reason    varchar(200),
    freeze_document  varchar(100),
    opened_at        timestamptz  not null,
    last_activity_at timestamptz  not null,
    closed_at        timestamptz,
    version          bigint       not null default 0,
    constraint fk_clients_fund_account_client foreign key (client_id) references clients_client (id),
    constraint uq_clients_fund_account_number unique (account_number),
    constraint uq_clients_fund_account_client unique (client_id),
    constraint ck_clients_fund_account_number check (account_number ~ '^[0-9]{12}$'),
    constraint ck_clients_fund_account_status check (status in ('ACTIVE', 'FROZEN', 'DORMANT', 'CLOSED')),
    constraint ck_clients_fund_account_freeze check ((status = 'FROZEN') = (freeze_kind is not null))
);
create sequence clients_fund_account_serial start with 1;

-- Securities accounts (证券账户), one per exchange: SSE 'A' + 9 digits, SZSE 10 digits starting with 0.
create table clients_securities_account (
    id             bigint generated always as identity primary key,
    client_id      bigint      not null,
    exchange       varchar(8)  not null,
    account_number varchar(10) not null,
    opened_at      timestamptz not null,
    constraint fk_clients_securities_account_client foreign key (client_id) references clients_client (id),
    constraint uq_clients_securities_account_number unique (account_number),
    constraint uq_clients_securities_account_exchange unique (client_id, exchange),
    constraint ck_clients_securities_account_format check (
        (exchange = 'SSE' and account_number ~ '^A[0-9]{9}$') or (exchange = 'SZSE' and account_number ~ '^0[0-9]{9}$'))
);
create sequence clients_sse_account_serial start with 380000001;
create sequence clients_szse_account_serial start with 160000001;

-- The cash ledger. Client cash accounts are liabilities of the firm (balance = credits - debits); the bank
-- settlement account is an asset (balance = debits - credits). Balances are kept with each posting and proved
-- against the journal by the consistency check; a client's balance can never go below zero.
create table clients_ledger_account (
    id              bigint generated always as identity primary key,
    code            varchar(40)   not null,
    kind            varchar(24)   not null,
    fund_account_id bigint,
    balance         numeric(20,2) not null default 0,
    constraint fk_clients_ledger_account_fund foreign key (fund_account_id) references clients_fund_account (id),
    constraint uq_clients_ledger_account_code unique (code),
    constraint uq_clients_ledger_account_fund_kind unique (fund_account_id, kind),
    constraint ck_clients_ledger_account_kind check (kind in ('CLIENT_AVAILABLE', 'CLIENT_FROZEN', 'BANK_SETTLEMENT')),
    constraint ck_clients_ledger_account_owner check ((kind = 'BANK_SETTLEMENT') = (fund_account_id is null)),
    constraint ck_clients_ledger_account_not_overdrawn check (kind = 'BANK_SETTLEMENT' or balance >= 0)
);
insert into clients_ledger_account (code, kind) values ('BANK-SETTLEMENT', 'BANK_SETTLEMENT');

create table clients_journal_entry (
    id                bigint generated always as identity primary key,
    kind              varchar(24)   not null,
    fund_account_id   bigint        not null,
    amount            numeric(20,2) not null,
    business_date     date          not null,
    memo              varchar(200),
    idempotency_key   varchar(64)   not null,
    reverses_entry_id bigint,
    flagged_large     boolean       not null default false,
    created_by        varchar(50)   not null,
    created_at        timestamptz   not null,
    constraint fk_clients_journal_entry_fund foreign key (fund_account_id) references clients_fund_account (id),
    constraint fk_clients_journal_entry_reverses foreign key (reverses_entry_id) references clients_journal_entry (id),
    constraint uq_clients_journal_entry_key unique (idempotency_key),
    constraint uq_clients_journal_entry_reverses unique (reverses_entry_id),
    constraint ck_clients_journal_entry_kind check (kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT', 'REVERSAL')),
    constraint ck_clients_journal_entry_amount check (amount > 0),
    constraint ck_clients_journal_entry_reversal check ((kind = 'REVERSAL') = (reverses_entry_id is not null))
);
create index ix_clients_journal_entry_fund on clients_journal_entry (fund_account_id, id desc);
create index ix_clients_journal_entry_day on clients_journal_entry (business_date, kind);

create table clients_journal_line (
    id                bigint generated always as identity primary key,
    entry_id          bigint        not null,
    ledger_account_id bigint        not null,
    debit             numeric(20,2) not null default 0,
    credit            numeric(20,2) not null default 0,
    constraint fk_clients_journal_line_entry foreign key (entry_id) references clients_journal_entry (id),
    constraint fk_clients_journal_line_account foreign key (ledger_account_id) references clients_ledger_account (id),
    constraint ck_clients_journal_line_side check (debit >= 0 and credit >= 0 and (debit = 0) <> (credit = 0))
);
create index ix_clients_journal_line_entry on clients_journal_line (entry_id);
create index ix_clients_journal_line_account on clients_journal_line (ledger_account_id);

-- Every entry balances (debits = credits) and has lines, checked when the transaction commits.
create function clients_journal_entry_balances() returns trigger
    language plpgsql as
$$
declare
    -- fired for an entry (its id) or for one of its lines (their entry_id)
    checked_entry bigint := coalesce((to_jsonb(new) ->> 'entry_id')::bigint, (to_jsonb(new) ->> 'id')::bigint);
    debits numeric;
    credits numeric;
    lines integer;
begin
    select coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) into debits, credits, lines
    from clients_journal_line where entry_id = checked_entry;
    if lines < 2 or debits <> credits then
        raise exception 'journal entry % does not balance: debits %, credits %, lines %',
            checked_entry, debits, credits, lines using errcode = 'check_violation';
    end if;
    return null;
end;
$$;

create constraint trigger tr_clients_journal_entry_balanced
    after insert on clients_journal_entry deferrable initially deferred
    for each row execute function clients_journal_entry_balances();

create constraint trigger tr_clients_journal_line_balanced
    after insert on clients_journal_line deferrable initially deferred
    for each row execute function clients_journal_entry_balances();

-- The journal is append-only: corrections are reversing entries.
create function clients_journal_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger tr_clients_journal_entry_append_only before update or delete on clients_journal_entry
    for each row execute function clients_journal_is_append_only();
create trigger tr_clients_journal_entry_no_truncate before truncate on clients_journal_entry
    for each statement execute function clients_journal_is_append_only();
create trigger tr_clients_journal_line_append_only before update or delete on clients_journal_line
    for each row execute function clients_journal_is_append_only();
create trigger tr_clients_journal_line_no_truncate before truncate on clients_journal_line
    for each statement execute function clients_journal_is_append_only();
