package fr.vigie.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A request's reply key: its reply address (demandes+{key}@...) and the reference put in the subjects it sends. */
@Entity
@Table(name = "mail_request_key")
public class RequestMailKey extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public Long requestId;

    /** Random, so that nobody can write into a request by guessing its number. */
    @Column(name = "reply_key", nullable = false, length = 32)
    public String key;

    static RequestMailKey byKey(String key) {
        return find("key", key).firstResult();
    }
}
