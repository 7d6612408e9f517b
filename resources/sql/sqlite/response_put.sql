INSERT OR REPLACE INTO responses (device, request_id, created_at, response) VALUES (:device, :request_id, :created_at, :response)
