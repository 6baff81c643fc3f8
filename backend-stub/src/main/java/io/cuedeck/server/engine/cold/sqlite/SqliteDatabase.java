package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.server.engine.EngineUnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite connection behind one lock: every unit of work is a transaction that commits
 * completely or rolls back. WAL with {@code synchronous=FULL} makes a returned commit durable
 * against a killed process and a power loss; WAL keeps that cost to one fsync per commit, which
 * is why callers batch (the answer journal commits hundreds of answers at once).
 */
final class SqliteDatabase implements AutoCloseable {

    /** A piece of work on the connection, inside a transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean up = true;

    SqliteDatabase(Path file) {
        this.file = file;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA foreign_keys=ON");
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new EngineUnavailableException("cannot open the SQLite store " + file + ": " + e.getMessage(), e);
        }
    }

    boolean isUp() {
        return up;
    }

    /** Runs {@code work} in one transaction; a runtime exception from it rolls back and propagates. */
    <T> T transaction(Work<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                up = true;
                return result;
            } catch (SQLException e) {
                rollback();
                up = false;
                throw new EngineUnavailableException("the SQLite store " + file + " failed: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next transaction reports it
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new EngineUnavailableException("cannot close the SQLite store " + file, e);
        } finally {
            lock.unlock();
        }
    }
}
