package fr.vigie.search.index;

import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

import fr.vigie.search.source.Entry;
import fr.vigie.search.source.RequestFacts;
import fr.vigie.search.source.SearchField;

/**
 * How an {@link Entry} is written into the index: its texts analysed and stored with their offsets (snippets
 * are cut from them without analysing again), the facts of its request as exact terms to filter on, and what a
 * result shows, stored.
 */
public final class IndexFields {

    public static final String TYPE = "type";
    public static final String REQUEST_ID = "requestId";
    public static final String EVENT_ID = "eventId";
    public static final String DOCUMENT_ID = "documentId";
    public static final String MAIL_ID = "mailId";
    public static final String DATE = "date";
    public static final String REQUEST_TITLE = "requestTitle";
    public static final String BODY_NAME = "bodyName";
    public static final String PUBLIC_KEY = "publicKey";
    public static final String LABEL = "label";
    public static final String STATUS = "status";
    public static final String PAGE_STARTS = "pageStarts";
    public static final String BODY_ID = "bodyId";
    public static final String BODY_KIND = "bodyKind";
    public static final String DEPARTEMENT = "departement";
    public static final String REGIME = "regime";
    public static final String STAGE = "stage";
    public static final String TAG = "tag";
    public static final String OWNER = "owner";
    public static final String VISIBILITY = "visibility";
    public static final String CAMPAIGN_ID = "campaignId";

    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private IndexFields() {
    }

    public static Document toDocument(Entry entry) {
        Document doc = new Document();
        RequestFacts r = entry.request();
        doc.add(new StringField(TYPE, entry.type().name(), Field.Store.YES));
        doc.add(new StringField(REQUEST_ID, Long.toString(r.id()), Field.Store.YES));
        doc.add(new StoredField(REQUEST_TITLE, r.title()));
        stored(doc, BODY_NAME, r.bodyName());
        if (r.isPublic()) {
            doc.add(new StoredField(PUBLIC_KEY, r.publicKey()));
        }
        if (entry.eventId() != null) {
            doc.add(new StoredField(EVENT_ID, entry.eventId()));
        }
        if (entry.documentId() != null) {
            doc.add(new StoredField(DOCUMENT_ID, entry.documentId()));
        }
        if (entry.mailId() != null) {
            doc.add(new StoredField(MAIL_ID, entry.mailId()));
        }
        long day = entry.date().toEpochDay();
        doc.add(new LongPoint(DATE, day));
        doc.add(new NumericDocValuesField(DATE, day));
        doc.add(new StoredField(DATE, day));
        stored(doc, LABEL, entry.label());
        stored(doc, STATUS, entry.status());
        stored(doc, PAGE_STARTS, entry.pageStarts());
        exact(doc, BODY_ID, Long.toString(r.bodyId()));
        exact(doc, BODY_KIND, r.bodyKind());
        exact(doc, DEPARTEMENT, r.departement());
        exact(doc, REGIME, r.regime());
        exact(doc, STAGE, r.stage());
        exact(doc, OWNER, r.owner());
        exact(doc, VISIBILITY, r.visibility());
        exact(doc, CAMPAIGN_ID, r.campaignId() == null ? null : r.campaignId().toString());
        r.tags().forEach(t -> exact(doc, TAG, t));
        for (Map.Entry<SearchField, String> text : entry.texts().entrySet()) {
            if (text.getValue() != null && !text.getValue().isBlank()) {
                doc.add(new Field(text.getKey().field(), text.getValue(), TEXT));
            }
        }
        return doc;
    }

    private static void exact(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StringField(name, value, Field.Store.NO));
        }
    }

    private static void stored(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }
}
