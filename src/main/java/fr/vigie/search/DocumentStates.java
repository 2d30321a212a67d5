package fr.vigie.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.search.extract.ExtractionStatus;
import fr.vigie.web.Page;
import io.agroal.api.AgroalDataSource;

/** The documents whose reading is in one state (by default, those not read), newest first, a page at a time. */
@ApplicationScoped
public class DocumentStates {

    /** A document and how reading it went. */
    public record Row(long documentId, String fileName, long requestId, String requestTitle, String status, String error,
            boolean ocr) {
    }

    private final AgroalDataSource dataSource;

    DocumentStates(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param status one state, or null for every state where the text was not read */
    public Page<Row> list(ExtractionStatus status, int page, int size) throws SQLException {
        String where = status == null ? "x.status IN ('NO_TEXT', 'FAILED', 'TOO_LARGE')" : "x.status = ?";
        List<Row> rows = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.file_name, r.id, r.title, x.status, x.error, x.ocr"
                    + " FROM search_extraction x JOIN request_document d ON d.id = x.document_id"
                    + " JOIN access_request r ON r.id = d.request_id WHERE " + where
                    + " ORDER BY d.id DESC OFFSET " + (long) (page - 1) * size + " ROWS FETCH FIRST " + size + " ROWS ONLY")) {
                if (status != null) {
                    ps.setString(1, status.name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getBoolean(7)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM search_extraction x WHERE " + where)) {
                if (status != null) {
                    ps.setString(1, status.name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        return new Page<>(rows, page, size, total);
    }
}
