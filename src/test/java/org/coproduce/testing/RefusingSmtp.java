package org.coproduce.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** An SMTP server that refuses every recipient with 550, quoting the address as real servers do. */
final class RefusingSmtp implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    RefusingSmtp(int port) throws IOException {
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        for (int attempt = 0; ; attempt++) {
            try {
                socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
                break;
            } catch (java.net.BindException notYet) {
                if (attempt >= 30) {
                    throw notYet;
                }
                TestMail.pause(); // GreenMail may still be letting the port go
            }
        }
        acceptor = Thread.ofVirtual().start(this::accept);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void converse(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 refusing.test ESMTP\r\n");
            out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.toUpperCase();
                if (command.startsWith("RCPT TO:")) {
                    String address = line.substring(line.indexOf(':') + 1).strip();
                    out.print("550 5.1.1 " + address + ": Recipient address rejected: User unknown\r\n");
                } else if (command.startsWith("QUIT")) {
                    out.print("221 bye\r\n");
                    out.flush();
                    return;
                } else if (command.startsWith("DATA")) {
                    out.print("503 5.5.1 No valid recipients\r\n");
                } else {
                    out.print("250 OK\r\n");
                }
                out.flush();
            }
        } catch (IOException gone) {
            // the client hung up
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}
