SELECT to_regclass('meta') IS NOT NULL
