package io.clientbench.store.internal;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.Session;

/**
 * Takes record ids from the store's sequence ({@link JdbcSchemaStore#ID_SEQUENCE}) in blocks, instead of EclipseLink's
 * default SEQUENCE table; blocks (not identity columns) let EclipseLink batch inserts. Runs before the session logs in.
 */
public class IdentitySequencing implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setDefaultSequence(new NativeSequence(JdbcSchemaStore.ID_SEQUENCE, JdbcSchemaStore.ID_BLOCK, false));
    }
}
