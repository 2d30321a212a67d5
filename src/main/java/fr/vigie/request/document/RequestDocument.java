package fr.vigie.request.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.vigie.account.AppUser;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A file attached to a request, maybe with the event it came with. Only the metadata: the bytes are in
 * {@link DocumentContent}, so that lists never load them. Written only through the request writer.
 */
@Entity
@Table(name = "request_document")
public class RequestDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    /** The event the file came with; null for a file attached to the request alone. */
    @Column(name = "event_id")
    public Long eventId;

    /** Sanitised: no folder, no control characters, at most 200 characters. */
    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    /** Detected from the bytes, never taken from the browser. */
    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(nullable = false, length = 64)
    public String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    public AppUser uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public Long eventId() {
        return eventId;
    }
}
