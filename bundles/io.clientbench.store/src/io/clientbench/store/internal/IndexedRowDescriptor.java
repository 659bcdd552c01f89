package io.clientbench.store.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.descriptors.ObjectBuilder;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.DatabaseRecord;

/**
 * A descriptor whose insert and update rows find their fields by hash. EclipseLink's {@code AbstractRecord.put} looks
 * a field up by a linear search, so building the row of a customer with about a hundred columns costs thousands of
 * field comparisons; on a bulk insert that was half of the time (flight recording, BENCHMARKS.md).
 */
final class IndexedRowDescriptor extends RelationalDescriptor {

    IndexedRowDescriptor(Class<?> javaClass, String table) {
        setJavaClass(javaClass);
        addTableName(table);
        setObjectBuilder(new IndexedRowBuilder(this));
    }

    private static final class IndexedRowBuilder extends ObjectBuilder {

        IndexedRowBuilder(RelationalDescriptor descriptor) {
            super(descriptor);
        }

        @Override
        public AbstractRecord createRecord(AbstractSession session) {
            return new IndexedRecord(getDescriptor().getFields().size());
        }

        @Override
        public AbstractRecord createRecord(int size, AbstractSession session) {
            return new IndexedRecord(size);
        }
    }

    /**
     * {@link DatabaseRecord} with a field → position index beside its vectors. The index is rebuilt whenever the
     * record changed size through another method, and a hit is checked against the vector, so it can only save time.
     */
    static final class IndexedRecord extends DatabaseRecord {

        private static final long serialVersionUID = 1L;

        private transient Map<DatabaseField, Integer> positions;

        IndexedRecord(int capacity) {
            super(Math.max(capacity, 1));
        }

        @Override
        public Object put(DatabaseField key, Object value) {
            if (positions == null || positions.size() != fields.size()) {
                reindex();
            }
            Integer position = positions.get(key);
            if (position != null && key.equals(fields.get(position))) {
                return values.set(position, value);
            }
            if (position != null) { // stale: another method reordered the record; look it up the slow way once
                positions = null;
                return super.put(key, value);
            }
            add(key, value);
            positions.put(key, fields.size() - 1);
            return null;
        }

        private void reindex() {
            positions = new HashMap<>(Math.max(16, fields.size() * 2));
            for (int i = fields.size() - 1; i >= 0; i--) { // the first of equal fields wins, as in indexOf
                positions.put(fields.get(i), i);
            }
        }

        @Override
        public IndexedRecord clone() {
            IndexedRecord clone = (IndexedRecord) super.clone();
            clone.positions = null;
            return clone;
        }
    }
}
