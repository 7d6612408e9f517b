SELECT response FROM responses WHERE device = :device AND request_id = :request_id AND created_at >= :since
