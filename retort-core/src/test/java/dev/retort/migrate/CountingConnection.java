package dev.retort.migrate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * A real connection that tells each call reaching the server: {@code commit}, {@code rollback}, and each
 * {@code execute...} of a statement it made (an execute, a batch).
 */
final class CountingConnection {
    private CountingConnection() {
    }

    static Connection of(Connection real, Consumer<String> call) {
        return proxy(Connection.class, real, name -> {
            if (name.equals("commit") || name.equals("rollback")) {
                call.accept(name);
            }
        }, call);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, Consumer<String> before, Consumer<String> call) {
        InvocationHandler handler = (p, method, args) -> {
            before.accept(method.getName());
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement s && !(result instanceof java.sql.CallableStatement)) {
                Class<? extends Statement> kind = result instanceof java.sql.PreparedStatement
                        ? java.sql.PreparedStatement.class : Statement.class;
                return proxy((Class<Statement>) kind, s, name -> {
                    if (name.startsWith("execute")) {
                        call.accept(name);
                    }
                }, call);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(CountingConnection.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
