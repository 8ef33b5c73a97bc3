"""The trusted program that runs INSIDE the sandbox, next to the learner's code.

Run as ``__main__`` with argv ``FD CPU AS NPROC FSIZE NOFILE OUTPUT`` by the sandbox's
bootstrap, which receives this module compiled as FD's first frame. It applies the resource
limits to itself (so they hold for the learner's code and everything it starts), says
``{"ready": true}`` on the control socket FD, and waits (a sandbox may be prepared ahead of its
run) for two frames: the mode and the learner's source. The learner's stdin is fd 0. Then:

- ``run``: runs the source as ``__main__`` on the real stdin/stdout/stderr and exits with its status
  after describing on FD any uncaught exception (so a MemoryError can be told) and its peak memory.
- ``test``: answers requests from FD one at a time. A ``program`` request runs the whole source as
  ``__main__`` in a forked child with the given stdin and returns its stdout; ``call`` and ``expr``
  requests run against the learner's module (imported on the first such request) and return the
  normalised value or the exception raised. The harness sends program requests first, so they are
  forked before any learner code has run in this process.

Frames are a 4-byte big-endian length and a payload: the harness sends the source as UTF-8 and
requests as ``marshal`` data (that direction is trusted); this process answers with JSON text. The
harness trusts nothing it reads here: the learner's code shares this process and may forge any
frame, but expected values never enter the sandbox, so a forged answer can only be wrong.

Only the standard library, and nothing slow to import (no json, re, signal or contextlib):
start-up time is latency. Running code is this program's purpose, hence exec/eval below.
"""
# ruff: noqa: S102, S307, S302

import _signal  # the signal module imports enum, which costs milliseconds
import builtins
import marshal
import os
import resource
import sys

MAIN_FILE = "main.py"
MAX_VALUE_CHARS = 512 * 1024
MAX_MESSAGE_CHARS = 2000
FLOOD_FACTOR = 4

_ESCAPES = {code: f"\\u{code:04x}" for code in range(32)}
_ESCAPES[ord('"')] = '\\"'
_ESCAPES[ord("\\")] = "\\\\"


def _quote(text):
    """A JSON string literal; lone surrogates become \\u escapes when the frame is encoded."""
    return '"' + text.translate(_ESCAPES) + '"'


def _safe_text(convert, obj, limit):
    """``convert(obj)`` (str or repr) clipped to ``limit``, whatever the object does."""
    try:
        text = str(convert(obj))
    except BaseException as exc:
        text = f"<unprintable {type(exc).__name__}>"
    return text if len(text) <= limit else text[:limit] + "..."


class _TooLarge(Exception):
    pass


class _Encoder:
    """Normalise a value to JSON text: tuple -> list, set -> sorted list, keys -> strings,
    anything else -> {"$repr": repr(value)}."""

    def __init__(self, limit):
        self.parts = []
        self.size = 0
        self.limit = limit
        self.active = set()

    def emit(self, text):
        self.size += len(text)
        if self.size > self.limit:
            raise _TooLarge
        self.parts.append(text)

    def text_of(self, value):
        outer, self.parts = self.parts, []
        try:
            self.encode(value)
            return "".join(self.parts)
        finally:
            self.parts = outer

    def encode(self, value):
        if value is None or value is True or value is False:
            self.emit({None: "null", True: "true", False: "false"}[value])
        elif isinstance(value, int):
            self.emit(int.__repr__(value))
        elif isinstance(value, float):
            self.emit(_float_text(value))
        elif isinstance(value, str):
            self.emit(_quote(str.__str__(value)))
        elif isinstance(value, (list, tuple, set, frozenset, dict)):
            self.container(value)
        else:
            self.emit('{"$repr":' + _quote(_safe_text(repr, value, 1000)) + "}")

    def container(self, value):
        if id(value) in self.active:
            raise ValueError("circular reference")
        self.active.add(id(value))
        try:
            if isinstance(value, dict):
                self.emit("{")
                for index, (key, item) in enumerate(list(value.items())):
                    name = key if isinstance(key, str) else self.text_of(key)
                    self.emit(("," if index else "") + _quote(str.__str__(name)) + ":")
                    self.encode(item)
                self.emit("}")
                return
            items = list(value)
            if isinstance(value, (set, frozenset)):
                try:
                    items.sort()
                except Exception:
                    self.emit("[" + ",".join(sorted(map(self.text_of, items))) + "]")
                    return
            self.emit("[")
            for index, item in enumerate(items):
                if index:
                    self.emit(",")
                self.encode(item)
            self.emit("]")
        finally:
            self.active.discard(id(value))


def _float_text(value):
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _value_reply(value):
    try:
        return '"value":' + _Encoder(MAX_VALUE_CHARS).text_of(value)
    except _TooLarge:
        return '"bad_value":' + _quote(f"the value is larger than {MAX_VALUE_CHARS} characters")
    except BaseException:
        return '"value":{"$repr":' + _quote(_safe_text(repr, value, 1000)) + "}"


def _describe(exc):
    """JSON text naming an exception, its classes (builtin ones marked) and its message."""
    names = []
    builtin_names = []
    for cls in type(exc).__mro__:
        names.append(_quote(cls.__qualname__))
        if getattr(cls, "__module__", None) == "builtins":
            builtin_names.append(_quote(cls.__qualname__))
    message = _safe_text(str, exc, MAX_MESSAGE_CHARS)
    return (
        '{"type":' + names[0] + ',"names":[' + ",".join(names) + '],"builtins":['
        + ",".join(builtin_names) + '],"message":' + _quote(message) + "}"
    )  # fmt: skip


class _Channel:
    def __init__(self, fd):
        self.fd = fd

    def send(self, text):
        data = text.encode("utf-8", "backslashreplace")
        try:  # noqa: SIM105 - contextlib is slow to import
            _write_all(self.fd, len(data).to_bytes(4, "big") + data)
        except OSError:  # the learner's code closed it: the harness sees the silence
            pass

    def receive(self):
        header = self._read(4)
        return None if header is None else self._read(int.from_bytes(header, "big"))

    def _read(self, size):
        data = bytearray()
        while len(data) < size:
            chunk = os.read(self.fd, min(size - len(data), 1 << 20))
            if not chunk:
                return None
            data += chunk
        return bytes(data)


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _cpu_exhausted(signum, frame):
    """SIGXCPU would be ignored by this process as the sandbox's pid 1: die as it would."""
    os._exit(128 + signum)


def _apply_limits(cpu, address_space, processes, file_size, open_files):
    for kind, soft, hard in (
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_AS, address_space, address_space),
        (resource.RLIMIT_NPROC, processes, processes),
        (resource.RLIMIT_FSIZE, file_size, file_size),
        (resource.RLIMIT_NOFILE, open_files, open_files),
        (resource.RLIMIT_CORE, 0, 0),
    ):
        current = resource.getrlimit(kind)[1]
        if current != resource.RLIM_INFINITY:
            hard = min(hard, current)
        resource.setrlimit(kind, (min(soft, hard), hard))


def _print_traceback(exc, source):
    """Print the learner's traceback the way Python would, without this file's frames."""
    try:
        import linecache
        import traceback

        linecache.cache[MAIN_FILE] = (len(source), None, source.splitlines(True), MAIN_FILE)
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
            tb = tb.tb_next
        traceback.print_exception(type(exc), exc, tb)
        sys.stderr.flush()
    except BaseException:
        os.write(2, f"{type(exc).__name__}\n".encode())


def _exit_status(exc):
    """The process status Python gives for an uncaught SystemExit."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code & 0xFF
    print(_safe_text(str, exc.code, MAX_MESSAGE_CHARS), file=sys.stderr)
    return 1


def _fresh_module(name):
    module = type(sys)(name)
    module.__dict__.update(__builtins__=builtins, __file__=MAIN_FILE)
    sys.modules[name] = module
    return module.__dict__


def _run_as_main(source, report):
    """Run the source as ``__main__``; return the exit status Python would have."""
    namespace = _fresh_module("__main__")
    try:
        exec(compile(source, MAIN_FILE, "exec", dont_inherit=True), namespace)
    except SystemExit as exc:
        return _exit_status(exc)
    except BaseException as exc:
        try:
            report(exc)
        finally:
            _print_traceback(exc, source)
        return 1
    return 0


def _finish(status, graceful, channel=None):
    """Exit now; ``graceful`` first waits for threads and runs atexit like Python does. The
    peak memory of this process and the children it waited for goes to ``channel``."""
    if graceful:
        try:
            threading = sys.modules.get("threading")
            if threading is not None:
                threading._shutdown()
            import atexit

            atexit._run_exitfuncs()
        except BaseException as exc:
            print(_safe_text(str, exc, MAX_MESSAGE_CHARS), file=sys.stderr)
    _flush_stdio()
    if channel is not None:
        peak = max(
            resource.getrusage(who).ru_maxrss
            for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        )
        channel.send('{"memory_kb":' + str(peak) + "}")
    os._exit(status)


def _flush_stdio():
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 - contextlib is slow to import
            stream.flush()
        except BaseException:  # noqa: S110 - the learner may have closed or replaced it
            pass


def _run_program(source, stdin, max_output, control_fd):
    """A program case: the source as ``__main__`` in a forked child; stdout is captured."""
    stdin_fd = os.memfd_create("stdin")
    _write_all(stdin_fd, stdin.encode("utf-8", "replace"))
    os.lseek(stdin_fd, 0, 0)
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    _flush_stdio()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.setpgid(0, 0)
            _signal.signal(_signal.SIGXCPU, _signal.SIG_DFL)
            os.dup2(stdin_fd, 0)
            os.dup2(out_write, 1)
            for fd in (stdin_fd, out_read, out_write, err_read, control_fd):
                os.close(fd)
            status = _run_as_main(
                source, lambda exc: _write_all(err_write, _describe(exc).encode())
            )
        finally:
            _finish(status, graceful=True)
    for fd in (stdin_fd, out_write, err_write):
        os.close(fd)
    output, total = _collect(out_read, pid, max_output)
    _, wait_status = os.waitpid(pid, 0)
    _kill_group(pid)
    os.set_blocking(err_read, False)
    try:
        raised = os.read(err_read, 1 << 16)
    except BlockingIOError:
        raised = b""
    os.close(err_read)
    return (
        f'"exit_code":{os.waitstatus_to_exitcode(wait_status)},"stdout":'
        + _quote(output.decode("utf-8", "replace"))
        + f',"truncated":{"true" if total > max_output else "false"},"raised":'
        + _reencoded_exception(raised)
    )


def _reencoded_exception(data):
    """The child's description of its uncaught exception, decoded and encoded again: the child
    runs the learner's code, which may write anything to that pipe, so its bytes never go into
    a frame as they are. Whatever is not a description reads as none (null)."""
    if not data:
        return "null"
    import json  # only here: a program case that raised

    try:
        described = json.loads(data.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return "null"
    if not isinstance(described, dict):
        return "null"
    kept = {
        "type": described.get("type") if isinstance(described.get("type"), str) else "",
        "names": [name for name in _list(described.get("names")) if isinstance(name, str)],
        "builtins": [name for name in _list(described.get("builtins")) if isinstance(name, str)],
        "message": described.get("message") if isinstance(described.get("message"), str) else "",
    }
    try:
        return _Encoder(MAX_VALUE_CHARS).text_of(kept)
    except _TooLarge:
        return "null"


def _list(value):
    return value if isinstance(value, list) else []


def _collect(fd, pid, limit):
    """Read a child's stdout until EOF or its exit, keeping ``limit`` bytes; kill a flood."""
    import select

    pidfd = os.pidfd_open(pid)
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    poller.register(pidfd, select.POLLIN)
    os.set_blocking(fd, False)
    kept = bytearray()
    total = 0
    exited = eof = False
    while not (eof or exited):
        exited = any(ready == pidfd for ready, _ in poller.poll())
        while True:
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                break
            if not chunk:
                eof = True
                break
            total += len(chunk)
            kept += chunk[: max(0, limit - len(kept))]
            if total > FLOOD_FACTOR * limit:
                _kill_group(pid)
    os.close(fd)
    os.close(pidfd)
    return bytes(kept), total


def _kill_group(pgid):
    try:  # noqa: SIM105 - contextlib is slow to import
        os.killpg(pgid, _signal.SIGKILL)
    except OSError:
        pass


def _import_module(source):
    namespace = _fresh_module("solution")
    try:
        exec(compile(source, MAIN_FILE, "exec", dont_inherit=True), namespace)
    except BaseException as exc:
        _print_traceback(exc, source)
        return None, '"import_error":' + _describe(exc)
    return namespace, None


def _evaluate(namespace, request):
    try:
        if request["kind"] == "call":
            function = namespace.get(request["call"])
            if not callable(function):
                return '"missing":true'
            value = function(*request["args"], **request["kwargs"])
        else:
            scope = dict(namespace)
            if request["setup"]:
                exec(compile(request["setup"], "<setup>", "exec", dont_inherit=True), scope)
            value = eval(compile(request["expr"], "<expr>", "eval", dont_inherit=True), scope)
    except BaseException as exc:
        return '"raised":' + _describe(exc)
    return _value_reply(value)


def _serve_tests(channel, source, max_output):
    namespace = import_error = None
    while True:
        frame = channel.receive()
        if frame is None:
            return
        request = marshal.loads(frame)
        if request["kind"] == "program":
            body = _run_program(source, request["stdin"], max_output, channel.fd)
        else:
            if namespace is None and import_error is None:
                namespace, import_error = _import_module(source)
            body = import_error or _evaluate(namespace, request)
        _flush_stdio()
        channel.send('{"id":' + str(int(request["id"])) + "," + body + "}")


def main(argv):
    control_fd, cpu, address_space, processes, file_size, open_files, max_output = map(
        int, argv[1:8]
    )
    _apply_limits(cpu, address_space, processes, file_size, open_files)
    _signal.signal(_signal.SIGXCPU, _cpu_exhausted)
    os.set_inheritable(control_fd, False)
    channel = _Channel(control_fd)
    channel.send('{"ready":true}')
    mode, source = channel.receive(), channel.receive()
    if source is None:
        os._exit(2)
    mode = mode.decode()
    source = source.decode("utf-8", "surrogatepass")
    sys.dont_write_bytecode = True
    sys.argv = [MAIN_FILE]
    if mode == "run":
        report = lambda exc: channel.send('{"exception":' + _describe(exc) + "}")  # noqa: E731
        _finish(_run_as_main(source, report), graceful=True, channel=channel)
    _serve_tests(channel, source, max_output)
    _finish(0, graceful=False)


if __name__ == "__main__":
    main(sys.argv)
