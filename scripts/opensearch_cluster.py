"""Start and stop a local OpenSearch cluster for belreader's tests (`start`, `stop`, `status`, `run -- CMD`).

The cluster is the Maven project under cluster/: OpenSearch 2.19 from Maven Central (server, the
netty4 transport and analysis-common), N nodes in one JVM on loopback, ports chosen free by the
operating system. Maven builds the launcher once (the jars are cached in ~/.m2 and cluster/target/lib);
`start` runs it in the background, waits until the cluster is green, and prints the first node's URL.
`run -- CMD` starts a cluster, runs CMD with BELREADER_TEST_OPENSEARCH (the tests' variable) and
BELREADER_OPENSEARCH_URL set to its URL, and stops the cluster whatever CMD's outcome (its exit
status is CMD's); with `--if-available` (before `run`) it runs CMD without a cluster when java or mvn is missing
(the OpenSearch tests then skip), saying so. `stop-node I` / `start-node I` stop and start one node
of a running cluster (a fault for tests: with one replica the other node's copies take over).
Beside it the JVM starts a throttled one-node cluster (one write thread, no write queue: real
429 rejections for the bulk retry test; `--no-throttled` leaves it out), named for the tests by
BELREADER_TEST_OPENSEARCH_THROTTLED.

Only the standard library: it runs before any virtual environment exists.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROJECT = REPO / "cluster"
JAR = PROJECT / "target" / "belreader-cluster.jar"
DEFAULT_STATE = PROJECT / "target" / "run"


def log(message: str) -> None:
    print(f"opensearch-cluster: {message}", file=sys.stderr, flush=True)


def java_command() -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise SystemExit("opensearch-cluster: no java on PATH (Java 17 is needed)")
    return found


def build(force: bool = False) -> Path:
    """Build the launcher jar unless it is newer than the pom and every Java source."""
    sources = [PROJECT / "pom.xml", *(PROJECT / "src").rglob("*.java")]
    if not force and JAR.exists() and (JAR.parent / "lib").is_dir():
        newest = max(path.stat().st_mtime for path in sources)
        if JAR.stat().st_mtime >= newest:
            return JAR
    mvn = shutil.which("mvn")
    if not mvn:
        raise SystemExit("opensearch-cluster: no mvn on PATH (Maven 3.8 is needed to build cluster/)")
    log("building the launcher with Maven (the first time resolves OpenSearch from Maven Central)")
    started = time.monotonic()
    subprocess.run([mvn, "-q", "-B", "-f", str(PROJECT / "pom.xml"), "package"], check=True)
    log(f"built in {time.monotonic() - started:.1f}s")
    return JAR


def read_info(state: Path) -> dict | None:
    try:
        return json.loads((state / "cluster.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def health(url: str, wait_for: str = "green", timeout: float = 30.0) -> dict:
    query = f"{url}/_cluster/health?wait_for_status={wait_for}&timeout={int(timeout)}s"
    with urllib.request.urlopen(query, timeout=timeout + 5) as response:
        return json.loads(response.read())


def start(args: argparse.Namespace) -> dict:
    state: Path = args.state
    info = read_info(state)
    if info and alive(int(info["pid"])):
        log(f"already running (pid {info['pid']}): {info['urls'][0]}")
        return info
    jar = build(force=args.rebuild)
    if state.exists():
        shutil.rmtree(state)
    state.mkdir(parents=True)
    command = [
        java_command(),
        f"-Xms{args.heap}",
        f"-Xmx{args.heap}",
        "-XX:+UseSerialGC",
        "-Dopensearch.set.netty.runtime.available.processors=false",
        "-jar",
        str(jar),
        "--nodes",
        str(args.nodes),
        "--dir",
        str(state / "work"),
        "--out",
        str(state / "cluster.json"),
        *([] if args.no_throttled else ["--throttled"]),
    ]
    started = time.monotonic()
    with open(state / "cluster.log", "wb") as output:
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    (state / "pid").write_text(str(process.pid), encoding="utf-8")
    deadline = started + args.timeout
    while (info := read_info(state)) is None:
        if process.poll() is not None:
            tail = (state / "cluster.log").read_text(encoding="utf-8", errors="replace")[-4000:]
            raise SystemExit(
                f"opensearch-cluster: the JVM exited ({process.returncode}) before the cluster formed:\n{tail}"
            )
        if time.monotonic() > deadline:
            stop_pid(process.pid)
            raise SystemExit(f"opensearch-cluster: no cluster after {args.timeout:.0f}s (see {state / 'cluster.log'})")
        time.sleep(0.25)
    status = health(info["urls"][0], "green", max(1.0, deadline - time.monotonic()))
    elapsed = time.monotonic() - started
    log(
        f"{status['number_of_nodes']} nodes, {status['status']}, in {elapsed:.1f}s (pid {process.pid}); "
        f"export BELREADER_OPENSEARCH_URL={info['urls'][0]}"
    )
    return info


def stop_pid(pid: int, timeout: float = 30.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while alive(pid) and time.monotonic() < deadline:
        try:  # reap it when it is our child (run), so it does not linger as a zombie
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.1)
    if alive(pid):
        log(f"pid {pid} did not stop in {timeout:.0f}s: killing it")
        os.kill(pid, signal.SIGKILL)


def stop(args: argparse.Namespace) -> None:
    state: Path = args.state
    pid_file = state / "pid"
    if not pid_file.exists():
        log("not running")
        return
    stop_pid(int(pid_file.read_text(encoding="utf-8")))
    if args.keep:
        pid_file.unlink()
    else:
        shutil.rmtree(state, ignore_errors=True)
    log("stopped")


def status(args: argparse.Namespace) -> int:
    info = read_info(args.state)
    if not info or not alive(int(info["pid"])):
        print("not running")
        return 1
    try:
        current = health(info["urls"][0], "yellow", 5)
    except (OSError, urllib.error.URLError) as error:
        print(f"pid {info['pid']} is alive but {info['urls'][0]} does not answer: {error}")
        return 1
    print(
        f"{current['status']}: {current['number_of_nodes']} nodes; {' '.join(u or '(stopped)' for u in info['urls'])}"
    )
    return 0


def node_control(state: Path, action: str, node: int, timeout: float = 60.0) -> dict:
    """Stop or start node `node` of the running cluster (through the JVM's control folder) and
    wait until it is done; the cluster's new info (its "urls" has null for a stopped node)."""
    info = read_info(state)
    if not info or not alive(int(info["pid"])):
        raise SystemExit("opensearch-cluster: not running")
    if not 0 < node < len(info["urls"]):
        raise SystemExit(f"opensearch-cluster: node {node} cannot be {action}ed (nodes 1..{len(info['urls']) - 1} can)")
    control = Path(info.get("control") or state / "work" / "control")
    request = control / f"{action}-node-{node}"
    request.write_text("", encoding="utf-8")
    deadline = time.monotonic() + timeout
    while request.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"opensearch-cluster: node {node} did not {action} in {timeout:.0f}s")
        time.sleep(0.1)
    return read_info(state) or info


def run(args: argparse.Namespace) -> int:
    command = list(args.command)
    if "--" in command:  # options go before `run`: after it, everything up to `--` is misplaced
        if command.index("--"):
            raise SystemExit(f"opensearch-cluster: put {' '.join(command[: command.index('--')])} before `run`")
        command = command[1:]
    if not command:
        raise SystemExit("opensearch-cluster: run needs a command after --")
    missing = [tool for tool in ("java", "mvn") if not shutil.which(tool)]
    if missing and args.if_available:
        log(f"no {' or '.join(missing)} on PATH: running without a cluster (the OpenSearch tests skip)")
        return subprocess.run(command).returncode
    info = start(args)
    try:
        url = info["urls"][0]
        env = dict(
            os.environ,
            BELREADER_TEST_OPENSEARCH=url,
            BELREADER_OPENSEARCH_URL=url,
            BELREADER_TEST_OPENSEARCH_STATE=str(args.state.resolve()),  # for the fault tests' stop-node
        )
        if info.get("throttled"):
            env["BELREADER_TEST_OPENSEARCH_THROTTLED"] = info["throttled"]
        return subprocess.run(command, env=env).returncode
    finally:
        stop(args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["start", "stop", "status", "build", "run", "stop-node", "start-node"])
    parser.add_argument(
        "command",
        nargs=argparse.REMAINDER,
        help="for run: -- CMD ARGS...; for stop-node/start-node: the node's number (1..)",
    )
    _options(parser)
    args = parser.parse_args(argv)
    if args.action != "run" and args.command:
        # The options may follow the action too (`start --heap 2g`): the remainder took them.
        later = argparse.ArgumentParser(prog=f"{parser.prog} {args.action}")
        _options(later)
        later.add_argument("command", nargs="*")
        args = later.parse_args(args.command, namespace=args)
    return _act(args)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nodes", type=int, default=2)
    parser.add_argument("--heap", default="1g", help="the JVM's heap, shared by every node (default 1g)")
    parser.add_argument("--state", type=Path, default=DEFAULT_STATE, help="pid, log, URLs and the nodes' data")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for a green cluster")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the launcher jar")
    parser.add_argument(
        "--no-throttled", action="store_true", help="start: without the throttled one-node cluster (real 429s)"
    )
    parser.add_argument("--keep", action="store_true", help="stop: keep the nodes' data and log")
    parser.add_argument("--if-available", action="store_true", help="run: without java or mvn, run with no cluster")


def _act(args: argparse.Namespace) -> int:
    if args.action == "build":
        build(force=args.rebuild)
        return 0
    if args.action == "start":
        info = start(args)
        print(info["urls"][0])
        return 0
    if args.action == "stop":
        stop(args)
        return 0
    if args.action == "status":
        return status(args)
    if args.action in ("stop-node", "start-node"):
        if len(args.command) != 1 or not args.command[0].isdigit():
            raise SystemExit(f"opensearch-cluster: {args.action} needs a node number (1..)")
        info = node_control(args.state, args.action.split("-")[0], int(args.command[0]))
        log(f"{args.action} {args.command[0]}: nodes {info['urls']}")
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
