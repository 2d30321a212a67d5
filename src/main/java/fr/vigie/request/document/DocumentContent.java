package fr.vigie.request.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The bytes of a {@link RequestDocument}, in the database so that every instance sharing it serves the
 * same files (BYTEA on PostgreSQL, BINARY VARYING on H2).
 */
@Entity
@Table(name = "request_document_content")
public class DocumentContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Column(nullable = false)
    public byte[] content;
}
