package org.coproduce.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A loopback TCP proxy. {@link #cut()} closes every open connection and refuses new ones,
 * as a database that went down would; {@link #restore()} lets connections through again.
 * {@link #listen} hears the SQL the app sends through it ({@link SqlHeard}).
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String host;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    private TcpProxy(ServerSocket server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    public static TcpProxy start(int listenPort, String host, int port) {
        try {
            var proxy = new TcpProxy(new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress()), host, port);
            Thread.ofPlatform().daemon().name("tcp-proxy").start(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + listenPort, e);
        }
    }

    public void cut() {
        cut = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    /** Hears the text of every statement the app sends through the proxy, on any connection, until the answer is closed. */
    public AutoCloseable listen(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream;
                try {
                    upstream = new Socket(host, port);
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                open.add(upstream);
                pipe(client, upstream, new SqlHeard(sql -> listeners.forEach(l -> l.accept(sql))));
                pipe(upstream, client, null);
            } catch (IOException e) {
                // closed or upstream refused: the client sees its connection closed
            }
        }
    }

    private void pipe(Socket from, Socket to, SqlHeard statements) {
        Thread.ofPlatform().daemon().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[16384];
                for (int read; (read = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, read);
                    out.flush();
                    if (statements != null) {
                        statements.feed(buffer, 0, read);
                    }
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
