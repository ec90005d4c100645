-- Sanctions and PEP screening (名单筛查). Each watch list (sanctions, politically exposed persons, the firm's own
-- blacklist) is imported from a CSV file as a new version; the newest version is ACTIVE and the one before it is
-- kept, SUPERSEDED, for the hits that name it. A version records the similarity threshold its screening used and
-- what screening all clients against it found.
create table compliance_watch_list_version (
    id               bigint generated always as identity primary key,
    kind             varchar(10)   not null,
    version          integer       not null,
    status           varchar(10)   not null,
    source_name      varchar(200)  not null,
    threshold        numeric(3,2)  not null,
    entries          integer       not null,
    request_key      varchar(64)   not null,
    imported_by      varchar(50)   not null,
    imported_at      timestamptz   not null,
    screened_names   integer       not null default 0,
    hits             integer       not null default 0,
    constraint uq_compliance_watch_list_version unique (kind, version),
    constraint uq_compliance_watch_list_request unique (request_key),
    constraint ck_compliance_watch_list_kind check (kind in ('SANCTIONS', 'PEP', 'BLACKLIST')),
    constraint ck_compliance_watch_list_status check (status in ('ACTIVE', 'SUPERSEDED')),
    constraint ck_compliance_watch_list_threshold check (threshold between 0.70 and 1.00)
);
create unique index ux_compliance_watch_list_active on compliance_watch_list_version (kind) where status = 'ACTIVE';
create index ix_compliance_watch_list_kind on compliance_watch_list_version (kind, version desc);

-- A listed person or organisation. The birth is a year (YYYY) or a date (YYYY-MM-DD), as lists give it.
create table compliance_watch_list_entry (
    id           bigint generated always as identity primary key,
    version_id   bigint        not null,
    reference    varchar(40)   not null,
    name         varchar(200)  not null,
    aliases      varchar(1000),
    id_number    varchar(40),
    birth        varchar(10),
    nationality  varchar(40),
    note         varchar(500),
    constraint fk_compliance_watch_list_entry_version foreign key (version_id)
        references compliance_watch_list_version (id),
    constraint uq_compliance_watch_list_entry unique (version_id, reference),
    constraint ck_compliance_watch_list_entry_birth check (birth is null or birth ~ '^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$')
);
create index ix_compliance_watch_list_entry_name on compliance_watch_list_entry (version_id, name);

-- A hit: a client (or its legal representative, controller or beneficial owner) whose name or identity matches an
-- entry closely enough. The entry key (list, reference and a fingerprint of what the entry says) makes screening
-- again raise nothing twice, and a dismissed false positive stays dismissed until the entry itself changes.
create table compliance_screening_hit (
    id             bigint generated always as identity primary key,
    client_id      bigint        not null,
    branch_id      bigint        not null,
    subject_role   varchar(20)   not null,
    subject_name   varchar(200)  not null,
    entry_id       bigint        not null,
    version_id     bigint        not null,
    kind           varchar(10)   not null,
    entry_key      varchar(120)  not null,
    score          numeric(4,3)  not null,
    matched_name   varchar(200)  not null,
    reasons        varchar(60)   not null,
    trigger        varchar(12)   not null,
    status         varchar(10)   not null default 'OPEN',
    raised_at      timestamptz   not null,
    decided_by     varchar(50),
    decided_at     timestamptz,
    decision_note  varchar(1000),
    constraint fk_compliance_screening_hit_entry foreign key (entry_id) references compliance_watch_list_entry (id),
    constraint fk_compliance_screening_hit_version foreign key (version_id)
        references compliance_watch_list_version (id),
    constraint uq_compliance_screening_hit unique (client_id, entry_key),
    constraint ck_compliance_screening_hit_role check (subject_role in ('CLIENT', 'LEGAL_REPRESENTATIVE',
        'CONTROLLER', 'BENEFICIAL_OWNER')),
    constraint ck_compliance_screening_hit_trigger check (trigger in ('ONBOARDING', 'LIST_CHANGE')),
    constraint ck_compliance_screening_hit_status check (status in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    constraint ck_compliance_screening_hit_decided check ((status = 'OPEN') = (decided_by is null))
);
create index ix_compliance_screening_hit_status on compliance_screening_hit (status, kind, id desc);
create index ix_compliance_screening_hit_client on compliance_screening_hit (client_id, id desc);
