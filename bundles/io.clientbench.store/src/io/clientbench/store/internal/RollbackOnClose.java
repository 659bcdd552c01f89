package io.clientbench.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * Wraps a connection so that closing it rolls back whatever was not committed. Derby refuses to close a connection
 * inside a transaction (25001), which would turn every forgotten commit or early exception into a leak; rolling back
 * keeps "every write is one transaction": work counts only once committed.
 */
final class RollbackOnClose implements InvocationHandler {

    private final Connection target;

    private RollbackOnClose(Connection target) {
        this.target = target;
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(RollbackOnClose.class.getClassLoader(), new Class<?>[] { Connection.class },
                new RollbackOnClose(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if ("close".equals(method.getName()) && method.getParameterCount() == 0 && !target.isClosed()) {
            try {
                if (!target.getAutoCommit()) {
                    target.rollback();
                }
            } finally {
                target.close();
            }
            return null;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
