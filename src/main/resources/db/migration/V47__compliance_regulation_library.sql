-- Regulation library (法规遵从): the regulations the firm follows, with their dates and the firm's reading of them,
-- linked to the internal policies they affect. Recording a regulation (new, or amending one already recorded) opens
-- a task for the owner of each affected policy; a policy revised as a result is a new version that every staff
-- member acknowledges.
create table compliance_policy (
    id          bigint generated always as identity primary key,
    code        varchar(20)   not null,
    title       varchar(200)  not null,
    owner_id    bigint        not null,
    version     integer       not null default 1,
    summary     varchar(2000) not null,
    updated_by  varchar(50)   not null,
    updated_at  timestamptz   not null,
    constraint uq_compliance_policy_code unique (code),
    constraint fk_compliance_policy_owner foreign key (owner_id) references platform_staff_user (id)
);
create index ix_compliance_policy_owner on compliance_policy (owner_id);

create table compliance_regulation (
    id               bigint generated always as identity primary key,
    title            varchar(200)  not null,
    issuer           varchar(100)  not null,
    document_number  varchar(100)  not null,
    issued_on        date          not null,
    effective_on     date          not null,
    repealed_on      date,
    summary          varchar(4000) not null,
    interpretation   varchar(4000),
    amends_id        bigint,
    request_key      varchar(64)   not null,
    created_by       varchar(50)   not null,
    created_at       timestamptz   not null,
    constraint uq_compliance_regulation_request unique (request_key),
    constraint fk_compliance_regulation_amends foreign key (amends_id) references compliance_regulation (id),
    constraint ck_compliance_regulation_dates check (effective_on >= issued_on
        and (repealed_on is null or repealed_on >= effective_on))
);
create index ix_compliance_regulation_effective on compliance_regulation (effective_on desc, id desc);

create table compliance_regulation_policy (
    regulation_id  bigint not null,
    policy_id      bigint not null,
    constraint pk_compliance_regulation_policy primary key (regulation_id, policy_id),
    constraint fk_compliance_regulation_policy_regulation foreign key (regulation_id)
        references compliance_regulation (id),
    constraint fk_compliance_regulation_policy_policy foreign key (policy_id) references compliance_policy (id)
);
create index ix_compliance_regulation_policy_policy on compliance_regulation_policy (policy_id);

-- A policy owner's task: read the regulation and revise the policy, or record why it needs no change.
create table compliance_policy_task (
    id             bigint generated always as identity primary key,
    regulation_id  bigint         not null,
    policy_id      bigint         not null,
    owner_id       bigint         not null,
    due_on         date           not null,
    status         varchar(10)    not null default 'OPEN',
    outcome        varchar(12),
    note           varchar(2000),
    created_at     timestamptz    not null,
    done_at        timestamptz,
    constraint fk_compliance_policy_task_regulation foreign key (regulation_id) references compliance_regulation (id),
    constraint fk_compliance_policy_task_policy foreign key (policy_id) references compliance_policy (id),
    constraint uq_compliance_policy_task unique (regulation_id, policy_id),
    constraint ck_compliance_policy_task_status check (status in ('OPEN', 'DONE')),
    constraint ck_compliance_policy_task_outcome check ((status = 'OPEN') = (outcome is null)
        and (outcome is null or outcome in ('REVISED', 'NO_CHANGE')))
);
create index ix_compliance_policy_task_owner on compliance_policy_task (owner_id, status, due_on);

-- Each version of a policy after the first, and who has acknowledged it.
create table compliance_policy_change (
    id          bigint generated always as identity primary key,
    policy_id   bigint         not null,
    version     integer        not null,
    summary     varchar(2000)  not null,
    task_id     bigint,
    changed_by  varchar(50)    not null,
    changed_at  timestamptz    not null,
    constraint fk_compliance_policy_change_policy foreign key (policy_id) references compliance_policy (id),
    constraint fk_compliance_policy_change_task foreign key (task_id) references compliance_policy_task (id),
    constraint uq_compliance_policy_change unique (policy_id, version)
);

create table compliance_policy_acknowledgement (
    change_id        bigint       not null,
    staff_id         bigint       not null,
    acknowledged_at  timestamptz  not null,
    constraint pk_compliance_policy_acknowledgement primary key (change_id, staff_id),
    constraint fk_compliance_policy_ack_change foreign key (change_id) references compliance_policy_change (id),
    constraint fk_compliance_policy_ack_staff foreign key (staff_id) references platform_staff_user (id)
);
create index ix_compliance_policy_ack_staff on compliance_policy_acknowledgement (staff_id);
