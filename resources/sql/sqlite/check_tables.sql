-- The tables the bounded check after a crash runs quick_check on: all but the two that
-- grow with the shop's history, the events and the orders, whose ends it reads instead.
SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('events', 'orders') ORDER BY name
