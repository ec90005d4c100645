-- Securities master (证券基础信息).
create table market_security (
    code                 varchar(6)    not null,
    name                 varchar(50)   not null,
    exchange             varchar(8)    not null,
    board                varchar(16)   not null,
    type                 varchar(16)   not null,
    lot_size             integer       not null,
    tick_size            numeric(10,4) not null,
    price_limit          numeric(6,4),
    st                   boolean       not null default false,
    suspended            boolean       not null default false,
    listing_date         date          not null,
    margin_eligible      boolean       not null default false,
    collateral_rate      numeric(5,4)  not null default 0,
    t_plus_zero          boolean       not null default false,
    version              bigint        not null default 0,
    updated_at           timestamptz   not null,
    constraint pk_market_security primary key (code),
    constraint ck_market_security_exchange check (exchange in ('SSE', 'SZSE', 'BSE')),
    constraint ck_market_security_board check (board in ('MAIN', 'CHINEXT', 'STAR', 'BSE')),
    constraint ck_market_security_type check (type in ('STOCK', 'ETF', 'LOF', 'BOND', 'CONVERTIBLE')),
    constraint ck_market_security_lot check (lot_size > 0),
    constraint ck_market_security_tick check (tick_size > 0),
    constraint ck_market_security_limit check (price_limit is null or (price_limit > 0 and price_limit < 1)),
    constraint ck_market_security_collateral check (collateral_rate >= 0 and collateral_rate <= 1)
);
create index ix_market_security_name on market_security (name);
create index ix_market_security_board on market_security (exchange, board);

-- Trading calendar: one row per calendar day the firm knows; weekends and exchange holidays are closed.
create table market_calendar_day (
    day      date        not null,
    trading  boolean     not null,
    note     varchar(50),
    constraint pk_market_calendar_day primary key (day)
);

insert into market_calendar_day (day, trading)
select d::date, extract(isodow from d) < 6
from generate_series(date '2024-01-01', date '2027-12-31', interval '1 day') as d;

-- Exchange holidays on weekdays (SSE/SZSE closing notices). 2027 follows the expected pattern and is
-- provisional until the State Council publishes its holiday arrangement; admins correct it in the calendar page.
update market_calendar_day set trading = false, note = '元旦' where day in
    ('2024-01-01', '2025-01-01', '2026-01-01', '2026-01-02', '2027-01-01');
update market_calendar_day set trading = false, note = '春节' where day in
    ('2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16',
     '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04',
     '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23',
     '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12');
update market_calendar_day set trading = false, note = '清明节' where day in
    ('2024-04-04', '2024-04-05', '2025-04-04', '2026-04-06', '2027-04-05');
update market_calendar_day set trading = false, note = '劳动节' where day in
    ('2024-05-01', '2024-05-02', '2024-05-03', '2025-05-01', '2025-05-02', '2025-05-05',
     '2026-05-01', '2026-05-04', '2026-05-05', '2027-05-03', '2027-05-04', '2027-05-05');
update market_calendar_day set trading = false, note = '端午节' where day in
    ('2024-06-10', '2025-06-02', '2026-06-19', '2027-06-09');
update market_calendar_day set trading = false, note = '中秋节' where day in
    ('2024-09-16', '2024-09-17', '2025-10-06', '2026-09-25', '2027-09-15');
update market_calendar_day set trading = false, note = '国庆节' where day in
    ('2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07',
     '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-07', '2025-10-08',
     '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07',
     '2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07');

-- Daily bars (日线). Prices in numeric(20,4): stocks use 2 decimals, funds 3.
create table market_daily_bar (
    code        varchar(6)    not null,
    trade_date  date          not null,
    open        numeric(20,4) not null,
    high        numeric(20,4) not null,
    low         numeric(20,4) not null,
    close       numeric(20,4) not null,
    prev_close  numeric(20,4) not null,
    volume      bigint        not null,
    turnover    numeric(20,2) not null,
    simulated   boolean       not null default false,
    constraint pk_market_daily_bar primary key (code, trade_date),
    constraint fk_market_daily_bar_security foreign key (code) references market_security (code),
    constraint fk_market_daily_bar_day foreign key (trade_date) references market_calendar_day (day),
    constraint ck_market_daily_bar_prices check (low > 0 and low <= open and low <= close and high >= open
        and high >= close and prev_close > 0),
    constraint ck_market_daily_bar_volume check (volume >= 0 and turnover >= 0)
);
create index ix_market_daily_bar_date on market_daily_bar (trade_date);

-- The latest price of each security, moved by the exchange feed (or the simulated feed in demo mode).
create table market_latest_price (
    code        varchar(6)    not null,
    price       numeric(20,4) not null,
    prev_close  numeric(20,4) not null,
    updated_at  timestamptz   not null,
    simulated   boolean       not null default false,
    constraint pk_market_latest_price primary key (code),
    constraint fk_market_latest_price_security foreign key (code) references market_security (code),
    constraint ck_market_latest_price_positive check (price > 0 and prev_close > 0)
);
