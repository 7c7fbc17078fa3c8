package dev.retort.cli.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A database that comes up late: a TCP port that is closed (connections refused) for a while, then
 * forwards every connection to the real server. The real server is never touched.
 */
final class LateProxy implements AutoCloseable {
    private final int port;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    private LateProxy(int port, int targetPort, long delayMillis) {
        this.port = port;
        this.thread = new Thread(() -> serve(targetPort, delayMillis), "late-proxy-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    static LateProxy start(int targetPort, long delayMillis) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return new LateProxy(port, targetPort, delayMillis);
    }

    int port() {
        return port;
    }

    private void serve(int targetPort, long delayMillis) {
        try {
            Thread.sleep(delayMillis);
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            open.add(server);
            while (!closed) {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pump(client.getInputStream(), upstream.getOutputStream());
                pump(upstream.getInputStream(), client.getOutputStream());
            }
        } catch (InterruptedException | IOException e) {
            // Closed by the test.
        }
    }

    private static void pump(InputStream in, OutputStream out) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // The other side closed.
            } finally {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Best effort.
            }
        }
    }
}
