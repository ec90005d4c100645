-- Maker-checker: a request waits until someone else holding the approving role decides it.
create table platform_approval_request (
    id               bigint generated always as identity primary key,
    type             varchar(64)  not null,
    subject          varchar(200) not null,
    payload          jsonb        not null,
    approving_role   varchar(32)  not null,
    requested_by     varchar(50)  not null,
    reason           varchar(500) not null,
    status           varchar(16)  not null,
    requested_at     timestamptz  not null,
    expires_at       timestamptz  not null,
    decided_by       varchar(50),
    decided_at       timestamptz,
    decision_note    varchar(500),
    version          bigint       not null default 0,
    constraint ck_platform_approval_request_status check (status in ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED')),
    constraint ck_platform_approval_request_four_eyes check (decided_by is null or decided_by <> requested_by),
    constraint ck_platform_approval_request_decision check ((status = 'PENDING') = (decided_at is null))
);
create index ix_platform_approval_request_inbox on platform_approval_request (status, approving_role, requested_at desc);
create index ix_platform_approval_request_requester on platform_approval_request (requested_by, requested_at desc);
