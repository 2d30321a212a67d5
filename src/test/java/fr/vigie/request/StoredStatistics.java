package fr.vigie.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import fr.vigie.request.procedure.Avis;
import fr.vigie.request.procedure.StatisticsFacts;

/** The statistics facts as the database holds them, read and spoiled by SQL behind the application's back. */
final class StoredStatistics {

    private StoredStatistics() {
    }

    /** Every request's stored facts, by id. */
    static Map<Long, StatisticsFacts> all(DataSource dataSource) {
        return read(dataSource, "");
    }

    static StatisticsFacts of(DataSource dataSource, long requestId) {
        return read(dataSource, " WHERE id = " + requestId).get(requestId);
    }

    /** Dates and avis to null, every flag to its opposite: no fact left right. */
    static void spoil(DataSource dataSource, String where) {
        execute(dataSource, "UPDATE access_request SET first_sent_date = NULL, first_answer_date = NULL, answer_due_date = NULL,"
                + " answer_refused = NOT answer_refused, cada_referral_sent = NOT cada_referral_sent, cada_avis = NULL,"
                + " favourable_avis_ignored = NOT favourable_avis_ignored" + where);
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Map<Long, StatisticsFacts> read(DataSource dataSource, String where) {
        Map<Long, StatisticsFacts> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, first_sent_date,"
                + " first_answer_date, answer_due_date, answer_refused, cada_referral_sent, cada_avis, favourable_avis_ignored"
                + " FROM access_request" + where + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new StatisticsFacts(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getBoolean(6),
                        rs.getString(7) == null ? null : Avis.valueOf(rs.getString(7)), rs.getBoolean(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
