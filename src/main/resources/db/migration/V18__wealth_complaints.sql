-- Complaints (投诉) from any channel, with their deadlines (acknowledge within 1 working day, answer within 15 days,
-- extendable once by 15, callback within 7 days after closing), the answer, compensation and the callback.
create sequence wealth_complaint_seq;
create table wealth_complaint (
    id                   bigint generated always as identity primary key,
    reference            varchar(24)   not null,
    client_id            bigint        not null,
    branch_id            bigint        not null,
    channel              varchar(16)   not null,
    category             varchar(16)   not null,
    severity             varchar(16)   not null,
    description          varchar(2000) not null,
    adviser              varchar(50),
    product_id           bigint,
    regulator_reportable boolean       not null,
    status               varchar(16)   not null,
    handler              varchar(50),
    received_at          timestamptz   not null,
    received_on          date          not null,
    acknowledge_by       date          not null,
    acknowledged_at      timestamptz,
    answer_by            date          not null,
    extended             boolean       not null default false,
    extension_reason     varchar(500),
    root_cause           varchar(1000),
    resolution           varchar(2000),
    compensation         numeric(20,2),
    closed_on            date,
    callback_by          date,
    satisfaction         varchar(16),
    callback_note        varchar(500),
    escalated_at         timestamptz,
    reopened_count       integer       not null default 0,
    version              bigint        not null default 0,
    created_by           varchar(50)   not null,
    request_key          varchar(64)   not null,
    constraint ux_wealth_complaint_reference unique (reference),
    constraint ux_wealth_complaint_request unique (request_key),
    constraint fk_wealth_complaint_client foreign key (client_id) references clients_client (id),
    constraint fk_wealth_complaint_product foreign key (product_id) references wealth_product (id),
    constraint ck_wealth_complaint_channel check (channel in ('COUNTER', 'PHONE', 'LETTER', 'EMAIL', 'ONLINE',
        'REGULATOR')),
    constraint ck_wealth_complaint_category check (category in ('SERVICE', 'PRODUCT', 'TRADING', 'FEES',
        'STAFF_CONDUCT', 'SYSTEM')),
    constraint ck_wealth_complaint_severity check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    constraint ck_wealth_complaint_status check (status in ('RECEIVED', 'ACKNOWLEDGED', 'CLOSED')),
    constraint ck_wealth_complaint_satisfaction check (satisfaction is null or satisfaction in ('VERY_SATISFIED',
        'SATISFIED', 'NEUTRAL', 'DISSATISFIED')),
    constraint ck_wealth_complaint_compensation check (compensation is null or compensation >= 0),
    constraint ck_wealth_complaint_closed check ((status = 'CLOSED') = (closed_on is not null)),
    constraint ck_wealth_complaint_extension check (not extended or extension_reason is not null)
);
create index ix_wealth_complaint_branch on wealth_complaint (branch_id, status, received_on desc);
create index ix_wealth_complaint_client on wealth_complaint (client_id, received_on desc);
create index ix_wealth_complaint_open on wealth_complaint (answer_by) where status <> 'CLOSED';

-- Each step taken on a complaint and each investigation note, in order.
create table wealth_complaint_event (
    id           bigint generated always as identity primary key,
    complaint_id bigint        not null,
    kind         varchar(16)   not null,
    text         varchar(2000),
    actor        varchar(50)   not null,
    at           timestamptz   not null,
    constraint fk_wealth_complaint_event_complaint foreign key (complaint_id) references wealth_complaint (id),
    constraint ck_wealth_complaint_event_kind check (kind in ('RECEIVED', 'ASSIGNED', 'ACKNOWLEDGED', 'NOTE',
        'EXTENDED', 'CLOSED', 'CALLBACK', 'REOPENED', 'ESCALATED'))
);
create index ix_wealth_complaint_event_complaint on wealth_complaint_event (complaint_id, at, id);
