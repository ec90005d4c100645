-- The rest of staff conduct (廉洁从业与执业行为): staff declare gifts and entertainment given or received and their
-- outside activities; compliance reviews the declarations that need it; every year each staff member attests to the
-- conduct rules, and compliance follows who has not yet.
create table compliance_gift (
    id                 bigint generated always as identity primary key,
    staff_id           bigint         not null,
    direction          varchar(8)     not null,
    counterparty       varchar(100)   not null,
    counterparty_kind  varchar(10)    not null,
    description        varchar(200)   not null,
    value              numeric(20,2)  not null,
    occurred_on        date           not null,
    status             varchar(10)    not null,
    request_key        varchar(64)    not null,
    declared_at        timestamptz    not null,
    decided_by         varchar(50),
    decided_at         timestamptz,
    decision_note      varchar(500),
    constraint fk_compliance_gift_staff foreign key (staff_id) references platform_staff_user (id),
    constraint uq_compliance_gift_request unique (request_key),
    constraint ck_compliance_gift_direction check (direction in ('RECEIVED', 'GIVEN')),
    constraint ck_compliance_gift_counterparty check (counterparty_kind in ('CLIENT', 'ISSUER', 'VENDOR', 'REGULATOR',
        'OTHER')),
    constraint ck_compliance_gift_value check (value >= 0),
    constraint ck_compliance_gift_status check (status in ('RECORDED', 'PENDING', 'APPROVED', 'REJECTED'))
);
create index ix_compliance_gift_staff on compliance_gift (staff_id, occurred_on desc);
create index ix_compliance_gift_status on compliance_gift (status, declared_at desc);

create table compliance_outside_activity (
    id             bigint generated always as identity primary key,
    staff_id       bigint        not null,
    organisation   varchar(100)  not null,
    role           varchar(100)  not null,
    paid           boolean       not null,
    started_on     date          not null,
    ended_on       date,
    status         varchar(10)   not null,
    request_key    varchar(64)   not null,
    declared_at    timestamptz   not null,
    decided_by     varchar(50),
    decided_at     timestamptz,
    decision_note  varchar(500),
    constraint fk_compliance_activity_staff foreign key (staff_id) references platform_staff_user (id),
    constraint uq_compliance_activity_request unique (request_key),
    constraint ck_compliance_activity_dates check (ended_on is null or ended_on >= started_on),
    constraint ck_compliance_activity_status check (status in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index ix_compliance_activity_status on compliance_outside_activity (status, declared_at desc);
create index ix_compliance_activity_staff on compliance_outside_activity (staff_id);

-- The yearly conduct attestation (年度执业承诺): the statement staff sign, and who signed when.
create table compliance_attestation_round (
    id          bigint generated always as identity primary key,
    year        integer        not null,
    statement   varchar(4000)  not null,
    due_on      date           not null,
    opened_by   varchar(50)    not null,
    opened_at   timestamptz    not null,
    constraint uq_compliance_attestation_round_year unique (year)
);

create table compliance_attestation (
    round_id   bigint       not null,
    staff_id   bigint       not null,
    signed_at  timestamptz  not null,
    constraint pk_compliance_attestation primary key (round_id, staff_id),
    constraint fk_compliance_attestation_round foreign key (round_id) references compliance_attestation_round (id),
    constraint fk_compliance_attestation_staff foreign key (staff_id) references platform_staff_user (id)
);
