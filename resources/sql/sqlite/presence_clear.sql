DELETE FROM presence WHERE server = :server
