package belreader.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;

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
 * Usage: java -jar belreader-cluster.jar --nodes 2 --dir WORKDIR --out cluster.json [--name NAME]
 */
public final class ClusterMain {

    /** A Node that loads the given plugin classes from the class path, as the distribution's modules would be. */
    static final class PluginNode extends Node {
        PluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    public static void main(String[] args) throws Exception {
        int nodes = 2;
        Path dir = null;
        Path out = null;
        String name = "belreader-test";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--name" -> name = args[++i];
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (dir == null || out == null || nodes < 1) {
            System.err.println("usage: --nodes N --dir WORKDIR --out cluster.json [--name NAME]");
            System.exit(2);
        }
        Files.createDirectories(dir);
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureWithoutConfig(Settings.EMPTY);

        List<Node> started = new ArrayList<>();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Node node : started) {
                try {
                    node.close();
                } catch (IOException | RuntimeException e) {
                    System.err.println("closing a node: " + e);
                }
            }
            stop.countDown();
        }, "belreader-cluster-stop"));

        String seed = null;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            String nodeName = "node-" + i;
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
            if (seed == null) {
                // the first node forms the cluster alone; the others join it through its transport address
                settings.putList("cluster.initial_cluster_manager_nodes", nodeName);
                settings.putList("discovery.seed_hosts", List.of());
            } else {
                settings.putList("discovery.seed_hosts", seed);
            }
            Environment env = InternalSettingsPreparer.prepareEnvironment(
                settings.build(), java.util.Map.of(), home.resolve("config"), () -> nodeName);
            Node node = new PluginNode(env, PLUGINS);
            node.start();
            started.add(node);
            TransportAddress transport = node.injector().getInstance(TransportService.class)
                .boundAddress().publishAddress();
            TransportAddress http = node.injector().getInstance(HttpServerTransport.class)
                .boundAddress().publishAddress();
            if (seed == null) {
                seed = transport.getAddress() + ":" + transport.getPort();
            }
            urls.add("http://" + http.getAddress() + ":" + http.getPort());
            System.out.println("started " + nodeName + " http " + urls.get(urls.size() - 1) + " transport "
                + transport.getAddress() + ":" + transport.getPort());
        }

        StringBuilder json = new StringBuilder("{\"pid\": ").append(ProcessHandle.current().pid())
            .append(", \"cluster\": \"").append(name).append("\", \"urls\": [");
        for (int i = 0; i < urls.size(); i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(urls.get(i)).append('"');
        }
        json.append("]}\n");
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, json.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("cluster ready: " + json.toString().trim());
        stop.await();
    }
}
