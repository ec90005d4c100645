-- Allocation models for institutions (house rule), kept under the stage INSTITUTION: an institution has no household
-- life cycle, keeps more cash for its operations, and its plan follows its category alone.
insert into wealth_model_allocation (category, stage, cash, fixed_income, equity, alternative)
values ('C1', 'INSTITUTION', 0.50, 0.50, 0.00, 0.00),
       ('C2', 'INSTITUTION', 0.30, 0.60, 0.10, 0.00),
       ('C3', 'INSTITUTION', 0.20, 0.50, 0.25, 0.05),
       ('C4', 'INSTITUTION', 0.15, 0.40, 0.35, 0.10),
       ('C5', 'INSTITUTION', 0.10, 0.30, 0.50, 0.10);
