"""The syscall filter on learner code: a deny list compiled once per process to a BPF program,
which bwrap installs (``--seccomp FD``) just before it starts the runner.

Denied calls fail with EPERM, so ordinary Python keeps working where it probes for them. What is
denied reaches past the sandbox's namespaces or widens the kernel's attack surface: io_uring,
perf events, the kernel keyrings (shared by every process of a uid), BPF, userfaultfd, secret
memory, execution domains, mounts and namespaces, tracing and other processes' memory, kexec and
kernel modules, and socket families other than AF_UNIX, AF_INET and AF_INET6 (AF_VSOCK is not
covered by the network namespace). Calls of other architectures (i386, x32) kill the process.
"""

from __future__ import annotations

import errno
import functools
import os
import socket
import tempfile

from leettrack.executor.sandbox.limits import SandboxUnavailable

DENIED_SYSCALLS = (
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "perf_event_open",
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "userfaultfd",
    "memfd_secret",
    "personality",
    "mount",
    "umount2",
    "pivot_root",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsmount",
    "fsconfig",
    "fspick",
    "mount_setattr",
    "unshare",
    "setns",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "open_by_handle_at",
    "name_to_handle_at",
    "quotactl",
    "swapon",
    "swapoff",
    "reboot",
    "acct",
    "syslog",
    "lookup_dcookie",
)
ALLOWED_SOCKET_FAMILIES = (socket.AF_UNIX, socket.AF_INET, socket.AF_INET6)


@functools.cache
def filter_program() -> bytes:
    """The compiled filter (classic BPF, as the kernel loads it); SandboxUnavailable when
    libseccomp cannot be loaded."""
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError) as exc:  # OSError: libseccomp.so.2 is missing
        raise SandboxUnavailable(
            f"the syscall filter cannot be built ({exc}); install libseccomp2"
        ) from exc
    deny = seccomp.ERRNO(errno.EPERM)
    rules = seccomp.SyscallFilter(seccomp.ALLOW)
    for name in DENIED_SYSCALLS:
        try:
            rules.add_rule(deny, name)
        except (RuntimeError, ValueError, OSError):  # unknown to this kernel's headers
            continue
    # One comparison per rule (libseccomp ORs the rules of a syscall): every family below the
    # highest allowed one that is not allowed, and every family above it.
    top = max(ALLOWED_SOCKET_FAMILIES)
    for call in ("socket", "socketpair"):
        for family in range(top):
            if family not in ALLOWED_SOCKET_FAMILIES:
                rules.add_rule(deny, call, seccomp.Arg(0, seccomp.EQ, family))
        rules.add_rule(deny, call, seccomp.Arg(0, seccomp.GT, top))
    with tempfile.TemporaryFile() as compiled:
        rules.export_bpf(compiled)
        compiled.seek(0)
        return compiled.read()


def program_fd() -> int:
    """A fresh descriptor positioned at the start of the compiled filter, for one bwrap."""
    program = filter_program()
    fd = os.memfd_create("seccomp", os.MFD_CLOEXEC)
    try:
        view = memoryview(program)
        while view:
            view = view[os.write(fd, view) :]
        os.lseek(fd, 0, os.SEEK_SET)
    except BaseException:
        os.close(fd)
        raise
    return fd
