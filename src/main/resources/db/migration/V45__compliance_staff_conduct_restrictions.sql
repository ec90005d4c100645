-- Staff conduct (执业行为): what compliance keeps about each staff member beyond the staff account - the identity
-- number (to find securities accounts held by staff, which Securities Law art. 40 forbids), the SAC practising
-- certificate and its expiry, continuing training, and the relatives staff declare.
create table compliance_staff_profile (
    staff_id            bigint       primary key,
    id_number           varchar(32)  not null,
    certificate_number  varchar(30),
    certificate_expiry  date,
    updated_by          varchar(50)  not null,
    updated_at          timestamptz  not null,
    constraint fk_compliance_staff_profile_staff foreign key (staff_id) references platform_staff_user (id),
    constraint uq_compliance_staff_profile_id_number unique (id_number),
    constraint ck_compliance_staff_profile_certificate check ((certificate_number is null) = (certificate_expiry is null))
);
create index ix_compliance_staff_profile_expiry on compliance_staff_profile (certificate_expiry);

create table compliance_staff_relative (
    id           bigint generated always as identity primary key,
    staff_id     bigint       not null,
    name         varchar(50)  not null,
    id_number    varchar(32)  not null,
    relation     varchar(10)  not null,
    declared_by  varchar(50)  not null,
    declared_at  timestamptz  not null,
    constraint fk_compliance_staff_relative_staff foreign key (staff_id) references platform_staff_user (id),
    constraint uq_compliance_staff_relative unique (staff_id, id_number),
    constraint ck_compliance_staff_relative_relation check (relation in ('SPOUSE', 'PARENT', 'CHILD', 'SIBLING',
        'OTHER'))
);
create index ix_compliance_staff_relative_id_number on compliance_staff_relative (id_number);

-- Continuing training (后续职业培训): hours per course; the yearly total is checked against the house minimum.
create table compliance_staff_training (
    id           bigint generated always as identity primary key,
    staff_id     bigint        not null,
    course       varchar(200)  not null,
    held_on      date          not null,
    hours        numeric(4,1)  not null,
    request_key  varchar(64)   not null,
    recorded_by  varchar(50)   not null,
    recorded_at  timestamptz   not null,
    constraint fk_compliance_staff_training_staff foreign key (staff_id) references platform_staff_user (id),
    constraint uq_compliance_staff_training_request unique (request_key),
    constraint ck_compliance_staff_training_hours check (hours > 0 and hours <= 40)
);
create index ix_compliance_staff_training_staff on compliance_staff_training (staff_id, held_on);

-- The restricted list (限制名单: staff, or with ALL_CLIENTS everyone, may not trade the security) and the watch
-- list (观察名单: trading is allowed and reviewed afterwards), each entry with its reason and the days it covers.
create table compliance_restricted_security (
    id              bigint generated always as identity primary key,
    list            varchar(10)   not null,
    security_code   varchar(10)   not null,
    scope           varchar(12)   not null,
    reason          varchar(500)  not null,
    effective_from  date          not null,
    effective_to    date,
    request_key     varchar(64)   not null,
    added_by        varchar(50)   not null,
    added_at        timestamptz   not null,
    lifted_by       varchar(50),
    lifted_at       timestamptz,
    lift_reason     varchar(500),
    constraint uq_compliance_restricted_request unique (request_key),
    constraint ck_compliance_restricted_list check (list in ('RESTRICTED', 'WATCH')),
    constraint ck_compliance_restricted_scope check (scope in ('STAFF', 'ALL_CLIENTS')),
    constraint ck_compliance_restricted_dates check (effective_to is null or effective_to >= effective_from),
    constraint ck_compliance_restricted_lifted check ((lifted_by is null) = (lifted_at is null))
);
create index ix_compliance_restricted_code on compliance_restricted_security (security_code, effective_from);
create index ix_compliance_restricted_added on compliance_restricted_security (added_at desc, id desc);

-- Insider lists (内幕信息知情人): a research or investment-banking project on a security, and the people who know
-- about it; while the project is open their accounts may not trade the security.
create table compliance_insider_project (
    id             bigint generated always as identity primary key,
    name           varchar(100)  not null,
    kind           varchar(20)   not null,
    security_code  varchar(10)   not null,
    opened_on      date          not null,
    closed_on      date,
    description    varchar(500),
    request_key    varchar(64)   not null,
    created_by     varchar(50)   not null,
    created_at     timestamptz   not null,
    constraint uq_compliance_insider_project_request unique (request_key),
    constraint ck_compliance_insider_project_kind check (kind in ('RESEARCH', 'INVESTMENT_BANKING')),
    constraint ck_compliance_insider_project_dates check (closed_on is null or closed_on >= opened_on)
);
create index ix_compliance_insider_project_code on compliance_insider_project (security_code);

create table compliance_insider_person (
    id          bigint generated always as identity primary key,
    project_id  bigint        not null,
    name        varchar(50)   not null,
    id_number   varchar(32)   not null,
    role        varchar(100)  not null,
    added_by    varchar(50)   not null,
    added_at    timestamptz   not null,
    constraint fk_compliance_insider_person_project foreign key (project_id)
        references compliance_insider_project (id),
    constraint uq_compliance_insider_person unique (project_id, id_number)
);
create index ix_compliance_insider_person_id_number on compliance_insider_person (id_number);
