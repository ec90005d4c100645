-- Follow-ups (回访): planned contacts with a client and what came of them.
create table clients_follow_up (
    id           bigint generated always as identity primary key,
    client_id    bigint       not null,
    branch_id    bigint       not null,
    owner_id     bigint       not null,
    channel      varchar(16)  not null,
    purpose      varchar(24)  not null,
    due_date     date         not null,
    status       varchar(16)  not null,
    outcome      varchar(500),
    satisfaction integer,
    done_at      timestamptz,
    done_by      varchar(50),
    created_by   varchar(50)  not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint fk_clients_follow_up_client foreign key (client_id) references clients_client (id),
    constraint fk_clients_follow_up_branch foreign key (branch_id) references platform_branch (id),
    constraint fk_clients_follow_up_owner foreign key (owner_id) references platform_staff_user (id),
    constraint ck_clients_follow_up_channel check (channel in ('PHONE', 'VISIT', 'WECHAT', 'SMS', 'EMAIL')),
    constraint ck_clients_follow_up_purpose check (purpose in ('ROUTINE', 'KYC_REVIEW', 'PRODUCT', 'MARKET_UPDATE',
        'ONBOARDING_CALLBACK', 'COMPLAINT')),
    constraint ck_clients_follow_up_status check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    constraint ck_clients_follow_up_satisfaction check (satisfaction is null or satisfaction between 1 and 5),
    constraint ck_clients_follow_up_done check ((status = 'DONE') = (done_at is not null)),
    constraint ck_clients_follow_up_outcome check (status <> 'DONE' or outcome is not null)
);
create index ix_clients_follow_up_owner on clients_follow_up (owner_id, status, due_date);
create index ix_clients_follow_up_branch on clients_follow_up (branch_id, status, due_date);
create index ix_clients_follow_up_client on clients_follow_up (client_id, due_date desc);

-- Market information service: what was sent, to whom and when. The sender is pluggable; the default only records.
create table clients_message (
    id          bigint generated always as identity primary key,
    kind        varchar(16)   not null,
    subject     varchar(100)  not null,
    body        varchar(2000) not null,
    link        varchar(300),
    audience    varchar(300)  not null,
    branch_id   bigint,
    recipients  integer       not null,
    sender      varchar(32)   not null,
    sent_by     varchar(50)   not null,
    sent_at     timestamptz   not null,
    request_key varchar(64)   not null,
    constraint fk_clients_message_branch foreign key (branch_id) references platform_branch (id),
    constraint uq_clients_message_request_key unique (request_key),
    constraint ck_clients_message_kind check (kind in ('NOTICE', 'RESEARCH')),
    constraint ck_clients_message_recipients check (recipients >= 0)
);
create index ix_clients_message_branch on clients_message (branch_id, sent_at desc);

create table clients_message_delivery (
    id           bigint generated always as identity primary key,
    message_id   bigint      not null,
    client_id    bigint      not null,
    channel      varchar(16) not null,
    status       varchar(16) not null,
    delivered_at timestamptz not null,
    constraint fk_clients_message_delivery_message foreign key (message_id) references clients_message (id),
    constraint fk_clients_message_delivery_client foreign key (client_id) references clients_client (id),
    constraint uq_clients_message_delivery unique (message_id, client_id),
    constraint ck_clients_message_delivery_status check (status in ('RECORDED', 'SENT', 'FAILED'))
);
create index ix_clients_message_delivery_client on clients_message_delivery (client_id, delivered_at desc);

-- The dormancy job looks for active accounts idle since a cut-off.
create index ix_clients_fund_account_activity on clients_fund_account (status, last_activity_at);
