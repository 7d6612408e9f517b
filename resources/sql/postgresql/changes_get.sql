SELECT version FROM changes WHERE id = 1
