SAVEPOINT command
