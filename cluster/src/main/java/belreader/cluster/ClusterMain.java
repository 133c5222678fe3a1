package belreader.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;
import org.opensearch.transport.TransportService;

/**
 * Starts a local OpenSearch cluster of N nodes inside this JVM, on loopback, with ports chosen free by the
 * operating system. When every node has joined, it writes a JSON file naming each node's HTTP URL, then waits
 * until the JVM is told to stop (SIGTERM / SIGINT), when it closes every node.
 *
 * Faults for tests: the JVM watches the folder WORKDIR/control. A file `stop-node-I` there closes node I (as a
 * node that goes away: its shards' copies on the other nodes take over); `start-node-I` starts it again on its
 * data (a new HTTP port). The file is removed when done and the JSON file rewritten: "urls" names the nodes
 * running (null for a stopped one).
 *
 * A second, throttled cluster for tests of real rejections (--throttled): one node of its own (NAME-throttled,
 * single-node discovery) whose write thread pool has one thread and no queue, so a bulk request whose documents
 * fall on several shards has every shard's write that finds the thread busy rejected with 429
 * (rejected_execution_exception), as a loaded cluster does. Its URL is "throttled" in the JSON file.
 *
 * A node of its own JVM joining a running cluster (--join SEED, the "seed" of the cluster's JSON file: its first
 * node's transport address), for a fault no node of the shared JVM can show: its process killed (SIGKILL), with
 * no shutdown at all. It writes {"pid", "url"} to --out once started.
 *
 * Usage: java -jar belreader-cluster.jar --nodes 2 --dir WORKDIR --out cluster.json [--name NAME] [--throttled]
 *        java -jar belreader-cluster.jar --join SEED --node-name NODE --dir WORKDIR --out node.json [--name NAME]
 */
public final class ClusterMain {

    /** A Node that loads the given plugin classes from the class path, as the distribution's modules would be. */
    static final class PluginNode extends Node {
        PluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    private final String name;
    private final Path dir;
    private final Path out;
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private String seed;
    private Node throttled;
    private String throttledUrl;

    private ClusterMain(String name, Path dir, Path out) {
        this.name = name;
        this.dir = dir;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int count = 2;
        Path dir = null;
        Path out = null;
        String name = "belreader-test";
        boolean throttled = false;
        String join = null;
        String nodeName = "joined";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> count = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--name" -> name = args[++i];
                case "--throttled" -> throttled = true;
                case "--join" -> join = args[++i];
                case "--node-name" -> nodeName = args[++i];
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (dir == null || out == null || count < 1) {
            System.err.println("usage: --nodes N --dir WORKDIR --out cluster.json [--name NAME]");
            System.exit(2);
        }
        Files.createDirectories(dir.resolve("control"));
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureWithoutConfig(Settings.EMPTY);

        ClusterMain cluster = new ClusterMain(name, dir, out);
        if (join != null) {
            cluster.joinAlone(join, nodeName);
            return;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (cluster) {
                for (int i = 0; i < cluster.nodes.size(); i++) {
                    cluster.close(i);
                }
                cluster.closeThrottled();
            }
            stop.countDown();
        }, "belreader-cluster-stop"));
        synchronized (cluster) {
            for (int i = 0; i < count; i++) {
                cluster.nodes.add(null);
                cluster.urls.add(null);
                cluster.start(i);
            }
            if (throttled) {
                cluster.startThrottled();
            }
            cluster.writeInfo();
        }
        Thread watcher = new Thread(cluster::watch, "belreader-cluster-control");
        watcher.setDaemon(true);
        watcher.start();
        stop.await();
    }

    /** Start node i (on its data folder, if it ran before). */
    private void start(int i) throws Exception {
        start(i, "node-" + i);
    }

    private void start(int i, String nodeName) throws Exception {
        boolean first = seed == null; // the cluster's first node (a node joining it is given the seed)
        Path home = dir.resolve(nodeName);
        Files.createDirectories(home.resolve("config"));
        Settings.Builder settings = Settings.builder()
            .put("cluster.name", name)
            .put("node.name", nodeName)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", "0")
            .put("transport.port", "0")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true);
        if (first) {
            // the first node forms the cluster alone; the others join it through its transport address
            settings.putList("cluster.initial_cluster_manager_nodes", nodeName);
            settings.putList("discovery.seed_hosts", List.of());
        } else {
            settings.putList("discovery.seed_hosts", seed);
            // a node that is stopped and started again in tests should not be a cluster manager
            settings.putList("node.roles", List.of("data", "ingest"));
        }
        Environment env = InternalSettingsPreparer.prepareEnvironment(
            settings.build(), java.util.Map.of(), home.resolve("config"), () -> nodeName);
        Node node = new PluginNode(env, PLUGINS);
        node.start();
        nodes.set(i, node);
        TransportAddress transport = node.injector().getInstance(TransportService.class)
            .boundAddress().publishAddress();
        TransportAddress http = node.injector().getInstance(HttpServerTransport.class)
            .boundAddress().publishAddress();
        if (first) {
            seed = transport.getAddress() + ":" + transport.getPort();
        }
        urls.set(i, "http://" + http.getAddress() + ":" + http.getPort());
        System.out.println("started " + nodeName + " http " + urls.get(i) + " transport "
            + transport.getAddress() + ":" + transport.getPort());
    }

    /** Start one data node joining the cluster at `seedAddress`, write {"pid", "url"}, and run until killed. */
    private void joinAlone(String seedAddress, String nodeName) throws Exception {
        seed = seedAddress;
        nodes.add(null);
        urls.add(null);
        start(0, nodeName);
        Node node = nodes.get(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (IOException e) {
                System.err.println("closing " + nodeName + ": " + e);
            }
        }, "belreader-node-stop"));
        String json = "{\"pid\": " + ProcessHandle.current().pid() + ", \"url\": \"" + urls.get(0) + "\"}\n";
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("joined: " + json.trim());
        new CountDownLatch(1).await();
    }

    /** Start the throttled one-node cluster: one write thread, no write queue. */
    private void startThrottled() throws Exception {
        String nodeName = "throttled";
        Path home = dir.resolve(nodeName);
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
            .put("cluster.name", name + "-throttled")
            .put("node.name", nodeName)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", "0")
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true)
            .put("thread_pool.write.size", 1)
            .put("thread_pool.write.queue_size", 1)
            .build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(
            settings, java.util.Map.of(), home.resolve("config"), () -> nodeName);
        throttled = new PluginNode(env, PLUGINS);
        throttled.start();
        TransportAddress http = throttled.injector().getInstance(HttpServerTransport.class)
            .boundAddress().publishAddress();
        throttledUrl = "http://" + http.getAddress() + ":" + http.getPort();
        System.out.println("started the throttled cluster, http " + throttledUrl);
    }

    private void closeThrottled() {
        if (throttled == null) {
            return;
        }
        try {
            throttled.close();
            throttled.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("closing the throttled cluster: " + e);
        }
        throttled = null;
    }

    /** Close node i, if it runs, and wait until its data folder is free. */
    private void close(int i) {
        Node node = nodes.get(i);
        if (node == null) {
            return;
        }
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("closing node-" + i + ": " + e);
        }
        nodes.set(i, null);
        urls.set(i, null);
        System.out.println("stopped node-" + i);
    }

    /** Act on the control files, until the JVM stops. */
    private void watch() {
        Path control = dir.resolve("control");
        while (true) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(control)) {
                for (Path file : files) {
                    String command = file.getFileName().toString();
                    synchronized (this) {
                        if (command.startsWith("stop-node-")) {
                            close(Integer.parseInt(command.substring("stop-node-".length())));
                        } else if (command.startsWith("start-node-")) {
                            int i = Integer.parseInt(command.substring("start-node-".length()));
                            if (nodes.get(i) == null) {
                                start(i);
                            }
                        }
                        Files.deleteIfExists(file);
                        writeInfo();
                    }
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.err.println("control: " + e);
            }
        }
    }

    private void writeInfo() throws IOException {
        StringBuilder json = new StringBuilder("{\"pid\": ").append(ProcessHandle.current().pid())
            .append(", \"cluster\": \"").append(name).append("\", \"seed\": \"").append(seed).append("\", \"control\": \"")
            .append(dir.resolve("control").toAbsolutePath().toString().replace("\\", "\\\\")).append("\", \"urls\": [");
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            json.append(i == 0 ? "" : ", ").append(url == null ? "null" : '"' + url + '"');
        }
        json.append("]");
        if (throttledUrl != null) {
            json.append(", \"throttled\": \"").append(throttledUrl).append('"');
        }
        json.append("}\n");
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, json.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("cluster: " + json.toString().trim());
    }
}
