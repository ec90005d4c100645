-- Each accrual of interest on a margin debt (融资利息, 融券费用): the calendar days it covers after the last one, up
-- to and including its day, at the contract's annual rate / 360 on the outstanding amount. The debt's interest and
-- accrued_until move with it in the same transaction; a day is never accrued twice.
create table margin_interest_accrual (
    id          bigint generated always as identity primary key,
    debt_id     bigint        not null,
    accrued_on  date          not null,
    days        integer       not null,
    base        numeric(20,2) not null,
    annual_rate numeric(6,4)  not null,
    amount      numeric(20,2) not null,
    constraint fk_margin_interest_accrual_debt foreign key (debt_id) references margin_debt (id),
    constraint uq_margin_interest_accrual unique (debt_id, accrued_on),
    constraint ck_margin_interest_accrual check (days > 0 and amount >= 0)
);
