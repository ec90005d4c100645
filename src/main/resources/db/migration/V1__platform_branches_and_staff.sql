-- Branches (营业部) and the staff who work in them.
create table platform_branch (
    id          bigint generated always as identity primary key,
    code        varchar(16)  not null,
    name        varchar(100) not null,
    name_en     varchar(100) not null,
    city        varchar(50)  not null,
    head_office boolean      not null default false,
    created_at  timestamptz  not null,
    constraint uq_platform_branch_code unique (code)
);

create table platform_staff_user (
    id                   bigint generated always as identity primary key,
    username             varchar(50)  not null,
    display_name         varchar(100) not null,
    employee_number      varchar(20)  not null,
    branch_id            bigint       not null,
    sac_number           varchar(30),
    email                varchar(120),
    phone                varchar(20),
    status               varchar(16)  not null,
    password_hash        varchar(200) not null,
    password_must_change boolean      not null default true,
    password_changed_at  timestamptz,
    failed_attempts      integer      not null default 0,
    locked_until         timestamptz,
    preferred_locale     varchar(10),
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint uq_platform_staff_user_username unique (username),
    constraint uq_platform_staff_user_employee_number unique (employee_number),
    constraint fk_platform_staff_user_branch foreign key (branch_id) references platform_branch (id),
    constraint ck_platform_staff_user_status check (status in ('ACTIVE', 'DISABLED')),
    constraint ck_platform_staff_user_failed_attempts check (failed_attempts >= 0)
);
create index ix_platform_staff_user_branch on platform_staff_user (branch_id);
create index ix_platform_staff_user_display_name on platform_staff_user (lower(display_name));

create table platform_staff_role (
    staff_id bigint      not null,
    role     varchar(32) not null,
    constraint pk_platform_staff_role primary key (staff_id, role),
    constraint fk_platform_staff_role_staff foreign key (staff_id) references platform_staff_user (id),
    constraint ck_platform_staff_role_role check (role in ('ADMIN', 'BRANCH_MANAGER', 'ACCOUNT_MANAGER',
        'COUNTER_CLERK', 'CREDIT_OFFICER', 'RISK_OFFICER', 'COMPLIANCE_OFFICER', 'AUDITOR',
        'RESEARCH_ANALYST', 'WEALTH_ADVISER'))
);
create index ix_platform_staff_role_role on platform_staff_role (role);

-- Earlier password hashes, so the last five cannot be chosen again.
create table platform_password_history (
    id            bigint generated always as identity primary key,
    staff_id      bigint       not null,
    password_hash varchar(200) not null,
    created_at    timestamptz  not null,
    constraint fk_platform_password_history_staff foreign key (staff_id) references platform_staff_user (id)
);
create index ix_platform_password_history_staff on platform_password_history (staff_id, created_at desc);
