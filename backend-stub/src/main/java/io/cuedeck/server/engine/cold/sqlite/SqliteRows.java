package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.server.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: bind parameters, read JSON bodies from the first column. */
final class SqliteRows {

    private SqliteRows() {
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    static <T> List<T> all(Connection c, String sql, Class<T> type, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (r.next()) {
                out.add(Json.read(r.getString(1), type));
            }
            return out;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Class<T> type, Object... params) throws SQLException {
        List<T> rows = all(c, sql, type, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
