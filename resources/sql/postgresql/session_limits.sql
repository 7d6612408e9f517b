SELECT set_config('idle_in_transaction_session_timeout', '10s', false), set_config('lock_timeout', '10s', false)
