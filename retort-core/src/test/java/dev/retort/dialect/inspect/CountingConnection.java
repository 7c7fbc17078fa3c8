package dev.retort.dialect.inspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real connection wrapped so that every {@code execute*} call on a statement it creates is counted.
 * {@link Connection#getMetaData()} is refused: its look-ups would run queries the count cannot see.
 */
final class CountingConnection {
    private final AtomicInteger executions = new AtomicInteger();
    private final Connection connection;

    CountingConnection(Connection real) {
        connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof PreparedStatement ps) {
                        return wrap(ps, PreparedStatement.class);
                    }
                    if (result instanceof Statement s) {
                        return wrap(s, Statement.class);
                    }
                    if (method.getName().equals("getMetaData")) {
                        throw new AssertionError("inspectors read the catalog with SQL, not DatabaseMetaData");
                    }
                    return result;
                });
    }

    Connection connection() {
        return connection;
    }

    int executions() {
        return executions.get();
    }

    private <T extends Statement> T wrap(T statement, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
