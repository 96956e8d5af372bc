package org.kgexplorer.neo4jlocal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts an embedded Neo4j Community DBMS with Bolt on 127.0.0.1:PORT, data in DIR.
 *
 * Usage: LocalNeo4j --port PORT --data DIR [--tx-timeout-ms MS] [--tx-memory BYTES] [--tx-memory-total BYTES]
 *
 * Prints "NEO4J_LOCAL_READY bolt://127.0.0.1:PORT" once the DBMS is up. Stops cleanly on SIGINT/SIGTERM
 * and when its standard input closes, which is how it notices that the parent process died: the Node side
 * keeps the pipe open for as long as it lives, so no JVM outlives it.
 */
public final class LocalNeo4j {
    public static void main(String[] args) throws Exception {
        int port = 7687;
        Path data = Path.of("neo4j-data");
        long txTimeoutMs = 120_000;
        long txMemory = 256L * 1024 * 1024;
        long txMemoryTotal = 768L * 1024 * 1024;
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--tx-timeout-ms" -> txTimeoutMs = Long.parseLong(args[++i]);
                case "--tx-memory" -> txMemory = Long.parseLong(args[++i]);
                case "--tx-memory-total" -> txMemoryTotal = Long.parseLong(args[++i]);
                default -> { }
            }
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only and a throwaway or developer-owned store: no users to manage.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // LOAD CSV must not read files of this machine.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                // A runaway query is stopped by the database as well as by the app: a timeout for every
                // transaction, a memory cap per transaction (a 10-million-element list is refused instead of
                // filling the heap) and one for all transactions together.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(txTimeoutMs))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemory)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryTotal)
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                dbms.shutdown();
                System.out.println("NEO4J_LOCAL_STOPPED");
                System.out.flush();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

        System.out.println("NEO4J_LOCAL_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // Block until the parent closes our stdin (normal stop or parent death), then shut down.
        InputStream in = System.in;
        byte[] buf = new byte[256];
        while (in.read(buf) >= 0) {
            // Ignore anything written; only EOF matters.
        }
        System.exit(0);
    }
}
